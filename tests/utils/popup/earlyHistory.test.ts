import { IDBFactory, IDBIndex } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryHistory } from '@/utils/db/queries/history';
import { DB_NAME, SCHEMA_VERSION, STORES_V4, type ArticleRecord, type DatelineDB } from '@/utils/db/schema';
import { readEarlyHistory, type EarlyHistory } from '@/utils/popup/earlyHistory';
import { entry } from '../../components/historyFixtures';
import { freshDb, writeAtVersion } from '../db/helpers';

const opened: DatelineDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function open(factory: IDBFactory): DatelineDB {
  const db = freshDb(factory, DB_NAME);
  opened.push(db);
  return db;
}

/** An article read at `lastVisited` (ms); several share a time so that ties are tested. */
function article(id: number, lastVisited: number): ArticleRecord {
  return entry({ id, url: `https://news.example/${id}`, title: `Story ${id}`, firstVisited: lastVisited, lastVisited });
}

/** A history where reading times repeat (ties) and ids are not in reading order. */
function history(size: number): ArticleRecord[] {
  return Array.from({ length: size }, (_, k) => article(k + 1, ((k * 7) % size) - (k % 3)));
}

/** Reads the newest rows as each browser can: in one request (Chromium's getAllRecords), or with a cursor (others). */
const WAYS = [
  ['in one request', () => () => {}],
  [
    'with a cursor',
    () => {
      const proto = IDBIndex.prototype as unknown as Record<string, unknown>;
      const saved = proto.getAllRecords;
      delete proto.getAllRecords;
      return () => void (proto.getAllRecords = saved);
    },
  ],
] as const;

describe.each(WAYS)('readEarlyHistory, reading %s', (_way, setUp) => {
  let restore = () => {};
  beforeEach(() => {
    restore = setUp();
  });
  afterEach(() => restore());

  it.each([
    ['an empty history', 0, 12],
    ['fewer articles than asked', 5, 12],
    ['exactly as many', 12, 12],
    ['a longer history, with ties', 200, 12],
    ['a longer history, one row', 200, 1],
  ])('reads what the live query reads: %s', async (_name, size, limit) => {
    const factory = new IDBFactory();
    const db = open(factory);
    await db.articles.bulkAdd(history(size));
    const expected = await queryHistory(db, {}, limit);

    const actual = await readEarlyHistory(factory, limit);

    expect(actual).toEqual<EarlyHistory>({ articles: expected.articles });
  });
});

describe('readEarlyHistory', () => {
  it('never creates the database on a first run (Dexie then creates it at the current schema)', async () => {
    const factory = new IDBFactory();

    const actual = await readEarlyHistory(factory, 12);
    const names = (await factory.databases()).map((d) => d.name);
    const db = open(factory);
    await db.open();

    expect(actual).toBeNull();
    expect(names).toEqual([]);
    expect(db.verno).toBe(SCHEMA_VERSION);
  });

  it('reads nothing from a database at an older version, and leaves it for Dexie to upgrade', async () => {
    const factory = new IDBFactory();
    await writeAtVersion(factory, DB_NAME, 4, STORES_V4, { articles: [{ ...article(1, 10) }] });

    const actual = await readEarlyHistory(factory, 12);
    const db = open(factory);
    const upgraded = await db.articles.toArray();

    expect(actual).toBeNull();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(upgraded.map((a) => a.id)).toEqual([1]);
  });

  it('closes its connection, so a later upgrade is never held up', async () => {
    const factory = new IDBFactory();
    const db = open(factory);
    await db.articles.add(article(1, 10));
    db.close();

    await readEarlyHistory(factory, 12);
    const upgrade = await new Promise<string>((resolve) => {
      const request = factory.open(DB_NAME, 1000);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('upgraded');
      };
    });

    expect(upgrade).toBe('upgraded');
  });

  it('gives null, not an error, where there is no IndexedDB to open', async () => {
    const broken = {
      open: () => {
        throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
      },
    } as unknown as IDBFactory;

    await expect(readEarlyHistory(broken, 12)).resolves.toBeNull();
  });
});
