import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DatelineDB, STORES_V4 } from '@/utils/db/schema';

/** A DatelineDB in its own in-memory IndexedDB, so tests never share data. */
export function freshDb(factory: IDBFactory = new IDBFactory(), name = 'dateline-test'): DatelineDB {
  return new DatelineDB(name, { indexedDB: factory, IDBKeyRange });
}

/** Rows to write per table: table name → rows. */
export type TableRows = Record<string, Record<string, unknown>[]>;

/**
 * Writes a database exactly as schema version `version` (with its `stores`) left it, then closes it.
 * Upgrade tests call this with a past version's frozen STORES_Vn, then reopen with the current DatelineDB.
 */
export async function writeAtVersion(
  factory: IDBFactory,
  name: string,
  version: number,
  stores: Record<string, string>,
  rows: TableRows,
): Promise<void> {
  const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
  });
  old.close();
}

/** Every row of every table, keyed by table name, for before/after comparisons. */
export async function dumpTables(db: Dexie): Promise<TableRows> {
  const entries = await Promise.all(
    db.tables.map(async (t) => [t.name, (await t.toArray()) as Record<string, unknown>[]] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * A version-4 database of `count` events on one day (one of 500 people each), not yet opened by the current class:
 * opening it runs the version 5 upgrade, long enough at a few thousand events to be watched while it runs.
 */
export async function eventsAtV4(count: number): Promise<DatelineDB> {
  const factory = new IDBFactory();
  const name = `events-v4-${Math.random()}`;
  const events = Array.from({ length: count }, (_, k) => ({
    id: k + 1,
    articleId: 1,
    value: '2024-03-01',
    start: '2024-03-01',
    end: '2024-03-01',
    text: `Event ${k}.`,
    sentence: { start: 0, end: 8 },
    timex: { start: 0, end: 5, text: 'Event' },
    people: [`person-${k % 500}`],
    countries: [],
    entityDays: ['*\u00002024-03-01', `p:person-${k % 500}\u00002024-03-01`],
  }));
  await writeAtVersion(factory, name, 4, STORES_V4, { events });
  return freshDb(factory, name);
}
