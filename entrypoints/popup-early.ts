import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEarlyHistory } from '@/utils/popup/earlyHistory';
import { publishEarlyReads, type EarlyReads } from '@/utils/popup/earlyReads';
import { drawFirstScreen } from '@/utils/popup/firstScreen';
import { resolvePageContext } from '@/utils/popup/pageContext';
import { namedView } from '@/utils/popup/views';
import { afterElementPainted, afterFirstPaint, afterNextFrame } from '@/utils/ui/afterFirstPaint';
import { FIRST_FRAME_ROWS, FIRST_ROW_TIMING } from '@/utils/ui/firstFrame';

/**
 * The popup's first script (a deferred classic script: entrypoints/popup/index.html). A toolbar popup is shown only
 * once its page has loaded, so everything the page loads before then delays it: this script is small, and the
 * popup's own code (popup-app.js: Preact views, Dexie, 170 kB) is loaded only once the first frame is on screen.
 * Meanwhile this script reads the newest articles from IndexedDB and looks up the tab, and draws the first screen
 * (the view and its rows) over the frame prerendered into the page; the popup's code takes both over.
 */
export default defineUnlistedScript(() => {
  performance.mark('dateline:early-script');
  const params = new URLSearchParams(location.search);
  const reads: EarlyReads = {
    history: readEarlyHistory(indexedDB, FIRST_FRAME_ROWS),
    page: resolvePageContext(params, browser.tabs),
  };
  publishEarlyReads(window, reads);
  const early = document.getElementById('early');
  const drawn = early
    ? drawFirstScreen(early, reads, namedView(params.get('view'))).catch(() => 0)
    : Promise.resolve(0);
  // The popup's code comes once the frame and the first screen are on screen: run before, its 20 ms of evaluation
  // would hold up the frame that shows the rows. Where rows were drawn, it waits for the browser's report that the
  // first one is on screen: that report waits for a free main thread, and the popup's code replaces the row first.
  const loadApp = () => {
    const app = document.createElement('script');
    app.src = '/popup-app.js';
    document.head.append(app);
  };
  afterFirstPaint(
    () =>
      void drawn.then((rows) => (rows > 0 ? afterElementPainted(FIRST_ROW_TIMING, loadApp) : afterNextFrame(loadApp))),
  );
});
