import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleStates, launchTrustChromium, type TrustChromium } from '../security/e2e-chromium';
import { chromiumMissingMessage, hasChromium } from './support/browsers';
import { waitFor } from './support/poll';
import { startFixtureServer, type FixtureServer } from './support/server';

/**
 * Nothing stored is lost, in the real browser: two tabs opening two articles at the same moment both end up stored
 * and listed; and when Chromium stops the service worker in the middle of an analysis (here on purpose, through
 * DevTools' ServiceWorker.stopAllWorkers), the article stays 'pending' and is analysed when the worker next starts.
 */

/** A long article (about 400 kB of news text), so that its analysis takes long enough to be interrupted. */
function bigArticle(title: string, paragraphs: number): string {
  const sentences = [
    'Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on 13 September 2023.',
    'In July, South Korean officials said Pyongyang had tested a new missile, and in 1953 the armistice was signed.',
    'Japan and the United States warned on Tuesday that the talks could lead to new arms deliveries by next spring.',
    'Kim Yung-ho, the unification minister in Seoul, said last month that the satellite launch would fail again.',
  ];
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>${sentences[i % sentences.length]} ${sentences[(i + 1) % sentences.length]} (${i})</p>`,
  ).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2023-09-14T08:00:00Z">
</head><body><main><article><h1>${title}</h1><p class="byline">By A. Reporter</p>
${body}
</article></main></body></html>`;
}

describe.skipIf(!hasChromium)(
  hasChromium ? 'data safety in Chromium' : `data safety in Chromium (skipped: ${chromiumMissingMessage})`,
  () => {
    let server: FixtureServer;
    let browser: TrustChromium;
    let dbPage: Page;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchTrustChromium();
      await browser.context.route(`${server.origin}/generated/**`, async (route) => {
        const name = new URL(route.request().url()).pathname.split('/').pop()!;
        const paragraphs = name.startsWith('big') ? 1_500 : 12;
        await route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: bigArticle(`Article ${name}`, paragraphs),
        });
      });
      dbPage = await browser.context.newPage();
      await dbPage.goto(`${browser.extensionBaseUrl}popup.html`, { waitUntil: 'domcontentloaded' });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('keeps both articles when two tabs open two articles at the same moment, and the popup lists both', async () => {
      const [a, b] = await Promise.all([browser.context.newPage(), browser.context.newPage()]);

      await Promise.all([
        a.goto(server.url('/generated/news-1.html'), { waitUntil: 'domcontentloaded' }),
        b.goto(server.url('/fixtures/e2e/second-article.html'), { waitUntil: 'domcontentloaded' }),
      ]);
      const states = await waitFor(
        async () => {
          const s = await articleStates(dbPage);
          return (s.done ?? 0) >= 2 ? s : undefined;
        },
        { timeoutMs: 60_000, what: 'both articles stored and analysed' },
      );
      const popup = await browser.context.newPage();
      await popup.goto(`${browser.extensionBaseUrl}popup.html`, { waitUntil: 'load' });
      const listed = await waitFor(
        async () => {
          const text = await popup.evaluate(() => document.body.innerText);
          return text.includes('Article news-1.html') && text.includes('Putin Hosts Kim') ? text : undefined;
        },
        { what: 'the popup to list both articles' },
      );

      expect(states).toEqual({ done: 2 });
      expect(listed).toContain('Article news-1.html');
      expect(listed).toContain('Putin Hosts Kim at Russian Spaceport');
      await Promise.all([a.close(), b.close(), popup.close()]);
    });

    it('analyses an article whose analysis was cut short when the browser stopped the service worker', async () => {
      const cdp = await browser.context.newCDPSession(dbPage);
      await cdp.send('ServiceWorker.enable');
      const before = (await articleStates(dbPage)).done ?? 0;
      const tab = await browser.context.newPage();

      await tab.goto(server.url('/generated/big-1.html'), { waitUntil: 'domcontentloaded' });
      // Stop the worker as soon as the article is stored and before its analysis is.
      await waitFor(async () => ((await articleStates(dbPage)).pending ?? 0) > 0 || undefined, {
        timeoutMs: 30_000,
        intervalMs: 20,
        what: 'the big article to be stored (pending)',
      });
      await cdp.send('ServiceWorker.stopAllWorkers');
      const afterStop = await articleStates(dbPage);
      await tab.close();
      // Some time with no worker: nothing may change by itself.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const stillStopped = await articleStates(dbPage);

      // Any message wakes the worker; reading another article sends some.
      const next = await browser.context.newPage();
      await next.goto(server.url('/generated/small-1.html'), { waitUntil: 'domcontentloaded' });
      const actual = await waitFor(
        async () => {
          const s = await articleStates(dbPage);
          return (s.pending ?? 0) === 0 && (s.done ?? 0) >= before + 2 ? s : undefined;
        },
        { timeoutMs: 120_000, what: 'the interrupted article to be analysed after the worker restarted' },
      );

      expect(afterStop.pending).toBe(1);
      expect(stillStopped).toEqual(afterStop);
      expect(actual).toEqual({ done: before + 2 });
    });
  },
);
