import Papa from 'papaparse';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleStates,
  launchTrustChromium,
  totalArticles,
  waitForSettled,
  type TrustChromium,
} from '../security/e2e-chromium';
import { chromiumMissingMessage, hasChromium } from './support/browsers';
import { waitFor } from './support/poll';
import { startFixtureServer, type FixtureServer } from './support/server';

/**
 * Page content is hostile data. Two pages (tests/fixtures/e2e/hostile-*.html) carry `<script>`, `<img onerror>`,
 * `"><svg onload>`, `javascript:` links, RTL overrides and 100,000-character strings in their title, byline, site
 * name, text, meta tags and JSON-LD. Dateline stores and analyses them; then in its hover card, the popup, the
 * timeline page and every export nothing executes (no dialog anywhere), no element is injected, no `javascript:`
 * address becomes a link, the layout does not overflow, and CSV cells cannot start a formula.
 */

const markupPage = '/fixtures/e2e/hostile-markup.html';
const longPage = '/fixtures/e2e/hostile-long.html';
const payload = '"><img src=x onerror=alert(1)><script>alert(2)</script><svg onload=alert(3)>';

/** Elements a successful injection would leave in an extension page (run in the page). */
function injectedElements(): string[] {
  const bad = document.querySelectorAll(
    'img[onerror], img[src="x"], script:not([src]), svg[onload], [onload], [onerror], iframe, object, embed, a[href^="javascript:" i]',
  );
  return [...bad].map((e) => e.outerHTML.slice(0, 120));
}

/** How far the page is wider than its viewport (0 when nothing overflows sideways). */
function horizontalOverflow(): number {
  return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);
}

