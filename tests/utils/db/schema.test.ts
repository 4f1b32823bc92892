import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, STORES_V1, STORES_V2 } from '@/utils/db/schema';
import { dumpTables, freshDb, writeAtVersion } from './helpers';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

describe('DatelineDB schema', () => {
  it.each([
    ['articles', '++id', true, ['&url', 'lastVisited', 'publishedTime', 'siteName', 'starred', 'analysisState']],
    ['people', '[articleId+personId]', false, ['personId', 'articleId', 'name']],
    ['countries', '[articleId+code]', false, ['code', 'articleId']],
    ['mentions', '++id', true, ['articleId', '[kind+key]']],
    ['events', '++id', true, ['articleId', 'value', 'start', 'end', '*people', '*countries', '*entityDays']],
    ['collections', '++id', true, ['&name']],
    ['collectionItems', '[collectionId+articleId]', false, ['articleId']],
    ['settings', 'key', false, []],
    ['articleTexts', 'articleId', false, []],
    ['searchRows', 'articleId', false, ['*tokens']],
    ['searchShards', 'shard', false, []],
    ['entityCounts', '[kind+key]', false, ['[kind+articles]']],
    ['eventDays', 'key', false, []],
  ])(
    'table %s has primary key %s (auto %s) and indexes %j',
    async (table, expectedKey, expectedAuto, expectedIndexes) => {
      const db = track(freshDb());
      await db.open();

      const schema = db.table(table).schema;
      const actualIndexes = schema.indexes.map((i) => i.src);

      expect(schema.primKey.src).toBe(expectedKey);
      expect(schema.primKey.auto).toBe(expectedAuto);
      expect(actualIndexes).toEqual(expectedIndexes);
    },
  );

  it('creates the same indexes in the real IndexedDB store as it declares', async () => {
    const db = track(freshDb());
    await db.open();
    const idb = db.backendDB();

    const actual = Object.fromEntries(
      [...idb.objectStoreNames].map((store) => {
        const os = idb.transaction(store).objectStore(store);
        return [store, [...os.indexNames].sort()];
      }),
    );

    expect(actual).toEqual({
      articleTexts: [],
      articles: ['analysisState', 'lastVisited', 'publishedTime', 'siteName', 'starred', 'url'],
      collectionItems: ['articleId'],
      collections: ['name'],
      countries: ['articleId', 'code'],
      entityCounts: ['[kind+articles]'],
      eventDays: [],
      events: ['articleId', 'countries', 'end', 'entityDays', 'people', 'start', 'value'],
      mentions: ['[kind+key]', 'articleId'],
      people: ['articleId', 'name', 'personId'],
      searchRows: ['tokens'],
      searchShards: [],
      settings: [],
    });
  });

  it('rejects a second article with the same URL (unique index)', async () => {
    const db = track(freshDb());
    const article = { url: 'https://example.org/a', lastVisited: 1, starred: 0, analysisState: 'pending' };
    await db.articles.add(article as never);

    await expect(db.articles.add(article as never)).rejects.toMatchObject({ name: 'ConstraintError' });
  });

  it('finds events by person and by country through the multi-entry indexes', async () => {
    const db = track(freshDb());
    const base = { articleId: 1, start: '2023-05-01', end: '2023-05-31', text: 's', sentence: { start: 0, end: 1 } };
    await db.events.bulkAdd([
      {
        ...base,
        value: '2023-05',
        timex: { start: 0, end: 1, text: 'May' },
        people: ['kim-jong-un'],
        countries: ['KP'],
      },
      { ...base, value: '2023-06', timex: { start: 0, end: 1, text: 'June' }, people: [], countries: ['KP', 'KR'] },
    ] as never);

    const actualByPerson = await db.events.where('people').equals('kim-jong-un').toArray();
    const actualByCountry = await db.events.where('countries').equals('KP').toArray();

    expect(actualByPerson.map((e) => e.value)).toEqual(['2023-05']);
    expect(actualByCountry.map((e) => e.value).sort()).toEqual(['2023-05', '2023-06']);
  });
});

/**
 * The upgrade-test pattern: write a database as an old version left it (its frozen STORES_Vn), reopen it
 * with the current DatelineDB, and check nothing was lost. Version 2 moved each article's text into articleTexts
 * (tests/utils/db/upgrade-v2.test.ts checks that at scale); version 3 added the derived search rows and entity counts
 * (tests/utils/db/upgrade-v3.test.ts); the rows below are what a version-1 or -2 database becomes.
 */
describe('DatelineDB upgrades', () => {
  const rowsV1 = {
    articles: [
      {
        id: 1,
        url: 'https://example.org/news/1',
        title: 'T',
        byline: null,
        siteName: 'Example',
        lang: 'en',
        publishedTime: '2023-11-08T09:30:00+09:00',
        publishedSource: 'json-ld',
        excerpt: null,
        wordCount: 3,
        text: 'Kim met Biden.',
        firstVisited: 10,
        lastVisited: 20,
        visits: 2,
        starred: 1,
        analysisState: 'done',
        analysisVersion: 1,
        analysedAt: 21,
      },
    ],
    people: [{ articleId: 1, personId: 'kim', name: 'Kim', role: null, countries: ['KP'], mentionCount: 1 }],
    countries: [{ articleId: 1, code: 'KP', name: 'North Korea', mentionCount: 1 }],
    mentions: [{ id: 1, articleId: 1, kind: 'person', key: 'kim', start: 0, end: 3, text: 'Kim' }],
    events: [],
    collections: [{ id: 1, name: 'Korea', createdAt: 5 }],
    collectionItems: [{ collectionId: 1, articleId: 1, addedAt: 6 }],
    settings: [{ key: 'paused', value: true }],
  };

  const { text: textV1, ...articleV2 } = rowsV1.articles[0]!;
  const rowsV2 = { ...rowsV1, articles: [articleV2], articleTexts: [{ articleId: 1, text: textV1 }] };
  const expectedFromV1 = {
    ...rowsV2,
    searchRows: [{ articleId: 1, tokens: ['t', 'example', 'org', 'kim', 'north', 'korea'] }],
    searchShards: [{ shard: 0, lines: '1\t20\t t example org kim north korea' }],
    entityCounts: [
      { kind: 'country', key: 'KP', name: 'North Korea', articles: 1 },
      { kind: 'person', key: 'kim', name: 'Kim', articles: 1 },
    ],
    // No events, so no day counts (version 5; tests/utils/db/upgrade-v5.test.ts counts them at scale).
    eventDays: [],
  };

  it.each([
    [1, STORES_V1, rowsV1, expectedFromV1],
    [2, STORES_V2, rowsV2, expectedFromV1],
  ])(
    'reopens a version %i database with the current schema without losing data',
    async (version, stores, rows, expected) => {
      const factory = new IDBFactory();
      await writeAtVersion(factory, 'dateline-upgrade', version, stores, rows);

      const db = track(freshDb(factory, 'dateline-upgrade'));
      await db.open();
      const actual = await dumpTables(db);

      expect(db.verno).toBe(SCHEMA_VERSION);
      expect(actual).toEqual(expected);
    },
  );

  it('keeps a database written by the class itself across close and reopen', async () => {
    const factory = new IDBFactory();
    const first = freshDb(factory, 'dateline-reopen');
    const id = await first.articles.add({ url: 'https://example.org/x', lastVisited: 1 } as never);
    first.close();

    const second = track(freshDb(factory, 'dateline-reopen'));
    const actual = await second.articles.get(id);

    expect(actual?.url).toBe('https://example.org/x');
  });
});
