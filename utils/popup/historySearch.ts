import type { HistoryEntry } from '../db/articles';
import { searchHistory } from '../db/queries/history';
import type { DatelineDB } from '../db/schema';
import { searchTokens, type SearchFilters, type WordSearch } from '../timeline/searchIndex';
import type { LiveQueryState } from '../ui/useLiveQuery';
import type { EarlyHistory } from './earlyHistory';

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

/** Results as the History view shows them: `early` while they are the early read, which has no count yet. */
export type ShownHistory = HistoryResults & { asked: string; early?: true };

/**
 * The live results, or until their first answer the early read of the newest articles (utils/popup/earlyHistory.ts)
 * when the history is asked for unsearched and unfiltered: the same rows, a few tens of milliseconds sooner.
 */
export function withEarlyHistory<T extends HistoryResults & { asked: string }>(
  live: LiveQueryState<T>,
  early: EarlyHistory | null,
  asked: string,
  unfiltered: boolean,
): LiveQueryState<ShownHistory> {
  if (live.status !== 'loading' || early === null || !unfiltered) return live;
  const articles = early.articles;
  return { status: 'ready', value: { articles, total: articles.length, searchMs: null, asked, early: true } };
}
