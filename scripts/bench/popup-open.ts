/**
 * The popup's time to first content, read from the browser's own paint records: its first contentful paint and the
 * paint of the first history row's title (Element Timing: components/HistoryList.tsx names it FIRST_ROW_TIMING). Nothing is injected
 * into the popup and nothing is asked of it until it has settled, so the measurement never competes with the start it
 * measures (Playwright's waitForFunction compiled ~18 ms of its own script in the middle of it).
 */
import type { Page } from 'playwright-core';
import { FIRST_ROW_TIMING } from '../../utils/ui/firstFrame';
import { attachTo, connectCdp } from './cdp';
import type { BenchBrowser } from './chromium';
import { median } from './stats';

/** Paint times of one opening, ms from the popup's navigation start. */
export interface PopupPaints {
  /** First contentful paint: the header and tabs. */
  firstPaint: number;
  /** The first history row painted. */
  firstRow: number;
  /**
   * How many openings had their first row painted by the first screen (the early script) rather than by the views
   * that replace it: the first screen's is the one that counts, and the browser drops its report when it is late.
   */
  fromFirstScreen: number;
}

/** Reads the paint records of the document it runs in (a string: it runs in the popup, not here). */
const READ_PAINTS = `(async () => {
  const entries = (type) => new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => resolve(list.getEntries()));
    observer.observe({ type, buffered: true });
    setTimeout(() => resolve([]), 2000);
  });
  const rows = (await entries('element')).filter((e) => e.identifier === '${FIRST_ROW_TIMING}');
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  // The views render into #app; the first screen's element has been removed since (element is then null).
  const fromFirstScreen = rows.length && !rows[0].element?.closest('#app') ? 1 : 0;
  return { firstPaint: paint ? paint.startTime : NaN, firstRow: rows.length ? rows[0].renderTime || rows[0].startTime : NaN, fromFirstScreen };
})()`;

/** Time for the popup to settle before its records are read, and between openings. */
const SETTLE_MS = 800;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Medians of `runs` openings (and how many of them painted the first row from the first screen). */
function medians(paints: PopupPaints[]): PopupPaints {
  return {
    firstPaint: median(paints.map((p) => p.firstPaint)),
    firstRow: median(paints.map((p) => p.firstRow)),
    fromFirstScreen: paints.reduce((sum, p) => sum + p.fromFirstScreen, 0),
  };
}

/**
 * Opens the popup as the reader does — the toolbar popup, through `chrome.action.openPopup()` — over `tab` (a page that
 * is not an article, so the popup shows the History after its tab lookup), `runs` times, and returns the medians.
 * `popupPage` names the extension's popup (the baseline extension's differs).
 */
export async function openRealPopup(
  browser: BenchBrowser,
  tab: Page,
  runs: number,
  popupPage = 'popup.html',
): Promise<PopupPaints> {
  if (!browser.worker || !browser.extensionBaseUrl) throw new Error('the real popup needs an extension');
  const cdp = await connectCdp(browser.wsEndpoint);
  const popupUrl = `${browser.extensionBaseUrl}${popupPage}`;
  const isPopup = (t: { type: string; url: string }) => t.type === 'page' && t.url === popupUrl;
  try {
    const paints: PopupPaints[] = [];
    for (let i = 0; i <= runs; i++) {
      await tab.bringToFront();
      await wait(SETTLE_MS);
      await browser.worker.evaluate('chrome.action.openPopup()');
      const sessionId = await attachTo(cdp, isPopup);
      await wait(SETTLE_MS);
      const { result } = await cdp.send<{ result: { value: PopupPaints } }>(
        'Runtime.evaluate',
        { expression: READ_PAINTS, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      // The first opening warms the disk cache and the worker, as the reader's earlier use of the browser has.
      if (i > 0) paints.push(result.value);
      await cdp.send('Runtime.evaluate', { expression: 'window.close()' }, sessionId);
      await waitUntilGone(cdp, isPopup);
    }
    return medians(paints);
  } finally {
    cdp.close();
  }
}

/** Opens `url` in `page` (a tab) `runs` times after a warm-up, and returns the medians of its paints. */
export async function openPopupInTab(page: Page, url: string, runs: number): Promise<PopupPaints> {
  const paints: PopupPaints[] = [];
  for (let i = 0; i <= runs; i++) {
    // The previous opening's later work (the rest of the rows, the search index) is over before the next starts.
    await wait(SETTLE_MS);
    await page.goto(url, { waitUntil: 'commit' });
    await wait(SETTLE_MS);
    const value = (await page.evaluate(READ_PAINTS)) as PopupPaints;
    if (i > 0) paints.push(value);
  }
  return medians(paints);
}

async function waitUntilGone(
  cdp: Awaited<ReturnType<typeof connectCdp>>,
  match: (t: { type: string; url: string }) => boolean,
): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const { targetInfos } = await cdp.send<{ targetInfos: { type: string; url: string }[] }>('Target.getTargets');
    if (!targetInfos.some(match)) return;
    await wait(50);
  }
  throw new Error('the popup did not close');
}
