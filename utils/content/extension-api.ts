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
