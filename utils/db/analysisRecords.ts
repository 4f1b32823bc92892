import type { AnalysisResult } from '@/utils/analysis/types';
import { eventEntityDays } from './eventKeys';
import type { CountryRecord, EventRecord, MentionRecord, PersonRecord } from './schema';

/** The rows an analysis becomes (ids are assigned by the database). */
export interface AnalysisRows {
  people: PersonRecord[];
  countries: CountryRecord[];
  mentions: Omit<MentionRecord, 'id'>[];
  events: Omit<EventRecord, 'id'>[];
}

/** Turns an analysis of article `articleId` into table rows; every time expression becomes a 'date' mention. */
export function analysisToRows(articleId: number, result: AnalysisResult): AnalysisRows {
  const people = result.people.map((p): PersonRecord => ({
    articleId,
    personId: p.id,
    name: p.name,
    role: p.role,
    countries: [...p.countries],
    mentionCount: p.mentions.length,
  }));
  const countries = result.countries.map((c): CountryRecord => ({
    articleId,
    code: c.code,
    name: c.name,
    mentionCount: c.mentions.length,
  }));
  const mentions: Omit<MentionRecord, 'id'>[] = [
    ...result.people.flatMap((p) =>
      p.mentions.map((m) => ({
        articleId,
        kind: 'person' as const,
        key: p.id,
        start: m.start,
        end: m.end,
        text: m.text,
      })),
    ),
    ...result.countries.flatMap((c) =>
      c.mentions.map((m) => ({
        articleId,
        kind: 'country' as const,
        key: c.code,
        start: m.start,
        end: m.end,
        text: m.text,
      })),
    ),
    ...result.timexes.map((t) => ({
      articleId,
      kind: 'date' as const,
      key: t.value,
      start: t.start,
      end: t.end,
      text: t.text,
      timexType: t.type,
      timexValue: t.value,
      ...(t.unresolved ? { unresolved: true } : {}),
    })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const events = result.events.map((e): Omit<EventRecord, 'id'> => ({
    articleId,
    entityDays: eventEntityDays({ ...e.date, people: e.people, countries: e.countries }),
    value: e.date.value,
    start: e.date.start,
    end: e.date.end,
    text: e.text,
    sentence: { start: e.sentence.start, end: e.sentence.end },
    timex: { start: e.timex.start, end: e.timex.end, text: timexText(result, e.timex) },
    people: [...e.people],
    countries: [...e.countries],
  }));
  return { people, countries, mentions, events };
}

/** The time expression as written: from the timex list, or cut from the sentence when the list lacks it. */
function timexText(result: AnalysisResult, span: { start: number; end: number }): string {
  const timex = result.timexes.find((t) => t.start === span.start && t.end === span.end);
  if (timex) return timex.text;
  const event = result.events.find((e) => e.timex.start === span.start && e.timex.end === span.end);
  return event ? event.text.slice(span.start - event.sentence.start, span.end - event.sentence.start) : '';
}

/** Number of mentions of people, countries and dates: what the toolbar badge shows. */
export function mentionCount(result: AnalysisResult): number {
  return (
    result.people.reduce((n, p) => n + p.mentions.length, 0) +
    result.countries.reduce((n, c) => n + c.mentions.length, 0) +
    result.timexes.length
  );
}
