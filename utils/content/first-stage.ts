import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isArticle } from '@/utils/extract/is-article';
import { createMessageListener, sendToBackground } from '@/utils/messaging';
import { NAVIGATION_MAX_WAIT_MS, NAVIGATION_SETTLE_MS, settled } from '@/utils/page/settled';
import { marksStageLoaded } from './stages';

/** What the first stage works on; tests pass their own. */
export interface FirstStageEnv {
  doc: Document;
  send: typeof sendToBackground;
  /** True in a private window, where Dateline does nothing at all. */
  incognito: boolean;
}

/**
 * The first stage of the content script, on every web page: Readability's cheap reader check and nothing else, so a
 * page that is not an article pays for a few kilobytes of script and one DOM query. On a page that looks like an
 * article it asks the background to load the marks stage (which extracts, stores and marks); it asks again after a
 * single-page-app navigation or a change of the pause / site settings, until the marks stage has taken over.
 */
export function runFirstStage(
  ctx: ContentScriptContext,
  env: FirstStageEnv = {
    doc: document,
    send: sendToBackground,
    incognito: browser.extension?.inIncognitoContext === true,
  },
): void {
  let asking = false;
  const listener = createMessageListener(['backgroundToContent.pageStatusChanged'], {
    'backgroundToContent.pageStatusChanged': async () => {
      void check();
      return null;
    },
  });
  const handOff = () => browser.runtime.onMessage.removeListener(listener);

  async function check(): Promise<void> {
    if (asking || ctx.isInvalid || marksStageLoaded()) return;
    const begin = performance.now();
    if (env.incognito || !isArticle(env.doc)) {
      // What a page that is not an article pays for Dateline (read by the bench and the e2e tests).
      performance.measure('dateline:check', { start: begin, end: performance.now() });
      return;
    }
    asking = true;
    const reply = await env.send('contentToBackground.articlePageFound', { url: env.doc.location.href });
    asking = false;
    if (reply.ok && reply.value.loaded) handOff();
  }

  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(handOff);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (marksStageLoaded()) return;
    void settled(env.doc, NAVIGATION_SETTLE_MS, NAVIGATION_MAX_WAIT_MS).then(check);
  });
  void check();
}
