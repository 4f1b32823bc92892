import type { Table, Transaction } from 'dexie';
import { VAGUE_DAY } from './eventKeys';
import type { DatelineDB, EventDayRecord, EventRecord } from './schema';
import { forEachBatch } from './batches';

/**
 * Since version 5: how many events each `entityDays` key holds (`<scope>\u0000<day>`, placeable events only), kept
 * at write time in the writer's transaction. IndexedDB counts a key range by walking it, so counting 100,000 events
 * per year, month or day at every zoom took seconds; these rows answer the timeline chart's density by reading one
 * row per day that has events (utils/db/queries/eventDensity.ts).
 */

/** Each placeable `entityDays` key of some events, with how many of them carry it. */
export type DayCounts = Map<string, number>;

/** Tallies the placeable `entityDays` keys of events (vague events have no day to count). */
export function tallyEventDays(events: readonly Pick<EventRecord, 'entityDays'>[], into: DayCounts = new Map()) {
  for (const e of events) {
    for (const key of e.entityDays ?? []) {
      if (!key.endsWith(VAGUE_DAY)) into.set(key, (into.get(key) ?? 0) + 1);
    }
  }
  return into;
}

/** The day counts of some articles' stored events, read before and after a write to them. */
export async function eventDaysOf(db: DatelineDB, articleIds: readonly number[]): Promise<DayCounts> {
  if (articleIds.length === 0) return new Map();
  return tallyEventDays(await db.events.where('articleId').anyOf(articleIds).toArray());
}

/**
 * Applies a write's change to the kept counts: `before` the write's events, `after` them. Must run in the writer's
 * read-write transaction over `eventDays`. Rows that reach zero are deleted.
 */
export async function adjustEventDays(
  source: Pick<DatelineDB, 'eventDays'> | Pick<Transaction, 'table'>,
  before: DayCounts,
  after: DayCounts,
): Promise<void> {
  const table = ('eventDays' in source ? source.eventDays : source.table('eventDays')) as Table<EventDayRecord, string>;
  const keys = [...new Set([...before.keys(), ...after.keys()])].filter(
    (k) => (after.get(k) ?? 0) !== (before.get(k) ?? 0),
  );
  if (keys.length === 0) return;
  const rows = await table.bulkGet(keys);
  const put: EventDayRecord[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const count = (rows[i]?.count ?? 0) + (after.get(key) ?? 0) - (before.get(key) ?? 0);
    if (count > 0) put.push({ key, count });
    else gone.push(key);
  });
  await table.bulkPut(put);
  await table.bulkDelete(gone);
}

/**
 * Version 5's upgrade: counts every stored event's days and writes the rows in one `bulkPut`. The table is created by
 * this very upgrade, so nothing is read back from it (the write paths' `adjustEventDays` read every key first, which
 * doubled the requests). Events are read as whole records in batches of `getAll`: in Chromium that costs less per
 * event than walking the `entityDays` index with a key cursor (one round trip per index entry). What remains is one
 * put per row, the floor of this table's layout (scripts/upgrade/ times it).
 */
export async function fillEventDays(tx: Transaction): Promise<void> {
  const events = tx.table('events') as Table<EventRecord, number>;
  const counts: DayCounts = new Map();
  await forEachBatch(events, 2000, (rows) => {
    tallyEventDays(rows, counts);
  });
  // In key order: the store's B-tree (LevelDB in Chromium) takes appends at its end for less work than scattered keys.
  const keys = [...counts.keys()].sort();
  await (tx.table('eventDays') as Table<EventDayRecord, string>).bulkPut(
    keys.map((key) => ({ key, count: counts.get(key)! })),
  );
}
