import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishEarlyHistory, readEarlyHistory } from '@/utils/popup/earlyHistory';
import { FIRST_FRAME_ROWS } from '@/utils/ui/firstFrame';

/**
 * The popup's early script, a classic script in its head (entrypoints/popup/index.html): reads the newest articles
 * from IndexedDB while the popup's modules are still loading, so that its first frame holds the history. Kept apart
 * from the popup's bundle because that bundle (Preact, Dexie, every view) takes several times longer to arrive.
 */
export default defineUnlistedScript(() => {
  publishEarlyHistory(window, readEarlyHistory(indexedDB, FIRST_FRAME_ROWS));
});
