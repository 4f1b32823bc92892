import type { ArticleRecord, CountryRecord, EventRecord, MentionRecord, PersonRecord } from '../db/schema';
import type { ExportedArticle } from '../export/types';

/** An imported article's rows, before the database has given the article its id. */
export interface NewArticleRows {
  article: Omit<ArticleRecord, 'id'>;
  people: Omit<PersonRecord, 'articleId'>[];
  countries: Omit<CountryRecord, 'articleId'>[];
  mentions: Omit<MentionRecord, 'id' | 'articleId'>[];
  events: Omit<EventRecord, 'id' | 'articleId'>[];
}

/** Turns one validated exported article back into the rows Dateline stores. */
export function toArticleRows(a: ExportedArticle, now: number): NewArticleRows {
  const m = a.article;
  return {
    article: {
      url: m.url,
      title: m.title,
      byline: m.byline,
      siteName: m.siteName,
      lang: m.lang,
      publishedTime: m.publishedTime,
      publishedSource: a.dateline.publishedSource,
      excerpt: m.excerpt,
      wordCount: m.wordCount,
      text: a.text,
      firstVisited: a.dateline.firstVisited,
      lastVisited: a.dateline.lastVisited,
      visits: a.dateline.visits,
      starred: a.dateline.starred ? 1 : 0,
      analysisState: 'done',
      analysedAt: now,
    },
    people: a.people.map((p) => ({
      personId: p.id,
      name: p.name,
      role: p.role,
      countries: p.countries,
      mentionCount: p.mentions.length,
    })),
    countries: a.countries.map((k) => ({ code: k.code, name: k.name, mentionCount: k.mentions.length })),
    mentions: [
      ...a.people.flatMap((p) => p.mentions.map((x) => ({ kind: 'person' as const, key: p.id, ...x }))),
      ...a.countries.flatMap((k) => k.mentions.map((x) => ({ kind: 'country' as const, key: k.code, ...x }))),
      ...a.timexes.map((t) => ({
        kind: 'date' as const,
        key: t.value,
        start: t.start,
        end: t.end,
        text: t.text,
        timexType: t.type,
        timexValue: t.value,
        ...(t.unresolved ? { unresolved: true } : {}),
      })),
    ],
    events: a.events.map((e) => ({
      value: e.date.value,
      start: e.date.start,
      end: e.date.end,
      text: e.text,
      sentence: e.sentence,
      timex: { ...e.timex, text: a.text.slice(e.timex.start, e.timex.end) },
      people: e.people,
      countries: e.countries,
    })),
  };
}
