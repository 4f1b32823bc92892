import { browser } from 'wxt/browser';

/**
 * The second stage of the content script (entrypoints/marks.content.ts, built to this path): extraction, marks and
 * cards. Only article pages get it, so every other page pays for the small first stage alone.
 */
export const MARKS_SCRIPT = '/content-scripts/marks.js';

/**
 * Loads the marks stage into frame `frameId` of tab `tabId` (the frame whose first stage asked). Uses the scripting
 * API, which Chrome MV3 and Firefox (MV2 build, Firefox 102+) both have; it needs the `scripting` permission and host
 * access to the page, which the content script's own match patterns already ask for.
 */
export async function loadMarksStage(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [MARKS_SCRIPT] });
}
