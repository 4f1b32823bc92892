import { groupArticleEvents, type ArticleTimeline } from '../../timeline/groupArticleEvents';
import { mergeEvents, type ArticleSummary, type MergedTimeline, type SourcedEvent } from '../../timeline/mergeEvents';
import type { DatelineDB, EventRecord } from '../schema';

/** What a cross-article timeline may be narrowed to; all given filters must hold. */
export interface TimelineFilter {
  personId?: string;
  countryCode?: string;
  collectionId?: number;
  /** Inclusive ISO day bounds on the event's calendar range (events overlapping the range are kept). */
  from?: string;
  to?: string;
}

/** An entity whose timeline is wanted. */
export type EntityRef = { kind: 'person'; id: string } | { kind: 'country'; code: string };

/** One article's events, grouped for display ("This page"). */
export async function articleTimeline(db: DatelineDB, articleId: number): Promise<ArticleTimeline<EventRecord>> {
  return groupArticleEvents(await db.events.where('articleId').equals(articleId).toArray());
}

function overlaps(e: EventRecord, from?: string, to?: string): boolean {
  if (from === undefined && to === undefined) return true;
  if (e.start === null) return false;
  if (to !== undefined && e.start > to) return false;
  if (from !== undefined && (e.end ?? e.start) < from) return false;
  return true;
}

/** The test an event must pass for a filter (`members`: the collection's article ids, when it names one). */
export function eventFilter(f: TimelineFilter, members: ReadonlySet<number> | null): (e: EventRecord) => boolean {
  return (e) =>
    (f.personId === undefined || e.people.includes(f.personId)) &&
    (f.countryCode === undefined || e.countries.includes(f.countryCode)) &&
    (members === null || members.has(e.articleId)) &&
    overlaps(e, f.from, f.to);
}

/**
 * The ids of the articles in the filter's collection, or null when it names none (every article may pass). Reads
 * `collectionItems`, so the caller's transaction must include that table.
 */
export async function collectionMembers(db: DatelineDB, f: TimelineFilter): Promise<Set<number> | null> {
  if (f.collectionId === undefined) return null;
  const items = await db.collectionItems
    .where('[collectionId+articleId]')
    .between([f.collectionId, -Infinity], [f.collectionId, Infinity])
    .toArray();
  return new Set(items.map((i) => i.articleId));
}

/** Joins events with the summaries of their articles. */
export async function withArticles(db: DatelineDB, events: EventRecord[]): Promise<SourcedEvent[]> {
  const ids = [...new Set(events.map((e) => e.articleId))];
  const articles = await db.articles.bulkGet(ids);
  const byId = new Map<number, ArticleSummary>();
  for (const a of articles) {
    if (a)
      byId.set(a.id, { id: a.id, url: a.url, title: a.title, siteName: a.siteName, publishedTime: a.publishedTime });
  }
  return events.flatMap((event) => {
    const article = byId.get(event.articleId);
    return article ? [{ event, article }] : [];
  });
}

/**
 * The events matching a filter, each with its article. Reads through the most selective index the filter offers
 * (person, country, collection, then date range) and checks the rest in memory.
 */
export async function filteredEvents(db: DatelineDB, f: TimelineFilter): Promise<SourcedEvent[]> {
  return db.transaction('r', [db.events, db.articles, db.collectionItems], async () => {
    let events: EventRecord[];
    const members = await collectionMembers(db, f);
    if (f.personId !== undefined) events = await db.events.where('people').equals(f.personId).toArray();
    else if (f.countryCode !== undefined) events = await db.events.where('countries').equals(f.countryCode).toArray();
    else if (members)
      events = await db.events
        .where('articleId')
        .anyOf([...members])
        .toArray();
    else if (f.to !== undefined) events = await db.events.where('start').belowOrEqual(f.to).toArray();
    else events = await db.events.toArray();
    const kept = events.filter(eventFilter(f, members));
    return withArticles(db, kept);
  });
}

/** A person's or country's timeline across all articles, the same event from several articles shown once. */
export async function entityTimeline(db: DatelineDB, entity: EntityRef): Promise<MergedTimeline> {
  const filter: TimelineFilter = entity.kind === 'person' ? { personId: entity.id } : { countryCode: entity.code };
  return mergeEvents(await filteredEvents(db, filter));
}

/** A collection's merged timeline. */
export async function collectionTimeline(db: DatelineDB, collectionId: number): Promise<MergedTimeline> {
  return mergeEvents(await filteredEvents(db, { collectionId }));
}
