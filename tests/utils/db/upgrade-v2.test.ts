import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { STORES_V1, STORES_V2, type DatelineDB } from '@/utils/db/schema';
import { dumpTables, freshDb, writeAtVersion } from './helpers';

const opened: DatelineDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A version-1 article record: the text still inside it. */
function articleV1(id: number, text: string) {
  return {
    id,
    url: `https://example.org/news/${id}`,
    title: `Story ${id}`,
    byline: id % 2 ? 'A. Reporter' : null,
    siteName: 'Example',
    lang: 'en',
    publishedTime: '2023-11-08T09:30:00+09:00',
    publishedSource: 'json-ld',
    excerpt: null,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    text,
    firstVisited: 1_000 + id,
    lastVisited: 2_000 + id,
    visits: 1 + (id % 3),
    starred: id % 5 === 0 ? 1 : 0,
    analysisState: id % 7 === 0 ? 'pending' : 'done',
    analysisVersion: 1,
    analysedAt: 3_000 + id,
  };
}

/** Texts of every kind an article may hold: empty, non-ASCII, astral characters, long (several batches of the move). */
const texts = [
  '',
  'Kim Jong Un met Vladimir Putin in Vladivostok last month.',
  'Zelenskyy spoke in Genève; “quotes”, em—dashes and 東京 survive.',
  'Emoji 🇰🇵 and astral 𝒳 characters keep their UTF-16 offsets.',
  'Word '.repeat(20_000),
];

/** 450 articles: more than two of the upgrade's batches of 200, so the batching itself is exercised. */
const articles = Array.from({ length: 450 }, (_, i) =>
  articleV1(i + 1, `${texts[i % texts.length]}${i ? ` #${i}` : ''}`),
);

const rowsV1 = {
  articles,
  people: [
    { articleId: 2, personId: 'kim-jong-un', name: 'Kim Jong Un', role: 'leader', countries: ['KP'], mentionCount: 2 },
  ],
  countries: [{ articleId: 2, code: 'KP', name: 'North Korea', mentionCount: 1 }],
  mentions: [
    { id: 1, articleId: 2, kind: 'person', key: 'kim-jong-un', start: 0, end: 11, text: 'Kim Jong Un' },
    { id: 2, articleId: 2, kind: 'date', key: '2023-10', start: 44, end: 54, text: 'last month', timexType: 'DATE' },
  ],
  events: [
    {
      id: 1,
      articleId: 2,
      value: '2023-10',
      start: '2023-10-01',
      end: '2023-10-31',
      text: 'Kim Jong Un met Vladimir Putin in Vladivostok last month.',
      sentence: { start: 0, end: 56 },
      timex: { start: 44, end: 54, text: 'last month' },
      people: ['kim-jong-un'],
      countries: ['KP', 'RU'],
    },
  ],
  collections: [{ id: 1, name: 'Korea', createdAt: 5 }],
  collectionItems: [{ collectionId: 1, articleId: 2, addedAt: 6 }],
  settings: [
    { key: 'paused', value: true },
    { key: 'retentionDays', value: 30 },
  ],
};

describe('DatelineDB version 2 upgrade (article texts in their own table)', () => {
  it('adds only the articleTexts table to version 1', () => {
    const { articleTexts, ...rest } = STORES_V2;

    expect(rest).toEqual(STORES_V1);
    expect(articleTexts).toBe('articleId');
  });

  it('moves every text out of its article and keeps every other record as it was', async () => {
    const factory = new IDBFactory();
    await writeAtVersion(factory, 'dateline-v1', 1, STORES_V1, rowsV1);

    const db = freshDb(factory, 'dateline-v1');
    opened.push(db);
    await db.open();
    const actual = await dumpTables(db);

    const expectedArticles = articles.map(({ text: _text, ...rest }) => rest);
    const expectedTexts = articles.map((a) => ({ articleId: a.id, text: a.text }));
    expect(actual.articles).toEqual(expectedArticles);
    expect(actual.articleTexts).toEqual(expectedTexts);
    expect(actual.articles!.some((a) => 'text' in a)).toBe(false);
    for (const table of ['people', 'countries', 'mentions', 'collections', 'collectionItems', 'settings']) {
      expect(actual[table], table).toEqual(rowsV1[table as keyof typeof rowsV1]);
    }
    // Version 3 (opened here too) only adds each event's entityDays keys: tests/utils/db/upgrade-v3.test.ts.
    expect(actual.events!.map(({ entityDays: _keys, ...rest }) => rest)).toEqual(rowsV1.events);
  });

  it('gives the repository the moved text: an unchanged revisit keeps the analysis', async () => {
    const factory = new IDBFactory();
    await writeAtVersion(factory, 'dateline-v1-revisit', 1, STORES_V1, rowsV1);
    const db = freshDb(factory, 'dateline-v1-revisit');
    opened.push(db);
    const { saveArticle } = await import('@/utils/db/articles');
    const a = articles[1]!;

    const actual = await saveArticle(
      db,
      {
        pageUrl: a.url,
        text: a.text,
        meta: {
          title: a.title,
          byline: a.byline,
          siteName: a.siteName,
          lang: a.lang,
          url: a.url,
          publishedTime: a.publishedTime,
          publishedSource: 'json-ld',
          excerpt: a.excerpt,
          wordCount: a.wordCount,
        },
      },
      10_000,
    );

    expect(actual).toEqual({ id: a.id, created: false, analysisState: 'done' });
  });
});
