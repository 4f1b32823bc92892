import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExtensionBrowser, Tab } from './driver';
import { popupViewport } from './driver';
import { screenshotDir } from './paths';
import { waitFor } from './poll';

/** True once the popup's own code has taken over from its first screen (entrypoints/popup/startPopup.tsx). */
export function popupStarted(popup: Tab): Promise<boolean> {
  return popup.evaluate(() => document.getElementById('early') === null, undefined);
}

/**
 * Waits until the popup shows `expected` and its own code has taken over from its first screen (which shows the
 * newest rows but does not act on clicks), so that a test can go on to use what it found. The popup updates live, but
 * a reload every few seconds keeps the test honest about what a reader who reopens the popup sees, and recovers from
 * a popup opened before the database existed.
 */
export async function waitForPopupText(popup: Tab, expected: string, timeoutMs = 30_000): Promise<string> {
  let lastReload = Date.now();
  let lastText = '';
  try {
    return await waitFor(
      async () => {
        lastText = await popup.text();
        if (lastText.includes(expected) && (await popupStarted(popup))) return lastText;
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

/**
 * How many entries on an extension page show exactly `title`: the innermost elements whose whole text is the title.
 * Labels that merely quote it (a control's "“title”" label) do not count, whatever the markup around the entry.
 */
export function countTitled(tab: Tab, title: string): Promise<number> {
  return tab.evaluate((expected) => {
    const exact = (element: Element) => element.textContent?.trim() === expected;
    return [...document.body.querySelectorAll('*')].filter(
      (element) => exact(element) && ![...element.children].some(exact),
    ).length;
  }, title);
}

/**
 * Screenshots an extension page the way a toolbar popup shows it: cropped to the page's own width and height (a popup
 * sizes itself to its content, up to 800×600), written to `screenshotDir/file`.
 */
export async function screenshotPopup(popup: Tab, file: string): Promise<string> {
  const size = await popup.evaluate(
    () => ({ width: document.body.scrollWidth, height: document.body.scrollHeight }),
    undefined,
  );
  mkdirSync(screenshotDir, { recursive: true });
  const target = path.join(screenshotDir, file);
  await popup.screenshot(target, {
    x: 0,
    y: 0,
    width: Math.min(Math.max(size.width, 1), popupViewport.width),
    height: Math.min(Math.max(size.height, 1), popupViewport.height),
  });
  return target;
}

/**
 * Opens each address in a tab and waits until the popup shows the article's analysed events ("As written"), so the
 * scenario starts with every article stored and analysed by the background.
 */
export async function storeAnalysed(browser: ExtensionBrowser, urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    const tab = await browser.newTab();
    await tab.goto(url);
    const check = await browser.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);
    await waitForPopupText(check, 'As written', 60_000);
    await check.close();
    await tab.close();
  }
}
