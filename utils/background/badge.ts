import { browser } from 'wxt/browser';

/** The text the toolbar badge shows for a mention count: nothing for none, "999+" beyond three digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/**
 * Shows `count` on the toolbar button for tab `tabId` only. Best-effort: the tab may be gone. The browser clears a
 * tab's badge when the tab navigates, so a new page never shows the previous article's count for long.
 */
export async function setTabBadge(tabId: number, count: number): Promise<void> {
  // MV3 (Chrome) has `action`; the Firefox MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: badgeText(count) });
  } catch {
    // The tab closed or navigated before the analysis finished: nothing to show it on.
  }
}

/**
 * Marks tab `tabId`'s toolbar button when storage is full ("!" and a title saying so), since a page has no other
 * place to tell the user why Dateline stopped saving. Best-effort like setTabBadge.
 */
export async function showStorageFull(tabId: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: '!' });
    await action.setTitle({ tabId, title: 'Dateline: storage is full, new articles are not saved' });
  } catch {
    // The tab is gone.
  }
}
