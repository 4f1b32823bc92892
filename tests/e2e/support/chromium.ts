import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from './browsers';
import { ensureBuilt } from './build';
import { chromiumFlags } from './chromium-flags';
import type { ExtensionBrowser, Tab, Viewport } from './driver';
import { popupViewport } from './driver';

function chromiumTab(page: Page): Tab<Page> {
  return {
    page,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    url: async () => page.url(),
    text: () => page.evaluate(() => document.body?.innerText ?? ''),
    // Arguments are plain serialisable data, so the drivers' handle-unwrapping argument types do not apply.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg as unknown),
    reload: async () => {
      await page.reload({ waitUntil: 'domcontentloaded' });
    },
    screenshot: async (file, clip) => {
      await page.screenshot({ path: file, clip });
    },
    close: () => page.close(),
  };
}

/**
 * Starts Debian's Chromium with the built MV3 extension (`.output/chrome-mv3`) on a temporary profile.
 * Headless via `--headless=new`, the mode that runs extensions; the extension id is read from its service worker.
 */
export async function launchChromium(): Promise<ExtensionBrowser<Page>> {
  const extensionDir = ensureBuilt('chromium');
  const profileDir = mkdtempSync(path.join(tmpdir(), 'dateline-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: false, // Playwright's own headless mode loads no extensions; --headless=new in chromiumFlags does.
    args: [
      ...chromiumFlags(extensionDir),
      // Hermetic: every host but the fixture server fails at once, so saved pages' CDN links neither slow the tests
      // down nor reach the internet. The attempt itself still shows in request logs.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionBaseUrl = `chrome-extension://${new URL(worker.url()).host}/`;
    const newTab = async (viewport?: Viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return chromiumTab(page);
    };
    return {
      name: 'chromium',
      extensionBaseUrl,
      newTab,
      openExtensionPage: async (pathname = 'popup.html', viewport = popupViewport) => {
        const tab = await newTab(viewport);
        await tab.goto(new URL(pathname, extensionBaseUrl).href);
        return tab;
      },
      close: async () => {
        await context.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}
