import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEarlyHistory } from '@/utils/popup/earlyHistory';
import { publishEarlyReads } from '@/utils/popup/earlyReads';
import { resolvePageContext } from '@/utils/popup/pageContext';
import { FIRST_FRAME_ROWS } from '@/utils/ui/firstFrame';

/**
 * The popup's early script, a classic script in its head (entrypoints/popup/index.html): reads the newest articles
 * from IndexedDB and looks up the tab the popup is about while the popup's modules are still loading, so that its
 * first frames hold the history. Kept apart from the popup's bundle because that bundle (Preact, Dexie, every view)
 * takes several times longer to arrive and run.
 */
export default defineUnlistedScript(() => {
  publishEarlyReads(window, {
    history: readEarlyHistory(indexedDB, FIRST_FRAME_ROWS),
    page: resolvePageContext(new URLSearchParams(location.search), browser.tabs),
  });
});
