import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { eventEntityDays } from '@/utils/db/eventKeys';
import { searchHistory } from '@/utils/db/queries/history';
import { rankPeople } from '@/utils/db/queries/rankEntities';
import { timelinePage } from '@/utils/db/queries/timelinePage';
import { filteredEvents } from '@/utils/db/queries/timelines';
import { STORES_V2, STORES_V3, type DatelineDB } from '@/utils/db/schema';
import { mergeEvents } from '@/utils/timeline/mergeEvents';
import { compareRanked, countArticlesPerEntity } from '@/utils/timeline/rankEntities';
import { hostOf, searchTokens } from '@/utils/timeline/searchIndex';
import { dumpTables, freshDb, writeAtVersion } from './helpers';

const opened: DatelineDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const NAMES = ['Kim Jong Un', 'Vladimir Putin', 'Fumio Kishida', 'Emmanuel Macron', 'Volodymyr Zelenskyy', 'Joe Biden'];
const COUNTRIES = [
  { code: 'KP', name: 'North Korea' },
  { code: 'RU', name: 'Russia' },
  { code: 'JP', name: 'Japan' },
  { code: 'FR', name: 'France' },
];

/** 1,100 articles: more than two of the upgrade's batches of 500. */
const SIZE = 1_100;

const articles = Array.from({ length: SIZE }, (_, k) => {
  const id = k + 1;
  return {
    id,
    url: `https://www.site${id % 7}.example/news/${id}`,
    title: id % 10 === 0 ? null : `Story ${id}: Genève talks, ${['launch', 'summit', 'trade'][id % 3]}`,
    byline: null,
    siteName: id % 4 === 0 ? null : `Site ${id % 7}`,
    lang: 'en',
    publishedTime: `2023-${String((id % 12) + 1).padStart(2, '0')}-01`,
    publishedSource: 'meta',
    excerpt: null,
    wordCount: 10,
    firstVisited: id,
    lastVisited: 1_000 + id,
    visits: 1,
    starred: id % 9 === 0 ? 1 : 0,
    analysisState: 'done',
    analysisVersion: 1,
    analysedAt: 2_000 + id,
  };
});

// A person's name as the first article wrote it is the one the ranking shows; a later spelling must not replace it.
const people = articles.flatMap(({ id }) =>
  [...new Set([id % NAMES.length, (id * 5) % NAMES.length])].map((p) => ({
    articleId: id,
    personId: `person-${p}`,
    name: p === 1 && id > 500 ? 'V. Putin' : NAMES[p]!,
    role: null,
    countries: [],
    mentionCount: 1,
  })),
);
const countries = articles.flatMap(({ id }) =>
  id % 3 === 0 ? [] : [{ articleId: id, ...COUNTRIES[id % COUNTRIES.length]!, mentionCount: 2 }],
);
const events = articles.slice(0, 300).flatMap(({ id }, k) => [
  {
    id: 2 * k + 1,
    articleId: id,
    value: '2023-05',
    start: '2023-05-01',
    end: '2023-05-31',
    text: `Kim Jong Un met Vladimir Putin in May, report ${id % 4}.`,
    sentence: { start: 0, end: 40 },
    timex: { start: 30, end: 33, text: 'May' },
    people: people.filter((p) => p.articleId === id).map((p) => p.personId),
    countries: countries.filter((c) => c.articleId === id).map((c) => c.code),
  },
  {
    id: 2 * k + 2,
    articleId: id,
    value: 'FUTURE_REF',
    start: null,
    end: null,
    text: 'A launch is expected in the coming months.',
    sentence: { start: 41, end: 83 },
    timex: { start: 60, end: 82, text: 'in the coming months' },
    people: [],
    countries: ['KP'],
  },
]);

const rowsV2 = {
  articles,
  articleTexts: articles.map((a) => ({ articleId: a.id, text: `Text of ${a.id}` })),
  people,
  countries,
  mentions: [{ id: 1, articleId: 1, kind: 'person', key: 'person-1', start: 0, end: 5, text: 'Putin' }],
  events,
  collections: [{ id: 1, name: 'Korea', createdAt: 5 }],
  collectionItems: [{ collectionId: 1, articleId: 2, addedAt: 6 }],
  settings: [{ key: 'retentionDays', value: 30 }],
};

