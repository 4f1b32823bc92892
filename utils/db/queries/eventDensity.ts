import { isPlaceable } from '../../timeline/dateLabel';
import { bucketOfDay, type DensityBucket, type DensityUnit, type DensityWindow } from '../../timeline/density';
import { datedRange, dayKey, type EventScope } from '../eventKeys';
import type { DatelineDB, EventRecord } from '../schema';
import { collectionMembers, eventFilter, type TimelineFilter } from './timelines';

/**
 * How many events of a filter start in each year, month or day: the timeline chart's density bars, which show every
 * matching event while the list and the markers hold the pages read so far. A filter of everything, a person or a
 * country (with a date range) reads the counts kept per day in `eventDays` (version 5): one row per day with events,
 * never an event. Collections and a person with a country read their events and test them (a collection is small, a
 * person's events a small share of all); so do events starting before a lower date bound that last into it.
 */

/** Start days of matching placeable events, each with how many start on it. */
type Days = Map<string, number>;

function tally(events: EventRecord[], into: Days = new Map()): Days {
  for (const e of events) if (isPlaceable(e)) into.set(e.start!, (into.get(e.start!) ?? 0) + 1);
  return into;
}

function scopeOf(f: TimelineFilter): EventScope {
  if (f.personId !== undefined) return { kind: 'person', id: f.personId };
  if (f.countryCode !== undefined) return { kind: 'country', code: f.countryCode };
  return { kind: 'all' };
}

/** The larger of two keys, or the smaller. */
const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);

/** The matching events' start days within `window` (whole timeline when null). */
async function startDays(db: DatelineDB, f: TimelineFilter, window: DensityWindow | null): Promise<Days> {
  const members = await collectionMembers(db, f);
  const keep = eventFilter(f, members);
  if (members !== null)
    return tally(
      await db.events
        .where('articleId')
        .anyOf([...members])
        .filter(keep)
        .toArray(),
    );
  const scope = scopeOf(f);
  const [first, upper] = datedRange(scope, f.to);
  const lower = window ? max(first, dayKey(scope, window.from)) : first;
  const until = window ? min(upper, dayKey(scope, window.to)) : upper;
  if (lower >= until) return new Map();
  if (f.personId !== undefined && f.countryCode !== undefined) {
    return tally(await db.events.where('entityDays').between(lower, until).filter(keep).toArray());
  }
  const from = f.from === undefined ? lower : max(lower, dayKey(scope, f.from));
  const days: Days = new Map();
  // Events starting before `from` match when they last into it: read those (the timeline page reads them too).
  if (from > lower) tally(await db.events.where('entityDays').between(lower, from).filter(keep).toArray(), days);
  const prefix = first.length;
  for (const row of await db.eventDays.where('key').between(from, until).toArray()) {
    const day = row.key.slice(prefix);
    days.set(day, (days.get(day) ?? 0) + row.count);
  }
  return days;
}

function buckets(days: Days, unit: DensityUnit): DensityBucket[] {
  const counts = new Map<string, number>();
  for (const [day, n] of days) {
    const key = bucketOfDay(day, unit);
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => ({ key, count }));
}

const TABLES = (db: DatelineDB) => [db.events, db.eventDays, db.collectionItems];

/** Events of a filter per year, for the whole timeline (non-empty years only, earliest first). */
export function yearDensity(db: DatelineDB, f: TimelineFilter): Promise<DensityBucket[]> {
  return db.transaction('r', TABLES(db), async () => buckets(await startDays(db, f, null), 'year'));
}

/** Events of a filter per month or day within a window (non-empty buckets only, earliest first). */
export function windowDensity(db: DatelineDB, f: TimelineFilter, window: DensityWindow): Promise<DensityBucket[]> {
  return db.transaction('r', TABLES(db), async () => {
    const found = buckets(await startDays(db, f, window), window.unit);
    return found.filter((b) => b.key >= window.from && b.key < window.to);
  });
}
