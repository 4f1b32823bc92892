import { isArticle } from '@/utils/extract/is-article';
import { createMessageListener } from '@/utils/messaging/listener';
import { NAVIGATION_MAX_WAIT_MS, NAVIGATION_SETTLE_MS, settled } from '@/utils/page/settled';
import { pageStageEnv, type ExtensionApi, type StageEnv } from './extension-api';
import { marksStageLoaded, setReaderCheckStageLoaded } from './stages';
import { watchNavigation } from './watch-navigation';

/** What the reader-check stage works on; tests pass their own. */
export type ReaderCheckEnv = StageEnv;

/**
 * The reader-check stage, loaded by the background into pages the first stage could not rule out: Readability's
 * reader check. On a page that looks like an article it asks the background to load the marks stage (which extracts,
 * stores and marks); it checks again after a single-page-app navigation or a change of the pause / site settings,
 * until the marks stage has taken over. Stops quietly once the extension is gone.
 */
export function runReaderCheckStage(env: ReaderCheckEnv = pageStageEnv()): () => void {
  setReaderCheckStageLoaded();
  const win = env.doc.defaultView!;
  let asking = false;
  let listening: { api: ExtensionApi; listener: ReturnType<typeof createMessageListener> } | null = null;
  // Made when the page is first found to be an article: a page that is not one never pays for it.
  const listen = (api: ExtensionApi) => {
    const listener = createMessageListener(
      ['backgroundToContent.pageStatusChanged'],
      {
        'backgroundToContent.pageStatusChanged': async () => {
          void check();
          return null;
        },
      },
      () => ({ id: api.runtime.id, origin: api.runtime.getURL('/') }),
    );
    api.runtime.onMessage.addListener(listener);
    listening = { api, listener };
  };
  const stop = () => {
    stopWatching();
    listening?.api.runtime.onMessage.removeListener(listening.listener);
    listening = null;
  };

  async function check(): Promise<void> {
    if (asking || marksStageLoaded()) return;
    const begin = performance.now();
    const article = isArticle(env.doc);
    const api = article ? env.api() : undefined;
    if (article && api === undefined) return stop();
    if (!article || api?.extension?.inIncognitoContext === true) {
      // What a page that is not an article pays for Dateline (read by the bench and the e2e tests).
      performance.measure('dateline:check', { start: begin, end: performance.now() });
      return;
    }
    if (listening === null) listen(api!);
    asking = true;
    const reply = await env.send(api!, 'contentToBackground.articlePageFound', { url: env.doc.location.href });
    asking = false;
    if (reply.ok && reply.value.loaded) stop();
  }

  const stopWatching = watchNavigation(win, () => {
    if (marksStageLoaded()) return stop();
    void settled(env.doc, NAVIGATION_SETTLE_MS, NAVIGATION_MAX_WAIT_MS).then(check);
  });
  void check();
  return stop;
}
