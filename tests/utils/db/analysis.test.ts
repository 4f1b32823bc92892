import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markAnalysisError, markNotAnalysed, saveAnalysis } from '@/utils/db/analysis';
import { mentionCount } from '@/utils/db/analysisRecords';
import { saveArticle } from '@/utils/db/articles';
import { StorageQuotaError } from '@/utils/db/quota';
import type { DatelineDB } from '@/utils/db/schema';
import { extractedPayload } from '../messaging/fixtures';
import { ANALYSIS, ANALYSIS_MENTIONS, TEXT } from './analysisFixture';
import { dumpTables, freshDb } from './helpers';

let db: DatelineDB;
let articleId: number;
const stamp = { version: 1, now: 2000, text: TEXT };

beforeEach(async () => {
  db = freshDb();
  ({ id: articleId } = await saveArticle(db, extractedPayload({ text: TEXT }), 1000));
});
afterEach(() => db.close());

describe('saveAnalysis', () => {
  it('stores people, countries, mentions and events and marks the article done', async () => {
    const saved = await saveAnalysis(db, articleId, ANALYSIS, stamp);
    const article = await db.articles.get(articleId);
    const people = await db.people.toArray();
    const countries = await db.countries.orderBy('code').toArray();
    const mentions = await db.mentions.where('articleId').equals(articleId).toArray();
    const events = await db.events.toArray();

    expect(saved).toBe(true);
    expect(article).toMatchObject({ analysisState: 'done', analysisVersion: 1, analysedAt: 2000 });
    expect(people).toEqual([
      {
        articleId,
        personId: 'kim-yung-ho',
        name: 'Kim Yung-ho',
        role: 'South Korean Unification Minister',
        countries: ['KR'],
        mentionCount: 2,
      },
    ]);
    expect(countries.map((c) => [c.code, c.mentionCount])).toEqual([
      ['KP', 2],
      ['KR', 1],
      ['RU', 1],
    ]);
    expect(mentions).toHaveLength(ANALYSIS_MENTIONS);
    expect(mentions.every((m) => TEXT.slice(m.start, m.end) === m.text)).toBe(true);
    expect(mentions.filter((m) => m.kind === 'date').map((m) => [m.key, m.timexType])).toEqual([
      ['FUTURE_REF', 'DATE'],
      ['2023-05', 'DATE'],
    ]);
    expect(events).toEqual([
      expect.objectContaining({
        articleId,
        value: '2023-05',
        start: '2023-05-01',
        end: '2023-05-31',
        timex: expect.objectContaining({ text: 'May' }),
        countries: ['KP'],
      }),
    ]);
  });

  it('counts mentions for the badge', () => {
    expect(mentionCount(ANALYSIS)).toBe(ANALYSIS_MENTIONS);
  });

  it('replaces the previous analysis instead of adding to it', async () => {
    await saveAnalysis(db, articleId, ANALYSIS, stamp);
    const smaller = { ...ANALYSIS, people: [], events: [] };

    await saveAnalysis(db, articleId, smaller, { ...stamp, version: 2 });

    expect(await db.people.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await db.mentions.count()).toBe(ANALYSIS_MENTIONS - 2);
    expect((await db.articles.get(articleId))?.analysisVersion).toBe(2);
  });

  it('writes nothing when the text changed while the analysis ran', async () => {
    await saveArticle(db, extractedPayload({ text: `${TEXT} Updated.` }), 1500);

    const saved = await saveAnalysis(db, articleId, ANALYSIS, stamp);

    expect(saved).toBe(false);
    expect(await db.mentions.count()).toBe(0);
    expect((await db.articles.get(articleId))?.analysisState).toBe('pending');
  });

  it('rejects for an article that does not exist, writing nothing', async () => {
    await expect(saveAnalysis(db, 999, ANALYSIS, stamp)).rejects.toThrow('No article 999');
    expect(await db.people.count()).toBe(0);
  });
});

/** A DBCore middleware that fails writes to `table` the way a full disk does. */
function failWritesTo(table: string) {
  return {
    stack: 'dbcore' as const,
    name: 'quota-exceeded',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return {
          ...t,
          mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        };
      },
    }),
  };
}

describe('storage full', () => {
  it.each(['mentions', 'events'])(
    'fails saveAnalysis with StorageQuotaError when %s cannot be written, keeping the previous analysis',
    async (table) => {
      await saveAnalysis(db, articleId, ANALYSIS, stamp);
      const expected = await dumpTables(db);
      db.close();
      db.use(failWritesTo(table));
      await db.open();

      const attempt = saveAnalysis(db, articleId, { ...ANALYSIS, people: [] }, { ...stamp, version: 2 });

      await expect(attempt).rejects.toBeInstanceOf(StorageQuotaError);
      expect(await dumpTables(db)).toEqual(expected);
    },
  );

  it('fails saveArticle with StorageQuotaError and stores nothing', async () => {
    db.close();
    db.use(failWritesTo('articles'));
    await db.open();

    const attempt = saveArticle(
      db,
      extractedPayload({ pageUrl: 'https://b.example/new', meta: { ...extractedPayload().meta, url: null } }),
      3000,
    );

    await expect(attempt).rejects.toBeInstanceOf(StorageQuotaError);
    expect(await db.articles.count()).toBe(1);
  });
});

describe('markNotAnalysed and markAnalysisError', () => {
  it.each([
    ['fr', 'Language not supported: fr'],
    [null, 'Language not recognised as English'],
    ['und', 'Language not recognised as English'],
  ])('records language %s as not analysed and drops an older analysis', async (lang, expectedError) => {
    await saveAnalysis(db, articleId, ANALYSIS, stamp);

    await markNotAnalysed(db, articleId, lang, { ...stamp, version: 2 });

    expect(await db.articles.get(articleId)).toMatchObject({
      analysisState: 'not-analysed-language',
      analysisError: expectedError,
      analysisVersion: 2,
    });
    expect(await db.mentions.count()).toBe(0);
  });

  it('records an error message, cut to 500 characters', async () => {
    await markAnalysisError(db, articleId, 'x'.repeat(600), 3000);

    const actual = await db.articles.get(articleId);

    expect(actual?.analysisState).toBe('error');
    expect(actual?.analysisError).toHaveLength(500);
  });

  it('clears the error once an analysis succeeds', async () => {
    await markAnalysisError(db, articleId, 'boom', 3000);
    await saveAnalysis(db, articleId, ANALYSIS, stamp);

    expect((await db.articles.get(articleId))?.analysisError).toBeUndefined();
  });
});
