import type { Collection, InsertType } from 'dexie';
import { mergeEvents, type MergedTimeline } from '../../timeline/mergeEvents';
import { datedRange, dayKey, vagueKey, type EventScope } from '../eventKeys';
import type { DatelineDB, EventRecord } from '../schema';
import { collectionMembers, eventFilter, withArticles, type EntityRef, type TimelineFilter } from './timelines';

/** The first part of a cross-article timeline: the earliest events, merged, and whether more follow. */
export interface TimelinePage extends MergedTimeline {
  /** Distinct articles among the events read. */
  articles: number;
  /** True when events after the last one read exist (ask again with a larger `limit`). */
  more: boolean;
}

/** Events read for a page at first, and added by each "Show more". */
export const TIMELINE_PAGE = 300;

function scopeOf(f: TimelineFilter): EventScope {
  if (f.personId !== undefined) return { kind: 'person', id: f.personId };
  if (f.countryCode !== undefined) return { kind: 'country', code: f.countryCode };
  return { kind: 'all' };
}

/** True when the index range alone answers the filter: no collection, no second entity, no lower date bound. */
function onlyScope(f: TimelineFilter, members: Set<number> | null): boolean {
  return members === null && f.from === undefined && (f.personId === undefined || f.countryCode === undefined);
}

/**
 * Reads about `limit` events of a scope in date order from the `entityDays` index, then the rest of the last day read,
 * so that every date value is read whole (reports of one event share their date, so they are merged within a page
 * and a later page never holds another report of an event already shown). Vague events follow, up to `limit`.
 */
async function readPage(
  db: DatelineDB,
  scope: EventScope,
  f: TimelineFilter,
  keep: ((e: EventRecord) => boolean) | null,
  limit: number,
) {
  // Without a test to pass, IndexedDB reads the page in one getAll; a test makes it walk a cursor.
  const where = <C extends Collection<EventRecord, number, InsertType<EventRecord, 'id'>>>(range: C): C =>
    keep ? (range.filter(keep) as C) : range;
  const [lower, upper] = datedRange(scope, f.to);
  const dated = () => where(db.events.where('entityDays').between(lower, upper, true, false));
  const events = await dated().limit(limit).toArray();
  let more = false;
  if (events.length === limit && limit > 0) {
    const lastDay = events[events.length - 1]!.start!;
    const seen = new Set(events.map((e) => e.id));
    const rest = await where(db.events.where('entityDays').equals(dayKey(scope, lastDay))).toArray();
    for (const e of rest) if (!seen.has(e.id)) events.push(e);
    const after = where(db.events.where('entityDays').between(dayKey(scope, lastDay), upper, false, false));
    more = (await after.first()) !== undefined;
  }
  if (f.from === undefined && f.to === undefined) {
    const vague = await where(db.events.where('entityDays').equals(vagueKey(scope)))
      .limit(limit)
      .toArray();
    more ||= vague.length === limit && limit > 0;
    events.push(...vague);
  }
  return { events, more };
}

/**
 * The first events of a timeline for a filter, merged as `mergeEvents` merges them, earliest first: a person's, a
 * country's or everything's read a page at a time in date order; a collection's read whole (collections are made by
 * hand, so they stay small). `limit` grows with "Show more"; with Infinity the page is the whole timeline.
 */
export async function timelinePage(db: DatelineDB, f: TimelineFilter, limit = TIMELINE_PAGE): Promise<TimelinePage> {
  return db.transaction('r', [db.events, db.articles, db.collectionItems], async () => {
    const members = await collectionMembers(db, f);
    const keep = eventFilter(f, members);
    const { events, more } =
      members !== null && f.personId === undefined && f.countryCode === undefined
        ? {
            events: await db.events
              .where('articleId')
              .anyOf([...members])
              .filter(keep)
              .toArray(),
            more: false,
          }
        : await readPage(db, scopeOf(f), f, onlyScope(f, members) ? null : keep, limit);
    // Merging is order-sensitive (a report joins the first cluster it matches): in id order, as the whole-timeline
    // reads gave them, a page merges exactly as the whole timeline did.
    events.sort((a, b) => a.id - b.id);
    const reports = await withArticles(db, events);
    return { ...mergeEvents(reports), articles: new Set(reports.map((r) => r.article.id)).size, more };
  });
}

/** The first page of a person's or country's timeline (the popup's People & countries view). */
export function entityTimelinePage(db: DatelineDB, entity: EntityRef, limit = TIMELINE_PAGE): Promise<TimelinePage> {
  return timelinePage(db, entity.kind === 'person' ? { personId: entity.id } : { countryCode: entity.code }, limit);
}
