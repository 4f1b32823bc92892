import { useEffect, useState } from 'preact/hooks';
import type { DatelineDB } from '../db/schema';
import type { WordSearch } from '../timeline/searchIndex';
import { watchSearchIndex, type LiveSearchIndexOptions } from './liveSearchIndex';

/** The search words in memory, and how many times they were dropped (after writes: memory is stale until renewed). */
export interface SearchMemory {
  search: WordSearch | null;
  dropped: number;
}

/**
 * The History tab's search words in memory (utils/popup/liveSearchIndex.ts), or null while none are current (searches
 * read the database meanwhile). They are read once `shown` (the first page is on screen: never in the way of first
 * content), in one request, so that a keystroke typed at once finds them; the index built from them follows in slices;
 * both are renewed after every write.
 */
export function useSearchIndex(db: DatelineDB, shown: boolean, options?: LiveSearchIndexOptions): SearchMemory {
  const [memory, setMemory] = useState<SearchMemory>({ search: null, dropped: 0 });
  useEffect(() => {
    if (!shown) return;
    const stop = watchSearchIndex(
      db,
      (search) => setMemory((m) => ({ search, dropped: m.dropped + (search === null ? 1 : 0) })),
      options,
    );
    return () => {
      stop();
      setMemory((m) => ({ search: null, dropped: m.dropped + 1 }));
    };
    // The options are read once per database, like the watch itself.
  }, [db, shown]);
  return memory;
}
