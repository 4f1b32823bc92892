import { browser } from 'wxt/browser';

/**
 * The reader-check stage of the content script (entrypoints/reader-check.ts, built to this path): Readability's reader
 * check, for pages the first stage could not rule out (utils/content/stages.ts).
 */
export const READER_CHECK_SCRIPT = '/reader-check.js';

/**
 * The marks stage of the content script (entrypoints/marks.content.ts, built to this path): extraction, marks and
 * cards. Only article pages get it.
 */
export const MARKS_SCRIPT = '/content-scripts/marks.js';

/**
 * Loads a later stage of the content script into frame `frameId` of tab `tabId` (the frame whose earlier stage
 * asked). Uses the scripting API, which Chrome MV3 and Firefox (MV2 build, Firefox 102+) both have; it needs the
 * `scripting` permission and host access to the page, which the content script's own match patterns already ask for.
 */
export async function loadStage(
  script: typeof READER_CHECK_SCRIPT | typeof MARKS_SCRIPT,
  tabId: number,
  frameId: number,
): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [script] });
}
