import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  articleKey,
  articlesPendingAnalysis,
  listHistory,
  requeueOutdatedAnalyses,
  saveArticle,
} from '@/utils/db/articles';
import type { DatelineDB } from '@/utils/db/schema';
import { extractedPayload } from '../messaging/fixtures';
import { freshDb } from './helpers';

let db: DatelineDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const page = (path: string, patch: Partial<ReturnType<typeof extractedPayload>['meta']> = {}, text?: string) => {
  const base = extractedPayload();
  const url = `https://news.example.org${path}`;
  return extractedPayload({ pageUrl: url, meta: { ...base.meta, url, ...patch }, ...(text ? { text } : {}) });
};

describe('articleKey', () => {
  it.each([
    ['the canonical URL when given', extractedPayload(), 'https://news.example.org/2023/11/08/satellite'],
    [
      'the page URL without fragment when there is no canonical URL',
      extractedPayload({ pageUrl: 'https://a.example/x#comments', meta: { ...extractedPayload().meta, url: null } }),
      'https://a.example/x',
    ],
    [
      'the canonical URL without fragment',
      extractedPayload({ meta: { ...extractedPayload().meta, url: 'https://a.example/y#top' } }),
      'https://a.example/y',
    ],
  ])('uses %s', (_name, extracted, expected) => {
    expect(articleKey(extracted)).toBe(expected);
  });
});

describe('saveArticle', () => {
  it('creates a pending record on the first visit', async () => {
    const actual = await saveArticle(db, page('/a'), 1000);
    const stored = await db.articles.get(actual.id);

    expect(actual).toEqual({ id: actual.id, created: true, analysisState: 'pending' });
    expect(stored).toMatchObject({
      url: 'https://news.example.org/a',
      title: 'North Korea says it will launch a satellite',
      publishedSource: 'json-ld',
      firstVisited: 1000,
      lastVisited: 1000,
      visits: 1,
      starred: 0,
      analysisState: 'pending',
    });
  });

  it('keeps one record per canonical URL, counting visits and updating metadata', async () => {
    const first = await saveArticle(db, page('/a'), 1000);
    const second = await saveArticle(db, page('/a', { title: 'Updated title' }), 5000);
    const stored = await db.articles.toArray();

    expect(second.id).toBe(first.id);
    expect(second.created).toBe(false);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ title: 'Updated title', firstVisited: 1000, lastVisited: 5000, visits: 2 });
  });

  it.each([
    ['unchanged text keeps the analysis', undefined, 'done'],
    ['changed text needs a new analysis', 'A corrected text.', 'pending'],
  ] as const)('on a revisit, %s', async (_name, newText, expected) => {
    const { id } = await saveArticle(db, page('/a'), 1000);
    await db.articles.update(id, { analysisState: 'done', analysisVersion: 1 });

    const actual = await saveArticle(db, page('/a', {}, newText), 2000);

    expect(actual.analysisState).toBe(expected);
    expect((await db.articles.get(id))?.analysisState).toBe(expected);
  });

  it('never moves lastVisited back when clocks disagree', async () => {
    const { id } = await saveArticle(db, page('/a'), 5000);
    await saveArticle(db, page('/a'), 4000);

    expect((await db.articles.get(id))?.lastVisited).toBe(5000);
  });
});

describe('listHistory', () => {
  beforeEach(async () => {
    await saveArticle(db, page('/old'), 1000);
    await saveArticle(db, page('/new'), 3000);
    await saveArticle(db, page('/mid'), 2000);
  });

  it.each([
    [{}, ['/new', '/mid', '/old']],
    [{ limit: 2 }, ['/new', '/mid']],
    [{ limit: 2, offset: 2 }, ['/old']],
    [{ offset: 5 }, []],
  ])('lists by last visit, newest first (%j)', async (options, expectedPaths) => {
    const actual = await listHistory(db, options);

    expect(actual.map((a) => new URL(a.url).pathname)).toEqual(expectedPaths);
  });

  it('moves a revisited article to the top and leaves the text out', async () => {
    await saveArticle(db, page('/old'), 4000);

    const actual = await listHistory(db);

    expect(new URL(actual[0]!.url).pathname).toBe('/old');
    expect(actual.every((a) => !('text' in a))).toBe(true);
  });
});

describe('articlesPendingAnalysis and requeueOutdatedAnalyses', () => {
  it('lists pending articles and requeues those analysed by an older version', async () => {
    const pending = await saveArticle(db, page('/pending'), 1);
    const current = await saveArticle(db, page('/current'), 2);
    const outdated = await saveArticle(db, page('/outdated'), 3);
    const failed = await saveArticle(db, page('/failed'), 4);
    const foreign = await saveArticle(db, page('/foreign'), 5);
    await db.articles.update(current.id, { analysisState: 'done', analysisVersion: 2 });
    await db.articles.update(outdated.id, { analysisState: 'done', analysisVersion: 1 });
    await db.articles.update(failed.id, { analysisState: 'error', analysisVersion: 1 });
    await db.articles.update(foreign.id, { analysisState: 'not-analysed-language', analysisVersion: 1 });

    const before = await articlesPendingAnalysis(db);
    const requeued = await requeueOutdatedAnalyses(db, 2);
    const after = await articlesPendingAnalysis(db);

    expect(before).toEqual([pending.id]);
    expect(requeued).toBe(2);
    expect(after.sort()).toEqual([pending.id, outdated.id, foreign.id].sort());
  });
});
