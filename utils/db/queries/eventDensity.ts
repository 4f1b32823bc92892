import { isPlaceable } from '../../timeline/dateLabel';
import { type DensityBucket, type DensityUnit, type DensityWindow } from '../../timeline/density';
import { datedRange, dayKey, type EventScope } from '../eventKeys';
import type { DatelineDB, EventRecord } from '../schema';
import { eventFilter, type TimelineFilter } from './timelines';

/**
 * How many events of a filter start in each year, month or day: the timeline chart's density bars, which show every
 * matching event while the list and the markers hold the pages read so far. A filter the `entityDays` index answers
 * alone (everything, a person, a country, up to a day) is counted with index counts, never reading an event: decades
 * first, then only inside the non-empty ones, years, months, days. Collections and a person with a country read
 * their events (a collection is small; a person's events are a small share of all).
 */

/** Key prefixes one level finer: a decade ("202") into years, a year into months, a month into days. */
function children(prefix: string): string[] {
  if (prefix.length === 3) return Array.from({ length: 10 }, (_, i) => `${prefix}${i}`);
  if (prefix.length === 4) return Array.from({ length: 12 }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
  const [y, m] = prefix.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last of this one; 2000 and 2001 stand in for leap and common years.
  const days = new Date(Date.UTC(isLeap(y) ? 2000 : 2001, m, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const LENGTH: Record<DensityUnit, number> = { year: 4, month: 7, day: 10 };

/** Whether any day starting with `prefix` lies in [from, to) (window keys of any unit, compared as prefixes). */
function touches(prefix: string, window: DensityWindow | null): boolean {
  return window === null || (`${prefix}\uffff` > window.from && prefix < window.to);
}

interface Counter {
  /** Events starting on a day that begins with `prefix`. */
  count(prefix: string): Promise<number>;
  /** First and last start day counted, or null when none. */
  bounds(): Promise<[string, string] | null>;
}

/** Counts with the `entityDays` index (plus, below a lower date bound, the earlier events still overlapping it). */
function indexCounter(db: DatelineDB, scope: EventScope, f: TimelineFilter, early: Map<string, number>): Counter {
  const [first, upper] = datedRange(scope, f.to);
  const lower = f.from === undefined ? first : dayKey(scope, f.from);
  const range = () => db.events.where('entityDays').between(lower, upper, true, false);
  return {
    async count(prefix) {
      const a = dayKey(scope, prefix);
      const b = `${a}\uffff`;
      const from = a > lower ? a : lower;
      const to = b < upper ? b : upper;
      const counted = from < to ? await db.events.where('entityDays').between(from, to, true, false).count() : 0;
      let before = 0;
      for (const [day, n] of early) if (day.startsWith(prefix)) before += n;
      return counted + before;
    },
    async bounds() {
      const [head, tail] = await Promise.all([range().first(), range().last()]);
      const days = [...early.keys(), head?.start, tail?.start].filter((d): d is string => typeof d === 'string');
      return days.length === 0
        ? null
        : [days.reduce((a, b) => (a < b ? a : b)), days.reduce((a, b) => (a > b ? a : b))];
    },
  };
}

/** Counts start days held in memory. */
function memoryCounter(days: Map<string, number>): Counter {
  return {
    count: (prefix) => {
      let n = 0;
      for (const [day, c] of days) if (day.startsWith(prefix)) n += c;
      return Promise.resolve(n);
    },
    bounds: () => {
      const sorted = [...days.keys()].sort();
      return Promise.resolve(sorted.length === 0 ? null : [sorted[0]!, sorted[sorted.length - 1]!]);
    },
  };
}

function tally(events: EventRecord[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const e of events) if (isPlaceable(e)) days.set(e.start!, (days.get(e.start!) ?? 0) + 1);
  return days;
}

async function counterFor(db: DatelineDB, f: TimelineFilter): Promise<Counter> {
  let members: Set<number> | null = null;
  if (f.collectionId !== undefined) {
    const items = await db.collectionItems
      .where('[collectionId+articleId]')
      .between([f.collectionId, -Infinity], [f.collectionId, Infinity])
      .toArray();
    members = new Set(items.map((i) => i.articleId));
  }
  const keep = eventFilter(f, members);
  if (members !== null) {
    return memoryCounter(
      tally(
        await db.events
          .where('articleId')
          .anyOf([...members])
          .filter(keep)
          .toArray(),
      ),
    );
  }
  const scope: EventScope =
    f.personId !== undefined
      ? { kind: 'person', id: f.personId }
      : f.countryCode !== undefined
        ? { kind: 'country', code: f.countryCode }
        : { kind: 'all' };
  const [lower, upper] = datedRange(scope, f.to);
  if (f.personId !== undefined && f.countryCode !== undefined) {
    return memoryCounter(tally(await db.events.where('entityDays').between(lower, upper).filter(keep).toArray()));
  }
  // Events starting before `from` match when they last into it: read those (the timeline page reads them too).
  const early =
    f.from === undefined
      ? new Map<string, number>()
      : tally(await db.events.where('entityDays').between(lower, dayKey(scope, f.from)).filter(keep).toArray());
  return indexCounter(db, scope, f, early);
}

/** Counts `unit` buckets, walking down from decades through non-empty prefixes that touch the window. */
async function drill(counter: Counter, unit: DensityUnit, window: DensityWindow | null): Promise<DensityBucket[]> {
  const bounds = await counter.bounds();
  if (bounds === null) return [];
  const [firstDecade, lastDecade] = bounds.map((d) => Number(d.slice(0, 3))) as [number, number];
  let level = Array.from({ length: lastDecade - firstDecade + 1 }, (_, i) => String(firstDecade + i).padStart(3, '0'));
  for (;;) {
    const touching = level.filter((p) => touches(p, window));
    const counts = await Promise.all(touching.map((p) => counter.count(p)));
    const found = touching.map((key, i) => ({ key, count: counts[i]! })).filter((b) => b.count > 0);
    if (found.length === 0 || found[0]!.key.length >= LENGTH[unit]) return found;
    level = found.flatMap((b) => children(b.key));
  }
}

/** Events of a filter per year, for the whole timeline (non-empty years only, earliest first). */
export function yearDensity(db: DatelineDB, f: TimelineFilter): Promise<DensityBucket[]> {
  return db.transaction('r', [db.events, db.collectionItems], async () => drill(await counterFor(db, f), 'year', null));
}

/** Events of a filter per month or day within a window (non-empty buckets only, earliest first). */
export function windowDensity(db: DatelineDB, f: TimelineFilter, window: DensityWindow): Promise<DensityBucket[]> {
  return db.transaction('r', [db.events, db.collectionItems], async () => {
    const found = await drill(await counterFor(db, f), window.unit, window);
    return found.filter((b) => b.key >= window.from && b.key < window.to);
  });
}
