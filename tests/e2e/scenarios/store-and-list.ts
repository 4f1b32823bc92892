import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser, Tab } from '../support/driver';
import { hasShared, sharedMissingMessage } from '../support/paths';
import { waitFor } from '../support/poll';
import { countTitled, popupStarted, screenshotPopup, waitForPopupText } from '../support/popup';
import { startFixtureServer, type FixtureServer } from '../support/server';

/** What `../shared/fixtures/seed-article.expected.json` and issue 2 say the seed article is. */
const seedArticle = {
  path: '/shared/fixtures/seed-article.html',
  title: "North Korea's Spy Satellite Program Receives Technical Assistance from Russia, South Korea Warns",
  /** Published 2023-11-08, however the popup's locale writes the date. */
  publishedAsShown: /8 Nov(ember)? 2023|Nov(ember)? 8, 2023|2023-11-08/,
};

/** A second article (tests/fixtures/e2e/history-article.html), read after the seed article. */
const laterArticle = {
  path: '/fixtures/e2e/history-article.html',
  title: 'Rotterdam Port Reopens Its Northern Terminal After Winter Storm Repairs',
};

/** A site's front page: headlines and links, no article (tests/fixtures/e2e/not-an-article.html). */
const notAnArticle = {
  path: '/fixtures/e2e/not-an-article.html',
  title: 'Harbourside Gazette',
};

/** Long enough for the content script to have decided and the background to have stored, had it been an article. */
const settleMs = 3_000;

/** Where a browser's availability and launcher come from. */
export interface BrowserUnderTest {
  name: 'chromium' | 'firefox';
  available: boolean;
  missingMessage: string;
  launch: () => Promise<ExtensionBrowser>;
}

/**
 * Issue 2's end-to-end promise in one real browser: the built extension stores the seed article served from
 * 127.0.0.1 and the popup lists it once, however often it is opened; a page that is not an article stays out.
 */
export function describeStoreAndList({ name, available, missingMessage, launch }: BrowserUnderTest): void {
  const skipReason = !available ? missingMessage : !hasShared ? sharedMissingMessage : '';
  const title = skipReason ? `store and list in ${name} (skipped: ${skipReason})` : `store and list in ${name}`;

  describe.skipIf(skipReason !== '')(title, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let popup: Tab;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launch();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('loads the extension and opens its popup on a fresh profile, without the article', async () => {
      // The History view explicitly: the popup in a tab of its own describes the active tab (its address is known to
      // the extension, which has host access for the marks stage), and these tests are about the list.
      popup = await browser.openExtensionPage('popup.html?view=history');

      // The popup renders after its script and first database query: wait for text rather than read it at once.
      const actual = await waitFor(
        async () => ((await popupStarted(popup)) && (await popup.text()).trim()) || undefined,
        {
          what: 'the popup to render',
        },
      );

      expect(await popup.url()).toBe(`${browser.extensionBaseUrl}popup.html?view=history`);
      expect(actual).not.toContain(seedArticle.title);
      await screenshotPopup(popup, name === 'chromium' ? 'popup-empty.png' : `popup-empty-${name}.png`);
    });

    it('stores the seed article opened from 127.0.0.1, and the open popup lists it', async () => {
      const page = await browser.newTab();
      await page.goto(server.url(seedArticle.path));

      const actual = await waitForPopupText(popup, seedArticle.title);

      expect(actual).toContain(seedArticle.title);
      expect(actual).toMatch(seedArticle.publishedAsShown);
      await page.close();
    });

    it('keeps one entry when the same article is opened again', async () => {
      const page = await browser.newTab();
      await page.goto(server.url(`${seedArticle.path}?utm_source=e2e#comments`));
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      await popup.reload();

      await waitForPopupText(popup, seedArticle.title);

      const actual = await countTitled(popup, seedArticle.title);

      expect(actual).toBe(1);
      await page.close();
    });

    it('does not store a page that is not an article', async () => {
      const page = await browser.newTab();
      await page.goto(server.url(notAnArticle.path));
      expect(await page.text()).toContain(notAnArticle.title);
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      await popup.reload();

      const actual = await waitForPopupText(popup, seedArticle.title);

      expect(actual).not.toContain(notAnArticle.title);
      await page.close();
    });

    it('lists the article read last first', async () => {
      const page = await browser.newTab();
      await page.goto(server.url(laterArticle.path));

      const actual = await waitForPopupText(popup, laterArticle.title);

      expect(actual.indexOf(laterArticle.title)).toBeLessThan(actual.indexOf(seedArticle.title));
      expect(await countTitled(popup, seedArticle.title)).toBe(1);
      await screenshotPopup(popup, name === 'chromium' ? 'popup.png' : `popup-${name}.png`);
      await page.close();
    });

    it('draws the newest articles before its own code has loaded, then hands over to it', async () => {
      await popup.reload();
      await waitForPopupText(popup, laterArticle.title);

      const actual = await popup.evaluate(() => {
        const mark = (name: string) => performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
        return {
          firstScreen: mark('dateline:first-screen')?.detail as unknown,
          drawnFirst: mark('dateline:first-screen')!.startTime < mark('dateline:popup-rendered')!.startTime,
          inert: document.querySelectorAll('[inert]').length,
        };
      }, undefined);

      expect(actual).toEqual({ firstScreen: { view: 'history', rows: 2 }, drawnFirst: true, inert: 0 });
    });
  });
}
