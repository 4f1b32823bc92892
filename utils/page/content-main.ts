import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onBackgroundMessages } from '@/utils/content/annotationsReady';
import { run } from '@/utils/content/run';
import { sendToBackground } from '@/utils/messaging';
import { startSession, type InPageSession } from './session';

/** Quiet period after a single-page-app navigation before the new page is read. */
const NAVIGATION_SETTLE_MS = 600;
/** Longest wait for a navigating page to settle. */
const NAVIGATION_MAX_WAIT_MS = 2500;

/** Resolves once `doc` has not changed for `quietMs` (or after `maxMs`), so a new SPA view is read when rendered. */
function settled(doc: Document, quietMs: number, maxMs: number): Promise<void> {
  const win = doc.defaultView!;
  return new Promise((resolve) => {
    let timer = win.setTimeout(done, quietMs);
    const deadline = win.setTimeout(done, maxMs);
    const observer = new win.MutationObserver(() => {
      win.clearTimeout(timer);
      timer = win.setTimeout(done, quietMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    function done() {
      observer.disconnect();
      win.clearTimeout(timer);
      win.clearTimeout(deadline);
      resolve();
    }
  });
}

/**
 * The content script's whole life on a tab: read the page (utils/content/run), then marks and cards for a stored
 * article; again after each single-page-app navigation (WXT's `wxt:locationchange`: the Navigation API where there is
 * one, else polling of location.href); background messages (analysis ready, toggle shortcut, settings changed).
 * Everything stops quietly when the extension context is invalidated (update or reload).
 */
export function runInPage(ctx: ContentScriptContext): void {
  let session: InPageSession | null = null;
  let generation = 0;
  const env = { doc: document, send: sendToBackground, isValid: () => !ctx.isInvalid };

  const stop = () => {
    generation += 1;
    session?.destroy();
    session = null;
  };

  const start = async () => {
    stop();
    const mine = generation;
    const begin = performance.now();
    const outcome = await run(ctx);
    if (outcome.status === 'skipped' && outcome.reason === 'not-article') {
      // What a page that is not an article pays for Dateline (read by the bench and the e2e tests).
      performance.measure('dateline:check', { start: begin, end: performance.now() });
    }
    if (mine !== generation || ctx.isInvalid || outcome.status !== 'stored') return;
    session = startSession(env, outcome.articleId, outcome.article);
  };

  onBackgroundMessages(ctx, {
    annotationsReady: ({ articleId }) => session?.annotationsReady(articleId),
    toggleMarks: () => session?.toggle() ?? { visible: false },
    pageStatusChanged: () => void start(),
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    stop();
    const mine = generation;
    void settled(document, NAVIGATION_SETTLE_MS, NAVIGATION_MAX_WAIT_MS).then(() => {
      if (mine === generation && !ctx.isInvalid) void start();
    });
  });
  ctx.onInvalidated(stop);
  void start();
}
