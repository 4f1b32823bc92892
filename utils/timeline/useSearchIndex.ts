import { useMemo } from 'preact/hooks';
import { loadSearchDocs } from '../db/queries/history';
import type { DatelineDB } from '../db/schema';
import { useLiveQuery } from '../ui/useLiveQuery';
import { SearchIndex } from './searchIndex';

/**
 * The history's search index for a page (the popup's History tab): read once from the database, rebuilt when the
 * history changes, queried on every keystroke with `index.search(query, filters)`. Null until it is ready.
 */
export function useSearchIndex(db: DatelineDB): SearchIndex | null {
  const docs = useLiveQuery(() => loadSearchDocs(db), [db]);
  return useMemo(() => (docs.status === 'ready' ? new SearchIndex(docs.value) : null), [docs]);
}