describe.skipIf(!hasChromium)(
  hasChromium
    ? 'hostile page content in Chromium'
    : `hostile page content in Chromium (skipped: ${chromiumMissingMessage})`,
  () => {
    let server: FixtureServer;
    let browser: TrustChromium;
    let dbPage: Page;
    const dialogs: string[] = [];
    const pageErrors: string[] = [];

    const watch = (page: Page) => {
      page.on('dialog', (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => {
        if (page.url().startsWith(browser.extensionBaseUrl)) pageErrors.push(`${page.url()}: ${error.message}`);
      });
    };

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchTrustChromium();
      browser.context.on('page', watch);
      dbPage = await browser.context.newPage();
      await dbPage.goto(`${browser.extensionBaseUrl}popup.html`, { waitUntil: 'domcontentloaded' });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('stores and analyses both hostile pages', async () => {
      for (const pathname of [markupPage, longPage]) {
        const before = totalArticles(await articleStates(dbPage));
        const page = await browser.context.newPage();
        await page.goto(server.url(pathname), { waitUntil: 'domcontentloaded' });
        await waitForSettled(dbPage, before, { quietMs: 15_000 });
      }

      const actual = await articleStates(dbPage);

      expect(actual).toEqual({ done: 2 });
    });

    it('opens a hover card on the hostile page without running or injecting anything', async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url(markupPage), { waitUntil: 'domcontentloaded' });
      await waitFor(
        () =>
          page.evaluate(
            () => document.querySelector('dateline-ui')?.getAttribute('data-state') === 'marked' || undefined,
          ),
        { timeoutMs: 45_000, what: 'marks on the hostile page' },
      );
      const point = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf('Vladimir Putin');
          if (at < 0) continue;
          (n.parentElement as Element).scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + 'Vladimir Putin'.length);
          const box = range.getClientRects()[0]!;
          return { x: box.left + 10, y: box.top + box.height / 2 };
        }
        return null;
      });
      expect(point).not.toBeNull();
      await page.mouse.move(2, 2);
      await page.mouse.move(point!.x, point!.y, { steps: 3 });
      const card = await waitFor(
        () => page.evaluate(() => document.querySelector('dateline-ui')?.getAttribute('data-card') ?? undefined),
        { timeoutMs: 5_000, what: 'a card for Vladimir Putin' },
      );

      const cdp = await browser.context.newCDPSession(page);
      const inCard = await elementsInDatelineUi(cdp);

      expect(card).toBe('person:vladimir-putin');
      expect(inCard.tags.filter((t) => ['script', 'img', 'iframe', 'object', 'embed'].includes(t))).toEqual([]);
      expect(inCard.eventAttributes).toEqual([]);
      expect(inCard.javascriptLinks).toEqual([]);
      expect(dialogs).toEqual([]);
    });

    it('shows the hostile titles as text in the popup: nothing injected, nothing overflowing', async () => {
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`${browser.extensionBaseUrl}popup.html`, { waitUntil: 'load' });
      const text = await waitFor(
        async () => {
          const t = await popup.evaluate(() => document.body.innerText);
          return t.includes('<img src=x onerror=alert(1)>') ? t : undefined;
        },
        { what: 'the popup to list the hostile article' },
      );

      expect(text).toContain('<script>alert(2)</script>');
      expect(await popup.evaluate(injectedElements)).toEqual([]);
      expect(await popup.evaluate(horizontalOverflow)).toBe(0);
      expect(dialogs).toEqual([]);
    });

    it('shows them in the timeline page as text, and every export carries them as plain, inert text', async () => {
      const timeline = await browser.context.newPage();
      await timeline.setViewportSize({ width: 1200, height: 900 });
      await timeline.goto(`${browser.extensionBaseUrl}timeline.html`, { waitUntil: 'load' });
      await waitFor(
        async () =>
          (await timeline.evaluate(() => document.body.innerText.includes('<img src=x onerror=alert(1)>'))) ||
          undefined,
        { what: 'the timeline page to show the hostile article' },
      );

      expect(await timeline.evaluate(injectedElements)).toEqual([]);
      expect(await timeline.evaluate(horizontalOverflow)).toBe(0);

      const files: Record<string, string> = {};
      for (const label of ['JSON', 'CSV', 'TimelineJS', 'Web Annotation']) {
        const button = timeline.getByRole('button', { name: label, exact: true }).first();
        const [download] = await Promise.all([timeline.waitForEvent('download', { timeout: 10_000 }), button.click()]);
        const stream = await download.createReadStream();
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        files[label] = Buffer.concat(chunks).toString('utf8');
      }

      // JSON and Web Annotation carry the strings as plain JSON text; TimelineJS renders its text as HTML, so the
      // export escapes it there: the markup arrives as characters, never as tags.
      const json = JSON.stringify(JSON.parse(files.JSON!));
      expect(json).toContain(JSON.stringify(payload).slice(1, -1));
      for (const label of ['JSON', 'Web Annotation']) {
        const actual = JSON.stringify(JSON.parse(files[label]!));
        expect(actual).not.toMatch(/"(?:url|id|source|link|href)":"\s*javascript:/i);
      }
      const sources = [...files['Web Annotation']!.matchAll(/"source":\s*"([^"]*)"/g)].map((m) => m[1]!);
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.filter((u) => !/^(https?:|urn:)/.test(u))).toEqual([]);
      const timelineJs = JSON.parse(files.TimelineJS!) as { events: { text: { headline: string; text: string } }[] };
      const timelineJsText = timelineJs.events.flatMap((e) => [e.text.headline, e.text.text]);
      expect(timelineJsText.some((t) => t.includes('&#60;img src=x onerror=alert(1)&#62;'))).toBe(true);
      expect(timelineJsText.filter((t) => /<\s*(img|script|svg|a)\b/i.test(t))).toEqual([]);
      const rows = Papa.parse<string[]>(files.CSV!.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      const cells = rows.flat();
      expect(rows.length).toBeGreaterThan(1);
      expect(cells.some((c) => c.includes('<img src=x onerror=alert(1)>'))).toBe(true);
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      expect(cells.filter((c) => /^javascript:/i.test(c))).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    });

    it('a web page cannot reach the background: forged messages over postMessage, DOM events or runtime store nothing', async () => {
      const before = await articleStates(dbPage);
      const page = await browser.context.newPage();
      await page.goto(server.url(`/fixtures/e2e/hostile-messages.html?id=${browser.extensionId}`), {
        waitUntil: 'load',
      });
      await waitFor(() => page.evaluate(() => document.body.dataset.done === 'true' || undefined), {
        what: 'the page to send its forged messages',
      });
      await page.waitForTimeout(3_000);

      const log = await page.evaluate(() => document.getElementById('log')!.textContent);

      // Without externally_connectable, Chromium gives a web page no chrome.runtime.sendMessage at all.
      expect(log).toContain('runtime:absent');
      expect(await articleStates(dbPage)).toEqual(before);
      expect(await dbPage.evaluate(() => document.body.innerText)).not.toContain('Forged by a web page');
    });
  },
);

interface DomNode {
  nodeType: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Tags, event-handler attributes and javascript: links inside Dateline's closed shadow root (read through CDP). */
async function elementsInDatelineUi(
  cdp: CDPSession,
): Promise<{ tags: string[]; eventAttributes: string[]; javascriptLinks: string[] }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | null => {
    if (node.localName === 'dateline-ui') return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const host = find(root);
  const out = { tags: [] as string[], eventAttributes: [] as string[], javascriptLinks: [] as string[] };
  const walk = (node: DomNode) => {
    if (node.nodeType === 1 && node.localName) out.tags.push(node.localName);
    const attributes = node.attributes ?? [];
    for (let i = 0; i < attributes.length; i += 2) {
      const [name, value] = [attributes[i]!, attributes[i + 1] ?? ''];
      if (/^on/i.test(name)) out.eventAttributes.push(`${node.localName} ${name}`);
      if (name === 'href' && /^\s*javascript:/i.test(value)) out.javascriptLinks.push(value);
    }
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
  };
  if (host) walk(host);
  return out;
}
