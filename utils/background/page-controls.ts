import { browser, type Browser } from 'wxt/browser';
import { getSettings, setSetting, siteOf } from '@/utils/db/settings';
import type { DatelineDB } from '@/utils/db/schema';
import { sendToTab } from '@/utils/messaging';

/** Tells every open tab to ask again whether Dateline is on for it (best-effort, tabs without us ignore it). */
export async function broadcastPageStatus(): Promise<void> {
  let tabs: Browser.tabs.Tab[];
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return;
  }
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id === undefined ? [] : [sendToTab(tab.id, 'backgroundToContent.pageStatusChanged', {})],
    ),
  );
}

/** Pauses or resumes Dateline everywhere, then tells the tabs. */
export async function setPaused(db: DatelineDB, paused: boolean): Promise<null> {
  await setSetting(db, 'paused', paused);
  void broadcastPageStatus();
  return null;
}

/** Turns Dateline off (or on) for `url`'s site, then tells the tabs; returns the new list of disabled sites. */
export async function setSiteDisabled(
  db: DatelineDB,
  url: string,
  disabled: boolean,
): Promise<{ disabledSites: string[] }> {
  const site = siteOf(url);
  const { disabledSites } = await getSettings(db);
  const others = disabledSites.filter((s) => s.toLowerCase() !== site);
  const next = disabled ? [...others, site] : others;
  await setSetting(db, 'disabledSites', next);
  void broadcastPageStatus();
  return { disabledSites: next };
}

/** Name of the toggle-marks keyboard command in the manifest (wxt.config.ts). */
export const TOGGLE_MARKS_COMMAND = 'toggle-marks';

/**
 * Registers the keyboard command that shows or hides the marks in the current tab. Call synchronously at
 * worker start, like every listener.
 */
export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_MARKS_COMMAND) return;
    const run = async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await sendToTab(tabId, 'backgroundToContent.toggleMarks', {});
    };
    void run();
  });
}
