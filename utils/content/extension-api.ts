import type { BackgroundMessageType, RequestOf, ResponseOf } from '@/utils/messaging/protocol';
import type { Result } from '@/utils/messaging/result';
import { sendWith } from '@/utils/messaging/send-with';

/** The extension API object (what `wxt/browser` exports). */
export type ExtensionApi = typeof import('wxt/browser').browser;

/**
 * `wxt/browser`'s choice (`browser` where it has a runtime, else `chrome`), made only when needed: reading the
 * extension API instantiates the browser's bindings for the page, which costs more than a page that is not an
 * article should pay. Undefined once the extension is gone (updated or removed under the page).
 */
export function liveExtensionApi(): ExtensionApi | undefined {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  return api?.runtime?.id ? api : undefined;
}

/** What the early content-script stages work on (the page, the extension API when needed, sending); tests pass their own. */
export interface StageEnv {
  doc: Document;
  api: () => ExtensionApi | undefined;
  send: <T extends BackgroundMessageType>(
    api: ExtensionApi,
    type: T,
    payload: RequestOf<T>,
  ) => Promise<Result<ResponseOf<T>>>;
}

/** The real page, the extension API looked up when first needed, messages through its runtime. */
export function pageStageEnv(): StageEnv {
  return { doc: document, api: liveExtensionApi, send: (api, type, payload) => sendWith(api.runtime, type, payload) };
}
