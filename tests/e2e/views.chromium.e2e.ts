import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingMessage, hasChromium } from './support/browsers';
import { launchChromium } from './support/chromium';
import type { ExtensionBrowser, Tab, Viewport } from './support/driver';
import { popupViewport } from './support/driver';
import { hasShared, screenshotDir, sharedMissingMessage } from './support/paths';
import { storeAnalysed, waitForPopupText } from './support/popup';
import { startFixtureServer, type FixtureServer } from './support/server';

const skipReason = !hasChromium ? chromiumMissingMessage : !hasShared ? sharedMissingMessage : '';

/** How each view is looked at: both colour schemes, and light at 200% zoom. */
const modes = [
  { name: 'light', colorScheme: 'light', zoom: 1 },
  { name: 'dark', colorScheme: 'dark', zoom: 1 },
  { name: 'zoom200', colorScheme: 'light', zoom: 2 },
] as const;

/**
 * Screenshots of the popup (History, Collections), the timeline page and the options page in every mode, for a person to look at
 * (`views/<page>-<mode>.png` in the screenshot folder). At 200% zoom it also checks that nothing scrolls sideways,
 * the usual way text stops being readable when zoomed.
 */
describe.skipIf(skipReason !== '')(`views in chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser<Page>;
  const dir = path.join(screenshotDir, 'views');

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromium();
    await storeAnalysed(
      browser,
      ['/shared/fixtures/seed-article.html', '/fixtures/e2e/second-article.html'].map((p) => server.url(p)),
    );
    mkdirSync(dir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Shoots one view in every mode; returns how far each mode's page scrolls sideways (0 when it fits). 200% zoom is a
   * viewport of half the CSS size (`zoomed` overrides it: a toolbar popup grows with the zoom, up to 800×600).
   */
  async function shoot(tab: Tab<Page>, name: string, viewport: Viewport, zoomed?: Viewport) {
    const overflow: Record<string, number> = {};
    for (const mode of modes) {
      await tab.page.emulateMedia({ colorScheme: mode.colorScheme });
      await tab.page.setViewportSize(
        mode.zoom === 1
          ? viewport
          : (zoomed ?? { width: Math.round(viewport.width / 2), height: Math.round(viewport.height / 2) }),
      );
      await tab.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      overflow[mode.name] = await tab.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      await tab.page.screenshot({ path: path.join(dir, `${name}-${mode.name}.png`) });
    }
    await tab.page.setViewportSize(viewport);
    return overflow;
  }

  it('shows the popup History in light, dark and at 200%', async () => {
    const popup = (await browser.openExtensionPage('popup.html?view=history')) as Tab<Page>;
    await waitForPopupText(popup, '2 articles');

    const actual = await shoot(popup, 'popup-history', popupViewport, { width: popupViewport.width, height: 300 });

    expect(actual).toEqual({ light: 0, dark: 0, zoom200: 0 });
    await popup.close();
  });

  it('shows the popup Collections in light, dark and at 200%', async () => {
    const popup = (await browser.openExtensionPage('popup.html?view=collections')) as Tab<Page>;
    await popup.page.getByLabel('New collection name').fill('North Korea’s satellite programme and its launches');
    await popup.page.getByRole('button', { name: 'Create collection' }).click();
    await waitForPopupText(popup, '0 articles');

    const actual = await shoot(popup, 'popup-collections', popupViewport, { width: popupViewport.width, height: 300 });

    expect(actual).toEqual({ light: 0, dark: 0, zoom200: 0 });
    await popup.close();
  });

  it('shows the timeline page in light, dark and at 200%', async () => {
    const viewport = { width: 1280, height: 900 };
    const page = (await browser.openExtensionPage('timeline.html', viewport)) as Tab<Page>;
    await page.page
      .getByText(/events? from/)
      .first()
      .waitFor();

    const actual = await shoot(page, 'timeline', viewport);

    expect(actual).toEqual({ light: 0, dark: 0, zoom200: 0 });
    await page.close();
  });

  it('shows the options page in light, dark and at 200%', async () => {
    const viewport = { width: 800, height: 900 };
    const page = (await browser.openExtensionPage('options.html', viewport)) as Tab<Page>;
    await page.page.getByText('2 articles stored.').waitFor();

    const actual = await shoot(page, 'options', viewport);

    expect(actual).toEqual({ light: 0, dark: 0, zoom200: 0 });
    await page.close();
  });
});
