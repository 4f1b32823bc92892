// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANALYSIS_VERSION, analyze } from '@/utils/analysis';
import { registerBackground, type RegisteredBackground } from '@/utils/background/register';
import { run, type PageEnv } from '@/utils/content/run';
import type { DatelineDB } from '@/utils/db/schema';
import { setSetting } from '@/utils/db/settings';
import type { sendToBackground } from '@/utils/messaging';
import { freshDb } from '../db/helpers';
import { deliver, tabSender } from '../background/harness';

const PAGES = resolve(__dirname, '../../../../shared/pages');
const hasPages = existsSync(PAGES);

let db: DatelineDB;
let background: RegisteredBackground;
let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  background = registerBackground({ db, analyze, analysisVersion: ANALYSIS_VERSION, now: () => Date.now() });
  ctx = new ContentScriptContext('content-test');
});
afterEach(async () => {
  ctx.abort();
  await background.idle();
  db.close();
});

/** Sends through the real background listener as if from tab 3 (the fake browser's sendMessage has no sender). */
const viaBackground = vi.fn(((type, payload) => deliver({ type, payload }, tabSender(3))) as typeof sendToBackground);

/** Pages are parsed with linkedom (happy-dom would try to fetch every stylesheet and iframe of a saved page). */
function pageFrom(html: string, url: string): PageEnv {
  const { document } = parseHTML(html);
  return { document: document as unknown as Document, url, send: viaBackground };
}

beforeEach(() => {
  viaBackground.mockClear();
});

describe('run on a page that is not an article', () => {
  it('sends nothing and stores nothing', async () => {
    const page = pageFrom(
      '<html><body><nav><a href="/">Home</a><a href="/news">News</a></nav></body></html>',
      'https://example.org/',
    );

    const actual = await run(ctx, page);

    expect(actual).toEqual({ status: 'skipped', reason: 'not-article' });
    expect(viaBackground).not.toHaveBeenCalled();
    expect(await db.articles.count()).toBe(0);
  });
});

describe.skipIf(!hasPages)('run on real saved pages (../shared/pages; skipped when absent)', () => {
  const load = (name: string) => readFileSync(resolve(PAGES, name, 'source.html'), 'utf8');

  it('extracts a BBC article, stores it and has it analysed', async () => {
    const page = pageFrom(load('bbc-1'), 'https://www.bbc.com/news/world-us-canada-33646542');

    const actual = await run(ctx, page);

    expect(actual).toMatchObject({ status: 'stored', articleId: expect.any(Number) });
    const articleId = (actual as { articleId: number }).articleId;
    const stored = await db.articles.get(articleId);
    expect(stored).toMatchObject({ title: "Obama admits US gun laws are his 'biggest frustration'", lang: 'en' });
    expect((await db.articleTexts.get(articleId))?.text).not.toMatch(/<\w+[^>]*>/);
    await vi.waitFor(async () => expect((await db.articles.get(articleId))?.analysisState).toBe('done'), {
      timeout: 10_000,
    });
    const people = await db.people.where('articleId').equals(articleId).toArray();
    expect(people.map((p) => p.name)).toContain('Barack Obama');
  });

  it.each([
    ['paused', () => setSetting(db, 'paused', true)],
    ['site-disabled', () => setSetting(db, 'disabledSites', ['bbc.com'])],
  ])('skips an article when Dateline is %s, without extracting it', async (expectedReason, arrange) => {
    await arrange();
    const page = pageFrom(load('bbc-1'), 'https://www.bbc.com/news/world-us-canada-33646542');

    const actual = await run(ctx, page);

    expect(actual).toEqual({ status: 'skipped', reason: expectedReason });
    expect(viaBackground.mock.calls.map(([type]) => type)).toEqual(['contentToBackground.getPageStatus']);
    expect(await db.articles.count()).toBe(0);
  });

  it('stores a French article but does not analyse it', async () => {
    const page = pageFrom(load('lemonde-1'), 'https://www.lemonde.fr/article.html');

    const actual = await run(ctx, page);

    expect(actual.status).toBe('stored');
    const articleId = (actual as { articleId: number }).articleId;
    await vi.waitFor(async () =>
      expect((await db.articles.get(articleId))?.analysisState).toBe('not-analysed-language'),
    );
  });
});

describe('run when the extension is gone', () => {
  it('reports a failure instead of throwing into the page', async () => {
    const html = hasPages ? readFileSync(resolve(PAGES, 'bbc-1', 'source.html'), 'utf8') : '<p></p>';
    const page: PageEnv = {
      ...pageFrom(html, 'https://www.bbc.com/news/x'),
      send: async () => ({ ok: false, error: 'Could not reach the background: Extension context invalidated.' }),
    };

    const actual = await run(ctx, page);

    expect(actual).toEqual(
      hasPages
        ? { status: 'failed', error: 'Could not reach the background: Extension context invalidated.' }
        : { status: 'skipped', reason: 'not-article' },
    );
  });
});
