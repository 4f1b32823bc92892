import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleStates, isNetworkUrl, totalArticles, waitForSettled } from '../security/e2e-chromium';
import { launchTrustFirefox, type TrustFirefox } from '../security/e2e-firefox';
import { firefoxMissingMessage, hasFirefox } from './support/browsers';
import { hasShared, sharedDir, sharedMissingMessage } from './support/paths';
import { waitFor } from './support/poll';
import { startFixtureServer, type FixtureServer } from './support/server';

/**
 * Dateline makes no network request of its own, in Firefox: every WebDriver BiDi `network.beforeRequestSent` event is
 * recorded while the extension stores and analyses the seed article and every saved page (served from 127.0.0.1) and
 * a reader opens the popup and the timeline page. A request is the extension's when its URL or initiator is
 * `moz-extension://`, when it comes from an extension page's browsing context, or from a context that is no tab
 * (the background page). None may go to an address.
 * A page's own requests are the page's. Firefox's BiDi events carry no script stack for them, so a request the content
 * script made would count as the page's here: tests/security/sources.test.ts and tests/build/bundle-safety.test.ts
 * show the content script has no request API at all, and the Chromium test attributes requests by initiator stack.
 */

const skipReason = !hasFirefox ? firefoxMissingMessage : !hasShared ? sharedMissingMessage : '';
const sharedPages = hasShared
  ? readdirSync(path.join(sharedDir, 'pages'))
      .filter((name) => !name.includes('.'))
      .sort()
  : [];

interface BeforeRequestSent {
  context: string | null;
  request: { url: string };
  initiator?: { type?: string; stackTrace?: { callFrames?: { url: string }[] } };
}

describe.skipIf(skipReason !== '')(
  skipReason
    ? `no network from the extension in Firefox (skipped: ${skipReason})`
    : 'no network from the extension in Firefox',
  () => {
    let server: FixtureServer;
    let firefox: TrustFirefox;
    let dbPage: Page;
    const contextUrls = new Map<string, string>();
    const events: { event: BeforeRequestSent; contextUrl: string | null }[] = [];

    const isExtensions = ({ event, contextUrl }: (typeof events)[number]) =>
      event.request.url.startsWith('moz-extension://') ||
      (event.initiator?.stackTrace?.callFrames ?? []).some((f) => f.url.startsWith('moz-extension://')) ||
      event.context === null ||
      contextUrl === null ||
      contextUrl.startsWith('moz-extension://');

    beforeAll(async () => {
      server = await startFixtureServer();
      firefox = await launchTrustFirefox();
      const track = (params: unknown) => {
        const { context, url } = params as { context: string; url: string };
        contextUrls.set(context, url);
      };
      firefox.onBidiEvent('browsingContext.contextCreated', track);
      firefox.onBidiEvent('browsingContext.navigationStarted', track);
      firefox.onBidiEvent('network.beforeRequestSent', (params) => {
        const event = params as BeforeRequestSent;
        const contextUrl = event.context === null ? null : (contextUrls.get(event.context) ?? null);
        events.push({ event, contextUrl });
      });
      dbPage = await firefox.openExtensionPage('popup.html');
    });

    afterAll(async () => {
      await firefox?.close();
      await server?.close();
    });

    it('cannot reach an address from an extension page: the CSP refuses before any request', async () => {
      const target = server.url('/fixtures/e2e/not-an-article.html?csp=popup');

      const actual = await dbPage.evaluate(
        (url) =>
          fetch(url).then(
            () => 'fetched',
            (error: unknown) => (error instanceof TypeError ? 'refused' : String(error)),
          ),
        target,
      );

      expect(actual).toBe('refused');
      expect(events.filter((e) => e.event.request.url === target)).toEqual([]);
    });

    it(
      'makes no request while storing the seed article and every saved page, and while the popup, timeline and options pages are open',
      async () => {
        const paths = [
          '/shared/fixtures/seed-article.html',
          ...sharedPages.map((p) => `/shared/pages/${p}/source.html`),
        ];
        let stored = 0;
        for (const pathname of paths) {
          const before = totalArticles(await articleStates(dbPage));
          const page = await firefox.browser.newPage();
          await page
            .goto(server.url(pathname), { waitUntil: 'domcontentloaded', timeout: 30_000 })
            .catch(() => undefined);
          const states = await waitForSettled(dbPage, before);
          if (totalArticles(states) > before) stored += 1;
          await page.close();
        }
        const timeline = await firefox.openExtensionPage('timeline.html');
        await waitFor(
          async () => ((await timeline.evaluate(() => document.body.innerText.length)) > 0 ? true : undefined),
          {
            what: 'the timeline page to render',
          },
        );
        const options = await firefox.openExtensionPage('options.html').catch(() => null);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await options?.close();

        const extensions = events.filter(isExtensions);
        const pages = events.filter((e) => !isExtensions(e));
        console.info(
          `no-network (Firefox): ${paths.length} pages opened, ${stored} stored, ${pages.length} page requests seen, ` +
            `${extensions.length} extension requests`,
        );

        expect(stored).toBeGreaterThanOrEqual(paths.length - 3);
        expect(pages.length).toBeGreaterThan(paths.length);
        expect(extensions.filter((e) => isNetworkUrl(e.event.request.url)).map((e) => e.event.request.url)).toEqual([]);
      },
      15 * 60_000,
    );
  },
);
