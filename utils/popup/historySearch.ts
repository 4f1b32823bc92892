import type { HistoryEntry } from '../db/articles';
import { searchHistory } from '../db/queries/history';
import type { DatelineDB } from '../db/schema';
import { searchTokens, type SearchFilters, type WordSearch } from '../timeline/searchIndex';

/** One page of history results and how long the search itself took (ms; null when no text search ran). */
export interface HistoryResults {
  articles: HistoryEntry[];
  total: number;
  searchMs: number | null;
}

/**
 * The history the History tab shows: without a search, straight from the indexes, newest read first; with one, from
 * the stored search words (`searchHistory`): in the database until `index`, the same words in memory, is ready, so
 * nothing waits for it and the keystrokes after it are quicker still.
 */
export async function historyResults(
  db: DatelineDB,
  query: string,
  filters: SearchFilters,
  limit: number,
  index: WordSearch | null = null,
): Promise<HistoryResults> {
  const searching = searchTokens(query).length > 0;
  const begin = performance.now();
  const page = await searchHistory(db, query, filters, limit, 0, index);
  return { ...page, searchMs: searching ? performance.now() - begin : null };
}
