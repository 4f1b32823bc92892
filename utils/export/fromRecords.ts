import type { Mention, Timex } from '../analysis/types';
import type { ArticleBundle } from '../db/queries/articleBundle';
import type { MentionRecord } from '../db/schema';
import type { ExportedArticle } from './types';

function spans(mentions: MentionRecord[]): Mention[] {
  return mentions.sort((a, b) => a.start - b.start).map(({ start, end, text }) => ({ start, end, text }));
}

/** Entities in the order a reader meets them (the tables keep them in key order). */
function inReadingOrder<T extends { mentions: Mention[] }>(entities: T[]): T[] {
  const first = (e: T) => e.mentions[0]?.start ?? Infinity;
  return entities.sort((a, b) => first(a) - first(b));
}

/** One stored article as the `annotate` schema (plus Dateline's reading data), for the JSON export. */
export function toExportedArticle(bundle: ArticleBundle): ExportedArticle {
  const { article: a } = bundle;
  const mentionsOf = (kind: MentionRecord['kind'], key: string) =>
    spans(bundle.mentions.filter((m) => m.kind === kind && m.key === key));
  const timexes: Timex[] = bundle.mentions
    .filter((m) => m.kind === 'date')
    .sort((x, y) => x.start - y.start)
    .map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      type: m.timexType ?? 'DATE',
      value: m.timexValue ?? m.key,
      ...(m.unresolved ? { unresolved: true } : {}),
    }));
  return {
    article: {
      title: a.title,
      byline: a.byline,
      siteName: a.siteName,
      lang: a.lang,
      url: a.url,
      publishedTime: a.publishedTime,
      excerpt: a.excerpt,
      wordCount: a.wordCount,
    },
    text: a.text,
    people: inReadingOrder(
      bundle.people.map((p) => ({
        id: p.personId,
        name: p.name,
        role: p.role,
        countries: [...p.countries],
        mentions: mentionsOf('person', p.personId),
      })),
    ),
    countries: inReadingOrder(
      bundle.countries.map((c) => ({ code: c.code, name: c.name, mentions: mentionsOf('country', c.code) })),
    ),
    timexes,
    events: [...bundle.events]
      .sort((x, y) => x.sentence.start - y.sentence.start || x.timex.start - y.timex.start)
      .map((e) => ({
        date: { value: e.value, start: e.start, end: e.end },
        text: e.text,
        sentence: { start: e.sentence.start, end: e.sentence.end },
        timex: { start: e.timex.start, end: e.timex.end },
        people: [...e.people],
        countries: [...e.countries],
      })),
    dateline: {
      starred: a.starred === 1,
      firstVisited: a.firstVisited,
      lastVisited: a.lastVisited,
      visits: a.visits,
      publishedSource: a.publishedSource,
    },
  };
}
