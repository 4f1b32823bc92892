import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeOutcome } from '@/utils/background/deps';
import { registerBackground } from '@/utils/background/register';
import { saveAnalysis } from '@/utils/db/analysis';
import { saveArticle } from '@/utils/db/articles';
import type { DatelineDB } from '@/utils/db/schema';
import { deliver, depsFor, tabSender } from '../utils/background/harness';
import { ANALYSIS, ANALYSIS_MENTIONS, TEXT } from '../utils/db/analysisFixture';
import { dumpTables, freshDb } from '../utils/db/helpers';
import { extractedPayload } from '../utils/messaging/fixtures';

/**
 * Nothing stored is lost, nothing half-stored remains: an article's analysis is written whole or not at all, writers
 * in several tabs at once lose nothing, and a worker stopped in the middle of an analysis leaves the article
 * 'pending' for the next worker, which analyses it.
 */

let db: DatelineDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(() => db.close());

const analysisTables = ['people', 'countries', 'mentions', 'events'] as const;

async function analysisRowCounts(articleId: number): Promise<Record<string, number>> {
  const counts = await Promise.all(
    analysisTables.map(async (t) => [t, await db.table(t).where('articleId').equals(articleId).count()] as const),
  );
  return Object.fromEntries(counts);
}

function article(n: number, text = `${TEXT} (${n})`) {
  return extractedPayload({
    pageUrl: `https://news.example.org/story-${n}`,
    meta: { ...extractedPayload().meta, url: null },
    text,
  });
}

describe('an analysis is stored whole or not at all', () => {
  it.each(analysisTables)(
    'a failure while writing %s leaves no people, countries, mentions or events',
    async (table) => {
      const { id } = await saveArticle(db, extractedPayload({ text: TEXT }), 1);
      const before = await dumpTables(db);
      // A plain (non-quota) failure in the middle of the transaction, after the tables before it were written.
      db.table(table).hook('creating', () => {
        throw new Error(`disk error writing ${table}`);
      });

      const attempt = saveAnalysis(db, id, ANALYSIS, { version: 1, now: 2, text: TEXT });

      await expect(attempt).rejects.toThrow(`disk error writing ${table}`);
      expect(await dumpTables(db)).toEqual(before);
      expect(await analysisRowCounts(id)).toEqual({ people: 0, countries: 0, mentions: 0, events: 0 });
      expect((await db.articles.get(id))?.analysisState).toBe('pending');
    },
  );
});

describe('several tabs storing at once', () => {
  it('keeps every one of 20 different articles saved at the same time', async () => {
    const saved = await Promise.all(Array.from({ length: 20 }, (_, n) => saveArticle(db, article(n), 1000 + n)));

    expect(new Set(saved.map((s) => s.id)).size).toBe(20);
    expect(await db.articles.count()).toBe(20);
  });

  it('keeps one record with every visit counted when the same article is saved from 10 tabs at once', async () => {
    const saved = await Promise.all(Array.from({ length: 10 }, (_, n) => saveArticle(db, article(1, TEXT), 1000 + n)));

    expect(new Set(saved.map((s) => s.id)).size).toBe(1);
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.toArray())[0]).toMatchObject({ visits: 10, lastVisited: 1009 });
  });

  it('stores the analyses of different articles written at once, each whole', async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(async (n) => (await saveArticle(db, article(n, TEXT), n)).id));

    const actual = await Promise.all(
      ids.map((id) => saveAnalysis(db, id, ANALYSIS, { version: 1, now: 9, text: TEXT })),
    );

    expect(actual).toEqual([true, true, true, true]);
    for (const id of ids) expect((await analysisRowCounts(id)).mentions).toBe(ANALYSIS_MENTIONS);
  });

  it('keeps exactly one analysis when the same article’s analysis is written twice at once', async () => {
    const once = (await saveArticle(db, article(1, TEXT), 1)).id;
    const twice = (await saveArticle(db, article(2, TEXT), 1)).id;
    await saveAnalysis(db, once, ANALYSIS, { version: 1, now: 5, text: TEXT });
    const expected = await analysisRowCounts(once);

    await Promise.all([1, 2].map((n) => saveAnalysis(db, twice, ANALYSIS, { version: 1, now: n, text: TEXT })));

    expect(expected.mentions).toBe(ANALYSIS_MENTIONS);
    expect(await analysisRowCounts(twice)).toEqual(expected);
  });

  it('stores both articles when two tabs send them to the background at the same moment', async () => {
    const background = registerBackground(depsFor(db));
    const replies = await Promise.all(
      [1, 2].map((n) =>
        deliver({ type: 'contentToBackground.articleExtracted', payload: article(n) }, tabSender(10 + n)),
      ),
    );
    await background.idle();

    expect(replies.every((r) => r.ok)).toBe(true);
    expect((await db.articles.toArray()).map((a) => [a.url, a.analysisState]).sort()).toEqual([
      ['https://news.example.org/story-1', 'done'],
      ['https://news.example.org/story-2', 'done'],
    ]);
  });
});

describe('a worker stopped in the middle of an analysis', () => {
  it('leaves the article pending, and the next worker analyses it', async () => {
    // The first worker's analysis never finishes: the browser stops the worker while it runs.
    const neverFinishes = () => new Promise<AnalyzeOutcome>(() => undefined);
    const first = registerBackground(depsFor(db, neverFinishes));
    const reply = await deliver(
      { type: 'contentToBackground.articleExtracted', payload: extractedPayload({ text: TEXT }) },
      tabSender(),
    );
    expect(reply.ok).toBe(true);
    const { articleId } = (reply as { value: { articleId: number } }).value;
    expect((await db.articles.get(articleId))?.analysisState).toBe('pending');
    void first; // stopped: its listeners and its pending promise are gone with it

    fakeBrowser.reset();
    const second = registerBackground(depsFor(db));
    await fakeBrowser.runtime.onStartup.trigger();
    await second.idle();

    await vi.waitFor(async () => expect((await db.articles.get(articleId))?.analysisState).toBe('done'));
    expect((await analysisRowCounts(articleId)).mentions).toBeGreaterThan(0);
  });
});
