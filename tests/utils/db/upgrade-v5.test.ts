import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { windowDensity, yearDensity } from '@/utils/db/queries/eventDensity';
import { eventEntityDays } from '@/utils/db/eventKeys';
import { STORES_V4, STORES_V5, type DatelineDB } from '@/utils/db/schema';
import { dumpTables, freshDb, writeAtVersion, type TableRows } from './helpers';

const opened: DatelineDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** 2,500 events: more than one of the upgrade's batches of 2,000. Every 10th is vague (no day to count). */
const SIZE = 2_500;

const articles = Array.from({ length: 50 }, (_, k) => ({
  id: k + 1,
  url: `https://news.example/${k + 1}`,
  title: `Story ${k + 1}`,
  byline: null,
  siteName: 'News',
  lang: 'en',
  publishedTime: '2023-06-01',
  publishedSource: 'meta',
  excerpt: null,
  wordCount: 10,
  firstVisited: k,
  lastVisited: k,
  visits: 1,
  starred: 0,
  analysisState: 'done',
}));

const events = Array.from({ length: SIZE }, (_, k) => {
  const vague = k % 10 === 0;
  const day = `${2020 + (k % 4)}-0${1 + (k % 9)}-${String(1 + (k % 28)).padStart(2, '0')}`;
  const e = {
    id: k + 1,
    articleId: (k % 50) + 1,
    value: vague ? 'PRESENT_REF' : day,
    start: vague ? null : day,
    end: vague ? null : day,
    text: `Event ${k}.`,
    sentence: { start: 0, end: 8 },
    timex: { start: 0, end: 5, text: 'Event' },
    people: k % 8 === 0 ? ['kim-jong-un'] : [],
    countries: k % 2 === 0 ? ['KP'] : ['RU'],
  };
  return { ...e, entityDays: eventEntityDays(e) };
});

const rowsV4 = {
  articles,
  articleTexts: articles.map((a) => ({ articleId: a.id, text: 'Text.' })),
  events,
  collections: [{ id: 1, name: 'Korea', createdAt: 0 }],
  collectionItems: [{ collectionId: 1, articleId: 3, addedAt: 0 }],
  settings: [{ key: 'paused', value: false }],
};

async function upgraded(rows: TableRows = rowsV4): Promise<DatelineDB> {
  const factory = new IDBFactory();
  const name = `upgrade-v5-${Math.random()}`;
  await writeAtVersion(factory, name, 4, STORES_V4, rows);
  const db = freshDb(factory, name);
  opened.push(db);
  await db.open();
  return db;
}

describe('schema version 5 upgrade', () => {
  it('adds only the eventDays table to version 4', () => {
    const { eventDays, ...rest } = STORES_V5;

    expect(rest).toEqual(STORES_V4);
    expect(eventDays).toBe('key');
  });

  it('keeps every record of version 4 as it was', async () => {
    const db = await upgraded();

    const actual = await dumpTables(db);

    for (const [table, rows] of Object.entries(rowsV4)) expect(actual[table], table).toEqual(rows);
  });

  it.each<[string, string, number]>([
    // Placeable events on 2020-01-01: k ≡ 0 (mod 4), (mod 9) and (mod 28), i.e. k ≡ 0 (mod 252), less the vague ones
    // (k ≡ 0 mod 10): k = 252, 504, …, 2268 (9 of them) minus 1260 → 8.
    ['every event', '*\u00002020-01-01', 8],
    ['North Korea (even k)', 'c:KP\u00002020-01-01', 8],
    ['Kim (k ≡ 0 mod 8): k = 504, 1008, 1512, 2016', 'p:kim-jong-un\u00002020-01-01', 4],
    ['Russia (odd k): none', 'c:RU\u00002020-01-01', 0],
  ])('counts %s per day', async (_name, key, expected) => {
    const db = await upgraded();

    const actual = (await db.eventDays.get(key))?.count ?? 0;

    expect(actual).toBe(expected);
  });

  it('counts every placeable event of every scope once, and the chart reads the same counts as the events give', async () => {
    const db = await upgraded();
    const placeable = events.filter((e) => e.start !== null);
    const expectedYears = [2020, 2021, 2022, 2023].map((y) => ({
      key: String(y),
      count: placeable.filter((e) => e.start!.startsWith(String(y))).length,
    }));
    const expectedMay2021 = placeable.filter(
      (e) => e.start!.startsWith('2021-05') && e.countries.includes('KP'),
    ).length;

    const rows = await db.eventDays.toArray();
    const years = await yearDensity(db, {});
    const may = await windowDensity(db, { countryCode: 'KP' }, { unit: 'month', from: '2021-05', to: '2021-06' });

    const starCount = rows.filter((r) => r.key.startsWith('*')).reduce((n, r) => n + r.count, 0);
    expect(starCount).toBe(placeable.length);
    expect(years).toEqual(expectedYears);
    expect(may).toEqual(expectedMay2021 === 0 ? [] : [{ key: '2021-05', count: expectedMay2021 }]);
  });
});

/**
 * A larger history: `size` events over 200 articles, each with up to three of 400 people and up to two of 40
 * countries (drawn with a fixed-seed generator), days spread over six years, every 10th event vague.
 */
function spreadEvents(size: number) {
  let seed = size;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return (seed >>> 8) % n;
  };
  return Array.from({ length: size }, (_, k) => {
    const vague = k % 10 === 0;
    const day = `${2019 + next(6)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
    const e = {
      id: k + 1,
      articleId: (k % 200) + 1,
      value: vague ? 'PAST_REF' : day,
      start: vague ? null : day,
      end: vague ? null : day,
      text: `Event ${k}.`,
      sentence: { start: 0, end: 8 },
      timex: { start: 0, end: 5, text: 'Event' },
      people: Array.from({ length: next(4) }, () => `person-${next(400)}`),
      countries: Array.from({ length: next(3) }, () => `C${next(40)}`),
    };
    return { ...e, entityDays: eventEntityDays(e) };
  });
}

describe('schema version 5 upgrade at a larger size', () => {
  it.each([
    ['one batch of 2,000', 2_000],
    ['a few thousand events over several batches', 5_000],
  ])('keeps, for %s, exactly the counts the entityDays index itself gives', async (_name, size) => {
    const db = await upgraded({ ...rowsV4, events: spreadEvents(size) });
    // IndexedDB's own count of each key: the index has one entry per event and key; vague days are not counted.
    const expected = new Map<string, number>();
    for (const key of (await db.events.orderBy('entityDays').keys()) as string[]) {
      if (!key.endsWith('\u0000~')) expected.set(key, (expected.get(key) ?? 0) + 1);
    }

    const actual = new Map((await db.eventDays.toArray()).map((r) => [r.key, r.count]));

    expect(actual).toEqual(expected);
    expect(actual.size).toBeGreaterThan(size / 2);
  });
});
