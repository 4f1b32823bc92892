/** The page the popup is about: the tab the user was on when they opened it. */
export interface PageContext {
  tabId: number | null;
  /** The tab's address, or null when the browser does not tell (or it is not a web page). */
  url: string | null;
  /** The stored article's id, when the caller knows it (`popup.html?article=12`). */
  articleId: number | null;
}

/** The part of `browser.tabs` the popup uses. */
export interface TabsApi {
  query(q: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]>;
  get(tabId: number): Promise<{ id?: number; url?: string }>;
}

function webUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function positiveInt(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * Which page the popup describes. In the toolbar it is the active tab (`activeTab` grants its address when the popup
 * opens). The popup's address may name it instead — `?tab=<id>`, `?url=<address>` or `?article=<id>` — which is how
 * the popup opened in a tab of its own (tests, screenshots, keyboard users) is pointed at a page.
 */
export async function resolvePageContext(params: URLSearchParams, tabs: TabsApi): Promise<PageContext> {
  const articleId = positiveInt(params.get('article'));
  const url = webUrl(params.get('url'));
  if (url || articleId) return { tabId: null, url, articleId };
  const tabId = positiveInt(params.get('tab'));
  try {
    if (tabId !== null) {
      const tab = await tabs.get(tabId);
      return { tabId, url: webUrl(tab.url), articleId: null };
    }
    const [active] = await tabs.query({ active: true, currentWindow: true });
    return { tabId: active?.id ?? null, url: webUrl(active?.url), articleId: null };
  } catch {
    return { tabId, url: null, articleId: null };
  }
}
