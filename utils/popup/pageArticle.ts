import type { HistoryEntry } from '../db/articles';
import { findArticleIdByUrl } from '../db/queries/articleByUrl';
import type { CountryRecord, DatelineDB, EventRecord, PersonRecord } from '../db/schema';
import { groupArticleEvents, type ArticleTimeline } from '../timeline/groupArticleEvents';
import type { EntitySpan } from './highlights';

/** Everything "This page" shows of one article. */
export interface PageArticle {
  article: HistoryEntry;
  timeline: ArticleTimeline<EventRecord>;
  /** Most mentioned first. */
  people: PersonRecord[];
  countries: CountryRecord[];
  /** Person and country mentions, to highlight them in the events' sentences. */
  spans: EntitySpan[];
}

/** One article's events, people, countries and mentions for "This page", in one read transaction; null if gone. */
export async function loadPageArticle(db: DatelineDB, articleId: number): Promise<PageArticle | null> {
  return db.transaction('r', [db.articles, db.people, db.countries, db.mentions, db.events], async () => {
    const record = await db.articles.get(articleId);
    if (!record) return null;
    const [people, countries, mentions, events] = await Promise.all([
      db.people.where('articleId').equals(articleId).toArray(),
      db.countries.where('articleId').equals(articleId).toArray(),
      db.mentions.where('articleId').equals(articleId).toArray(),
      db.events.where('articleId').equals(articleId).toArray(),
    ]);
    const spans: EntitySpan[] = [];
    for (const m of mentions) {
      if (m.kind !== 'date') spans.push({ kind: m.kind, key: m.key, start: m.start, end: m.end });
    }
    const byMentions = <T extends { mentionCount: number; name: string }>(a: T, b: T) =>
      b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);
    return {
      article: record,
      timeline: groupArticleEvents(events),
      people: people.sort(byMentions),
      countries: countries.sort(byMentions),
      spans,
    };
  });
}

/**
 * The article a tab shows: by the id the tab reported when there is one (and it is still stored), else by the tab's
 * address. Null when the page is not a stored article.
 */
export async function findPageArticle(
  db: DatelineDB,
  page: { url: string | null; articleId?: number | null },
): Promise<PageArticle | null> {
  if (page.articleId != null) {
    const known = await loadPageArticle(db, page.articleId);
    if (known) return known;
  }
  if (!page.url) return null;
  const id = await findArticleIdByUrl(db, page.url);
  return id === null ? null : loadPageArticle(db, id);
}
