/**
 * Timeline events: every sentence that carries a date-valued time expression is an event on that date, with the
 * people and countries the sentence mentions. A sentence with two dates ("in May and August") gives two events.
 */
import type { Span } from './text/sentences';
import { timexRange } from './time/index';
import type { Country, Person, TimelineEvent, Timex } from './types';

const REFS = new Set(['PAST_REF', 'PRESENT_REF', 'FUTURE_REF']);

/**
 * Whether a time expression places something on the calendar: a DATE or TIME whose value starts with a known year
 * ("2023-05", "2023-W45", "199X", "2023-11-08T09:30") or is PAST_REF / PRESENT_REF / FUTURE_REF. Durations and sets
 * are not dates, nor are values whose year is unknown ("XXXX-05", left unresolved without a publication date).
 */
export function isDateValued(timex: Timex): boolean {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return false;
  return REFS.has(timex.value) || /^\d/.test(timex.value);
}

/**
 * A byline's time stamp ("Published 2023-11-08", "Updated: Nov. 8, 2023, 9:30 a.m. ET", "Posted on 8 November"):
 * when the article appeared, not something that happened in it.
 */
const STAMP_WORD =
  /^\s*(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)|last\s+modified|date)\s*(?::|\bon\b|\bat\b)?/i;

/** What may sit between a stamp's time expressions: punctuation, "at", a time zone. */
const STAMP_FILLER = /^(?:[\s,.:|·–—-]|\bat\b|\b(?:[A-Z]{2,4}|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\b)*$/;

/** Whether a sentence is only a byline stamp: the stamp word, then nothing but its time expressions. */
function isStamp(text: string, sentence: Span, timexes: readonly Timex[]): boolean {
  const head = STAMP_WORD.exec(text.slice(sentence.start, sentence.end));
  if (!head) return false;
  let rest = '';
  let at = sentence.start + head[0].length;
  for (const t of timexes) {
    if (t.end <= at || t.start >= sentence.end) continue;
    rest += text.slice(at, Math.max(at, t.start));
    at = Math.max(at, t.end);
  }
  rest += text.slice(at, sentence.end);
  return at > sentence.start + head[0].length && STAMP_FILLER.test(rest);
}

/** Index of the span containing `offset` in sorted, disjoint spans, or -1. Binary search. */
function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** For each sentence index, the keys of the entities mentioned in it, in order of first mention there. */
function bySentence(
  sentences: readonly Span[],
  entities: readonly { key: string; mentions: readonly { start: number }[] }[],
): Map<number, string[]> {
  const hits: { sentence: number; start: number; key: string }[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      const sentence = spanAt(sentences, m.start);
      if (sentence >= 0) hits.push({ sentence, start: m.start, key: e.key });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const out = new Map<number, string[]>();
  for (const h of hits) {
    const keys = out.get(h.sentence) ?? [];
    if (!keys.includes(h.key)) keys.push(h.key);
    out.set(h.sentence, keys);
  }
  return out;
}

/**
 * The events of a text, in text order.
 * @param sentences the text's sentences (sorted, disjoint), as splitSentences gives them
 */
export function buildEvents(
  text: string,
  sentences: readonly Span[],
  timexes: readonly Timex[],
  people: readonly Person[],
  countries: readonly Country[],
): TimelineEvent[] {
  const peopleIn = bySentence(
    sentences,
    people.map((p) => ({ key: p.id, mentions: p.mentions })),
  );
  const countriesIn = bySentence(
    sentences,
    countries.map((c) => ({ key: c.code, mentions: c.mentions })),
  );
  const events: TimelineEvent[] = [];
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  for (const timex of sorted) {
    if (!isDateValued(timex)) continue;
    const index = spanAt(sentences, timex.start);
    if (index < 0) continue;
    const sentence = sentences[index]!;
    if (isStamp(text, sentence, sorted)) continue;
    events.push({
      date: { value: timex.value, ...timexRange(timex.value) },
      text: text.slice(sentence.start, sentence.end),
      sentence: { start: sentence.start, end: sentence.end },
      timex: { start: timex.start, end: timex.end },
      people: [...(peopleIn.get(index) ?? [])],
      countries: [...(countriesIn.get(index) ?? [])],
    });
  }
  return events;
}
