import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ExtensionRequestRecorder,
  articleStates,
  launchTrustChromium,
  totalArticles,
  waitForSettled,
  type TrustChromium,
} from '../security/e2e-chromium';
import { chromiumMissingMessage, hasChromium } from './support/browsers';
import { hasShared, sharedDir, sharedMissingMessage } from './support/paths';
import { waitFor } from './support/poll';
import { startFixtureServer, type FixtureServer } from './support/server';

/**
 * Dateline makes no network request of its own. Every request of the service worker, the popup, the timeline page
 * (and the options page, when there is one) and of the content script is recorded while the extension stores and
 * analyses the seed article and every saved page in ../shared/pages, served from 127.0.0.1, and a reader hovers
 * marks, opens the popup and the timeline page and exports. None may go to any address.
 * Every host name but 127.0.0.1 fails to resolve (a browser flag), so the pages' own third-party requests fail at once.
 */

const skipReason = !hasChromium ? chromiumMissingMessage : !hasShared ? sharedMissingMessage : '';
const sharedPages = hasShared
  ? readdirSync(path.join(sharedDir, 'pages'))
      .filter((name) => !name.includes('.'))
      .sort()
  : [];

describe.skipIf(skipReason !== '')(
  skipReason
    ? `no network from the extension in Chromium (skipped: ${skipReason})`
    : 'no network from the extension in Chromium',
  () => {
    let server: FixtureServer;
    let browser: TrustChromium;
    let recorder: ExtensionRequestRecorder;
    let dbPage: Page;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchTrustChromium();
      recorder = new ExtensionRequestRecorder(browser.context, browser.extensionBaseUrl);
      dbPage = await browser.context.newPage();
      await dbPage.goto(`${browser.extensionBaseUrl}popup.html`, { waitUntil: 'domcontentloaded' });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('sees a request when the service worker, an extension page or the content script world makes one (the recorder works)', async () => {
      const probe = server.url('/fixtures/e2e/not-an-article.html?probe=');
      // Extension pages and the worker may fetch only their own files (CSP connect-src 'self'): probe with one.
      const ownFile = `${browser.extensionBaseUrl}manifest.json?probe=`;
      const worker = await browser.worker();
      await worker.evaluate((url) => fetch(url).then(() => undefined), `${ownFile}worker`);
      await dbPage.evaluate((url) => fetch(url).then(() => undefined), `${ownFile}popup`);

      // The content script's world: evaluate a fetch there, attributed to a chrome-extension:// script as ours are.
      const page = await browser.context.newPage();
      await recorder.watchWebPage(page);
      const cdp = await browser.context.newCDPSession(page);
      const worlds: number[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { type?: string } | undefined;
        if (aux?.type === 'isolated' && context.origin?.startsWith('chrome-extension://')) worlds.push(context.id);
      });
      await cdp.send('Runtime.enable');
      await page.goto(server.url('/fixtures/e2e/not-an-article.html'), { waitUntil: 'domcontentloaded' });
      const world = await waitFor(async () => worlds.at(-1), { what: "the content script's isolated world" });
      await cdp.send('Runtime.evaluate', {
        contextId: world,
        awaitPromise: true,
        expression: `fetch(${JSON.stringify(`${probe}content`)}).then(() => 0, () => 0)\n//# sourceURL=${browser.extensionBaseUrl}content-scripts/probe.js`,
      });
      await page.close();

      const actual = await waitFor(
        async () => {
          const seen = recorder.requests.filter((r) => r.url.includes('probe='));
          return seen.length >= 3 ? seen : undefined;
        },
        { timeoutMs: 10_000, what: `the three probe requests (seen: ${JSON.stringify(recorder.requests)})` },
      );

      expect(actual.map((r) => [r.from.split(' ')[0], new URL(r.url).searchParams.get('probe')]).sort()).toEqual([
        ['content', 'content'],
        ['extension', 'popup'],
        ['service', 'worker'],
      ]);
      recorder.requests.length = 0; // the probes were ours, not Dateline's
    });

    it('cannot reach an address from the service worker or an extension page: the CSP refuses before any request', async () => {
      const target = server.url('/fixtures/e2e/not-an-article.html?csp=');
      const attempt = (url: string) =>
        fetch(url).then(
          () => 'fetched',
          (error: unknown) => (error instanceof TypeError ? 'refused' : String(error)),
        );
      const worker = await browser.worker();

      const actual = [
        await worker.evaluate(attempt, `${target}worker`),
        await dbPage.evaluate(attempt, `${target}popup`),
      ];

      expect(actual).toEqual(['refused', 'refused']);
      expect(recorder.networkRequests()).toEqual([]);
    });

    it(
      'makes no request while storing and analysing the seed article and every saved page',
      async () => {
        const paths = [
          '/shared/fixtures/seed-article.html',
          ...sharedPages.map((p) => `/shared/pages/${p}/source.html`),
        ];
        const stored: string[] = [];
        for (const pathname of paths) {
          const before = totalArticles(await articleStates(dbPage));
          const page = await browser.context.newPage();
          await recorder.watchWebPage(page);
          await page.goto(server.url(pathname), { waitUntil: 'commit', timeout: 30_000 });
          await page.waitForLoadState('domcontentloaded', { timeout: 30_000 }).catch(() => undefined);
          const states = await waitForSettled(dbPage, before);
          if (totalArticles(states) > before) stored.push(pathname);
          await page.close();
        }

        console.info(
          `no-network: ${paths.length} pages opened, ${stored.length} stored, ${recorder.pageRequestCount} page requests seen, ` +
            `${recorder.requests.length} extension requests (all to its own files)`,
        );
        expect(recorder.pageRequestCount).toBeGreaterThan(paths.length);
        expect(stored.length).toBeGreaterThanOrEqual(paths.length - 3);
        expect(recorder.networkRequests()).toEqual([]);
      },
      15 * 60_000,
    );

    it('makes no request while a reader hovers marks, opens the popup, the timeline page, the options page and exports', async () => {
      const page = await browser.context.newPage();
      await recorder.watchWebPage(page);
      await page.goto(server.url('/shared/fixtures/seed-article.html'), { waitUntil: 'domcontentloaded' });
      await waitFor(
        async () =>
          page.evaluate(() => {
            const host = document.querySelector('dateline-ui');
            return host?.getAttribute('data-state') === 'marked' || undefined;
          }),
        { timeoutMs: 45_000, what: 'marks on the seed article' },
      );
      for (const name of ['Vladimir Putin', 'North Korea', 'Russia']) await hoverText(page, name);

      const popup = await browser.context.newPage();
      await popup.goto(`${browser.extensionBaseUrl}popup.html`, { waitUntil: 'load' });
      await popup.waitForTimeout(1_000);

      const timeline = await browser.context.newPage();
      await timeline.goto(`${browser.extensionBaseUrl}timeline.html`, { waitUntil: 'load' });
      await timeline.waitForTimeout(1_500);
      const exported = await clickExports(timeline);

      const manifest = (await (
        await browser.worker()
      ).evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest(),
      )) as {
        options_ui?: { page: string };
        options_page?: string;
      };
      const optionsPath = manifest.options_ui?.page ?? manifest.options_page;
      if (optionsPath) {
        const options = await browser.context.newPage();
        await options.goto(`${browser.extensionBaseUrl}${optionsPath}`, { waitUntil: 'load' });
        await options.waitForTimeout(1_000);
      }

      expect(exported.map((f) => f.slice(f.lastIndexOf('.')))).toEqual(['.json', '.csv', '.json', '.jsonld']);
      expect(recorder.networkRequests()).toEqual([]);
    });
  },
);

/** Moves the mouse onto the first occurrence of `text` in the page (opening its card when it is marked). */
async function hoverText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(text);
      if (at < 0) continue;
      (n.parentElement as Element).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      const box = range.getClientRects()[0];
      if (box) return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
    }
    return null;
  }, text);
  if (!point) return;
  await page.mouse.move(2, 2);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.waitForTimeout(900);
}

/** Clicks each export button of the timeline page (JSON, CSV, TimelineJS, Web Annotation); returns the files saved. */
async function clickExports(timeline: Page): Promise<string[]> {
  const files: string[] = [];
  for (const label of ['JSON', 'CSV', 'TimelineJS', 'Web Annotation']) {
    const button = timeline.getByRole('button', { name: label, exact: true }).first();
    const [download] = await Promise.all([timeline.waitForEvent('download', { timeout: 10_000 }), button.click()]);
    files.push(download.suggestedFilename());
  }
  return files;
}
