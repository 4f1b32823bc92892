import type { HistoryEntry } from '../db/articles';
import { queryHistory, loadSearchDocs } from '../db/queries/history';
import type { ArticleRecord, DatelineDB } from '../db/schema';
import { SearchIndex, searchTokens, type SearchFilters } from '../timeline/searchIndex';

/** One page of history results and how long the search itself took (ms; null when no text search ran). */
export interface HistoryResults {
  articles: HistoryEntry[];
  total: number;
  searchMs: number | null;
}

/**
 * Builds the search index from the stored history: every article record (metadata only; texts are stored apart) with
 * its people and countries. The popup builds it once the reader starts typing.
 */
export async function buildSearchIndex(db: DatelineDB): Promise<SearchIndex> {
  return new SearchIndex(await loadSearchDocs(db));
}

/**
 * The history the History tab shows: without a search, straight from the indexes (`queryHistory`, newest read
 * first); with one, from the in-memory index, then the first `limit` matches' records.
 */
export async function historyResults(
  db: DatelineDB,
  index: SearchIndex | null,
  query: string,
  filters: SearchFilters,
  limit: number,
): Promise<HistoryResults> {
  if (searchTokens(query).length === 0 || index === null) {
    const page = await queryHistory(db, filters, limit, 0);
    return { ...page, searchMs: null };
  }
  const begin = performance.now();
  const { ids, total } = index.search(query, filters, limit);
  const searchMs = performance.now() - begin;
  const rows = await db.articles.bulkGet(ids);
  const articles = rows.filter((a): a is ArticleRecord => a !== undefined);
  return { articles, total, searchMs };
}