async function upgraded(name: string): Promise<DatelineDB> {
  const factory = new IDBFactory();
  await writeAtVersion(factory, name, 2, STORES_V2, rowsV2);
  const db = freshDb(factory, name);
  opened.push(db);
  await db.open();
  return db;
}

describe('DatelineDB version 3 upgrade (search rows, entity counts, entityDays)', () => {
  it('adds the two derived tables and the events index to version 2', () => {
    const { searchRows, entityCounts, events, ...rest } = STORES_V3;

    expect({ ...rest, events: STORES_V2.events }).toEqual(STORES_V2);
    expect(events).toBe(`${STORES_V2.events}, *entityDays`);
    expect([searchRows, entityCounts]).toEqual(['articleId, *tokens', '[kind+key], [kind+articles]']);
  });

  it('keeps every record, gives each event its keys and fills the derived rows from the data', async () => {
    const db = await upgraded('dateline-v2-to-v3');
    const actual = await dumpTables(db);

    for (const table of ['articles', 'articleTexts', 'countries', 'mentions', 'collections', 'settings']) {
      expect(actual[table], table).toEqual(rowsV2[table as keyof typeof rowsV2]);
    }
    // Rows come back in primary-key order ([articleId+personId]).
    const byKey = (a: (typeof people)[number], b: (typeof people)[number]) =>
      a.articleId - b.articleId || (a.personId < b.personId ? -1 : 1);
    expect(actual.people).toEqual([...people].sort(byKey));
    expect(actual.collectionItems).toEqual(rowsV2.collectionItems);
    expect(actual.events).toEqual(events.map((e) => ({ ...e, entityDays: eventEntityDays(e) })));

    const expectedTokens = articles.map((a) => {
      const names = [...people, ...countries].filter((r) => r.articleId === a.id).map((r) => r.name);
      const words = [a.title, a.siteName, hostOf(a.url), ...names].flatMap((t) => (t ? searchTokens(t) : []));
      return { articleId: a.id, tokens: [...new Set(words)].sort() };
    });
    const actualTokens = (actual.searchRows as { articleId: number; tokens: string[] }[]).map((r) => ({
      articleId: r.articleId,
      tokens: [...r.tokens].sort(),
    }));
    expect(actualTokens).toEqual(expectedTokens);

    const counted = countArticlesPerEntity(people.map((p) => [p.personId, p.articleId] as const));
    const expectedPeople = counted.map((c) => ({
      kind: 'person',
      key: c.key,
      name: people.find((p) => p.personId === c.key)!.name,
      articles: c.articles,
    }));
    expect(actual.entityCounts!.filter((c) => c.kind === 'person')).toEqual(
      expectedPeople.sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
    expect(actual.entityCounts!.find((c) => c.key === 'person-1')?.name).toBe('Vladimir Putin');
  });

  it('answers search, ranking and timelines as version 2 did from the same data', async () => {
    const db = await upgraded('dateline-v2-to-v3-queries');

    const expectedSearch = articles
      .filter(
        (a) => a.title?.includes('summit') && people.some((p) => p.articleId === a.id && p.personId === 'person-0'),
      )
      .map((a) => a.id)
      .reverse();
    const actualSearch = await searchHistory(db, 'summ kim', {}, 2_000);
    expect(actualSearch.articles.map((a) => a.id)).toEqual(expectedSearch);

    const expectedRank = countArticlesPerEntity(
      people.map((p) => [p.personId, p.articleId] as const),
      4,
    )
      .map((c) => ({ ...c, name: people.find((p) => p.personId === c.key)!.name }))
      .sort(compareRanked);
    expect(await rankPeople(db, 4)).toEqual(expectedRank);

    const expectedTimeline = mergeEvents(await filteredEvents(db, { countryCode: 'KP' }));
    const actualTimeline = await timelinePage(db, { countryCode: 'KP' }, Infinity);
    expect(actualTimeline.dated).toEqual(expectedTimeline.dated);
    expect(actualTimeline.vague).toEqual(expectedTimeline.vague);
  });
});
