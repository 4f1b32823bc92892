import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import { chromiumMissingMessage, hasChromium } from './support/browsers';
import { launchChromium } from './support/chromium';
import type { ExtensionBrowser, Tab } from './support/driver';
import { hasShared, sharedMissingMessage } from './support/paths';
import { storeAnalysed, waitForPopupText } from './support/popup';
import { startFixtureServer, type FixtureServer } from './support/server';

const seedPath = '/shared/fixtures/seed-article.html';
const secondPath = '/fixtures/e2e/second-article.html';

const skipReason = !hasChromium ? chromiumMissingMessage : !hasShared ? sharedMissingMessage : '';

/** Each view of each extension page, as the reader reaches it, in both colour schemes. */
describe.skipIf(skipReason !== '')(
  `accessibility (axe-core) of the extension pages in chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser<Page>;
    let seedUrl: string;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = (await launchChromium()) as ExtensionBrowser<Page>;
      seedUrl = server.url(seedPath);
      await storeAnalysed(
        browser,
        [seedPath, secondPath].map((pathname) => server.url(pathname)),
      );
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function expectNoViolations(tab: Tab<Page>, what: string) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await tab.page.emulateMedia({ colorScheme });
        const actual = await runAxe(tab.page);
        expect(actual, `${what} (${colorScheme})`).toEqual([]);
      }
    }

    it('finds no violations in the popup: This page, History (with filters open), People, an entity timeline, Collections', async () => {
      const popup = (await browser.openExtensionPage(`popup.html?url=${encodeURIComponent(seedUrl)}`)) as Tab<Page>;
      await waitForPopupText(popup, 'October 2023');
      await expectNoViolations(popup, 'This page');

      await popup.page.getByRole('tab', { name: 'History' }).click();
      await popup.page.getByRole('button', { name: 'Filters' }).click();
      await popup.page.getByLabel('Person').and(popup.page.locator(':enabled')).waitFor();
      await expectNoViolations(popup, 'History');

      await popup.page
        .getByRole('button', { name: /^Delete “/ })
        .first()
        .click();
      await expectNoViolations(popup, 'History asking to delete');
      await popup.page.keyboard.press('Escape');

      await popup.page.getByRole('tab', { name: 'People & countries' }).click();
      await popup.page.getByRole('button', { name: /Vladimir Putin/ }).waitFor();
      await expectNoViolations(popup, 'People & countries');

      await popup.page.getByRole('button', { name: /Vladimir Putin/ }).click();
      await popup.page.getByText(/events from/).waitFor();
      await expectNoViolations(popup, "Putin's timeline");

      await popup.page.getByRole('tab', { name: 'Collections' }).click();
      await popup.page.getByText(/No collections yet/).waitFor();
      await expectNoViolations(popup, 'Collections, none yet');
      await popup.page.getByLabel('New collection name').fill('Korea');
      await popup.page.getByRole('button', { name: 'Create collection' }).click();
      await popup.page.getByRole('button', { name: 'Rename “Korea”' }).click();
      await expectNoViolations(popup, 'Collections renaming');
      await popup.page.getByLabel('New name for “Korea”').fill('');
      await popup.page.getByRole('button', { name: 'Save' }).click();
      await popup.page.getByRole('alert').waitFor();
      await expectNoViolations(popup, 'Collections refusing an empty name');
      await popup.page.keyboard.press('Escape');
      await popup.page.getByRole('button', { name: 'Delete “Korea”' }).click();
      await expectNoViolations(popup, 'Collections asking to delete');
      await popup.page.keyboard.press('Escape');
      await popup.page.getByRole('button', { name: /^Korea/ }).click();
      await popup.page.getByText(/events? from 0 articles/).waitFor();
      await expectNoViolations(popup, "a collection's timeline");
      await popup.close();
    });

    it('finds no violations in the popup of a page that is not an article', async () => {
      const popup = (await browser.openExtensionPage(
        `popup.html?url=${encodeURIComponent(server.url('/fixtures/e2e/not-an-article.html'))}`,
      )) as Tab<Page>;
      await waitForPopupText(popup, 'Not a stored article');
      await expectNoViolations(popup, 'This page, not an article');
      await popup.close();
    });

    it('finds no violations on the timeline page', async () => {
      const page = (await browser.openExtensionPage('timeline.html', { width: 1280, height: 900 })) as Tab<Page>;
      await page.page
        .getByText(/events? from/)
        .first()
        .waitFor();
      await expectNoViolations(page, 'timeline page');
      await page.close();
    });

    it('finds no violations on the options page', async () => {
      const page = (await browser.openExtensionPage('options.html', { width: 800, height: 900 })) as Tab<Page>;
      await page.page.getByText('2 articles stored.').waitFor();
      await expectNoViolations(page, 'options page');
      await page.close();
    });

    it('is usable by keyboard: Tab reaches the tabs, arrow keys switch views, Enter opens an entity', async () => {
      const popup = (await browser.openExtensionPage(`popup.html?url=${encodeURIComponent(seedUrl)}`)) as Tab<Page>;
      await waitForPopupText(popup, 'October 2023');
      const focused = () => popup.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      let reachedTabs = false;
      for (let i = 0; i < 10 && !reachedTabs; i++) {
        await popup.page.keyboard.press('Tab');
        reachedTabs = (await focused()) === 'This page';
      }
      expect(reachedTabs).toBe(true);
      // Focus may move after the re-render: wait for it rather than read it at once.
      const focusOn = async (text: string) => {
        await popup.page
          .waitForFunction((expected) => document.activeElement?.textContent?.trim() === expected, text)
          .catch(() => undefined);
        return focused();
      };
      await popup.page.keyboard.press('End');
      expect(await focusOn('Collections')).toBe('Collections');
      await popup.page.keyboard.press('ArrowLeft');
      expect(await focusOn('People & countries')).toBe('People & countries');
      // The ranking loads from the database after the view switches: wait for it, then Tab until an entity has focus.
      await popup.page.locator('.ranking__item').first().waitFor();
      const onEntity = () => popup.page.evaluate(() => Boolean(document.activeElement?.closest('.ranking__item')));
      for (let i = 0; i < 10 && !(await onEntity()); i++) await popup.page.keyboard.press('Tab');
      expect(await onEntity()).toBe(true);
      const chosen = await focused();
      await popup.page.keyboard.press('Enter');
      await popup.page.getByText(/events from/).waitFor();
      expect(await popup.page.getByRole('heading', { level: 2 }).first().innerText()).toBe(
        chosen.split(/\d/)[0]!.trim(),
      );
      await popup.close();
    });
  },
);
