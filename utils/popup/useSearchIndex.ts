import { useEffect, useState } from 'preact/hooks';
import type { DatelineDB } from '../db/schema';
import type { SearchIndex } from '../timeline/searchIndex';
import { watchSearchIndex, type LiveSearchIndexOptions } from './liveSearchIndex';

/** How long after the first page is shown the index build may start, ms. */
const START_DELAY_MS = 300;

/**
 * The History tab's in-memory search index, or null while it is not ready (searches read the database meanwhile).
 * Its build starts a moment after `shown` (the first page is on screen), once the popup is idle, so it is never in the
 * way of first content or of a keystroke typed at once, and runs in slices so typing stays quick while it builds; it
 * is rebuilt after every write.
 */
export function useSearchIndex(db: DatelineDB, shown: boolean, options?: LiveSearchIndexOptions): SearchIndex | null {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [warm, setWarm] = useState(false);
  useEffect(() => {
    if (!shown || warm) return;
    const start = () => setWarm(true);
    // A keystroke right after the first page is answered from the database; starting the build a moment later keeps
    // it out of that answer's way (both read the stored words), and it is still ready long before most searches.
    let idle: number | undefined;
    const delay = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: 500 });
      else start();
    }, START_DELAY_MS);
    return () => {
      clearTimeout(delay);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [shown, warm]);
  useEffect(() => {
    if (!warm) return;
    const stop = watchSearchIndex(db, setIndex, options);
    return () => {
      stop();
      setIndex(null);
    };
    // The options are read once per database, like the watch itself.
  }, [db, warm]);
  return index;
}
