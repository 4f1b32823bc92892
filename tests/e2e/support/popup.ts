import type { Tab } from './driver';
import { waitFor } from './poll';

/**
 * Waits until the popup shows `expected`. The popup updates live, but a reload every few seconds keeps the test honest
 * about what a reader who reopens the popup sees, and recovers from a popup opened before the database existed.
 */
export async function waitForPopupText(popup: Tab, expected: string, timeoutMs = 30_000): Promise<string> {
  let lastReload = Date.now();
  let lastText = '';
  try {
    return await waitFor(
      async () => {
        lastText = await popup.text();
        if (lastText.includes(expected)) return lastText;
        if (Date.now() - lastReload > 5_000) {
          lastReload = Date.now();
          await popup.reload();
        }
        return undefined;
      },
      { timeoutMs, what: `the popup to show "${expected}"` },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}\nThe popup showed:\n${lastText}`, { cause: error });
  }
}

/** How often `needle` occurs in `haystack`. */
export function countOccurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
