import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onBackgroundMessages } from '@/utils/content/annotationsReady';
import { run } from '@/utils/content/run';
import { sendToBackground } from '@/utils/messaging';
import { startSession, type InPageSession } from './session';
import { NAVIGATION_MAX_WAIT_MS, NAVIGATION_SETTLE_MS, settled } from './settled';

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
