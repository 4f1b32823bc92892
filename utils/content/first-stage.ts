import { isArticle } from '@/utils/extract/is-article';
import { createMessageListener } from '@/utils/messaging/listener';
import type { BackgroundMessageType, RequestOf, ResponseOf } from '@/utils/messaging/protocol';
import type { Result } from '@/utils/messaging/result';
import { sendWith } from '@/utils/messaging/send-with';
import { NAVIGATION_MAX_WAIT_MS, NAVIGATION_SETTLE_MS, settled } from '@/utils/page/settled';
import { marksStageLoaded } from './stages';

/** The extension API object (what `wxt/browser` exports). */
export type ExtensionApi = typeof import('wxt/browser').browser;

/** How often a page without the Navigation API is checked for a single-page-app navigation. */
const POLL_MS = 1000;

/**
 * `wxt/browser`'s choice (`browser` where it has a runtime, else `chrome`), made only when needed: reading the
 * extension API instantiates the browser's bindings for the page, which costs more than the whole reader check.
 * Undefined once the extension is gone (updated or removed under the page).
 */
export function liveExtensionApi(): ExtensionApi | undefined {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  return api?.runtime?.id ? api : undefined;
}

/** What the first stage works on; tests pass their own. */
export interface FirstStageEnv {
  doc: Document;
  api: () => ExtensionApi | undefined;
  send: <T extends BackgroundMessageType>(
    api: ExtensionApi,
    type: T,
    payload: RequestOf<T>,
  ) => Promise<Result<ResponseOf<T>>>;
}

/** Calls `onChange` after each single-page-app navigation (Navigation API, else polling); returns a stop function. */
function watchNavigation(win: Window, onChange: () => void): () => void {
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    const listener = (event: Event) => {
      const destination = (event as Event & { destination?: { url?: string } }).destination?.url;
      if (destination !== undefined && destination !== win.location.href) onChange();
    };
    navigation.addEventListener('navigate', listener);
    return () => navigation.removeEventListener('navigate', listener);
  }
  let last = win.location.href;
  const timer = win.setInterval(() => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  }, POLL_MS);
  return () => win.clearInterval(timer);
}

/**
 * The first stage of the content script, on every web page: Readability's cheap reader check and nothing else, so a
 * page that is not an article pays for a few kilobytes of script and one DOM query, and never even touches the
 * extension API. On a page that looks like an article it asks the background to load the marks stage (which
 * extracts, stores and marks); it asks again after a single-page-app navigation or a change of the pause / site
 * settings, until the marks stage has taken over. Stops quietly once the extension is gone.
 */
export function runFirstStage(
  env: FirstStageEnv = {
    doc: document,
    api: liveExtensionApi,
    send: (api, type, payload) => sendWith(api.runtime, type, payload),
  },
): () => void {
  const win = env.doc.defaultView!;
  let asking = false;
  let listening: ExtensionApi | null = null;
  const listener = createMessageListener(
    ['backgroundToContent.pageStatusChanged'],
    {
      'backgroundToContent.pageStatusChanged': async () => {
        void check();
        return null;
      },
    },
    () => ({ id: listening?.runtime.id ?? '', origin: listening?.runtime.getURL('/') ?? '' }),
  );
  const stop = () => {
    stopWatching();
    listening?.runtime.onMessage.removeListener(listener);
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
    if (listening === null) {
      listening = api!;
      listening.runtime.onMessage.addListener(listener);
    }
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
