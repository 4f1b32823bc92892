import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../utils/analysis/countries/index';
import { buildEvents, isDateValued } from '../../../utils/analysis/events';
import { splitSentences } from '../../../utils/analysis/text/sentences';
import { tagTimexes } from '../../../utils/analysis/time/index';
import type { Person, Timex, TimexType } from '../../../utils/analysis/types';

const timex = (type: TimexType, value: string): Timex => ({ start: 0, end: 1, text: 'x', type, value });

describe('isDateValued', () => {
  it.each([
    ['DATE', '2023-05', true],
    ['DATE', '2023-11-08', true],
    ['DATE', '2023-W45', true],
    ['DATE', '2023-Q3', true],
    ['DATE', '199X', true],
    ['TIME', '2023-11-08T09:30', true],
    ['DATE', 'PAST_REF', true],
    ['DATE', 'PRESENT_REF', true],
    ['DATE', 'FUTURE_REF', true],
    ['DURATION', 'P3M', false],
    ['SET', 'P1W', false],
    ['DATE', 'XXXX-05', false],
    ['DATE', 'XXXX-XX', false],
  ] as const)('%s %s → %s', (type, value, expected) => {
    expect(isDateValued(timex(type, value))).toBe(expected);
  });
});

/** The events of a text as the pipeline builds them, with the real sentence splitter, time tagger and countries. */
function eventsOf(text: string, dct: string | null, people: Person[] = []) {
  return buildEvents(text, splitSentences(text), tagTimexes(text, dct), people, findCountries(text, { people }));
}

describe('buildEvents', () => {
  it('makes one event per date in a sentence ("in May and August")', () => {
    const text = 'Previous attempts by North Korea to launch satellites in May and August ended in failure.';
    const actual = eventsOf(text, '2023-11-08');
    expect(actual).toEqual([
      {
        date: { value: '2023-05', start: '2023-05-01', end: '2023-05-31' },
        text,
        sentence: { start: 0, end: text.length },
        timex: { start: 57, end: 60 },
        people: [],
        countries: ['KP'],
      },
      {
        date: { value: '2023-08', start: '2023-08-01', end: '2023-08-31' },
        text,
        sentence: { start: 0, end: text.length },
        timex: { start: 65, end: 71 },
        people: [],
        countries: ['KP'],
      },
    ]);
  });

  it.each([
    ['a duration', 'The talks in Geneva lasted three days.'],
    ['a set', 'Officials from Japan meet every week.'],
    ['an unresolved date (no publication date)', 'Last month, Japan protested.'],
    ["a byline's stamp", 'Published 2023-11-08'],
    ["a byline's stamp with a time and zone", 'Updated: Nov. 8, 2023, 9:30 a.m. ET'],
    ["a byline's stamp with 'on'", 'Posted on 8 November 2023.'],
  ])('makes no event from %s', (_, text) => {
    const dct = text.startsWith('Last') ? null : '2023-11-08';
    expect(eventsOf(text, dct)).toEqual([]);
  });

  it('keeps a sentence that reports something beside its date', () => {
    const text = 'Published on Nov. 8, the report by Japan was updated in May.';
    const actual = eventsOf(text, '2023-11-08').map((e) => e.date.value);
    expect(actual).toEqual(['2023-11-08', '2023-05']);
  });

  it('gives FUTURE_REF an open range and keeps only the sentence of the date', () => {
    const text = 'Russia denied it. North Korea will launch in the coming months.';
    const actual = eventsOf(text, '2023-11-08');
    expect(actual.map((e) => [e.date, e.text, e.countries])).toEqual([
      [{ value: 'FUTURE_REF', start: null, end: null }, 'North Korea will launch in the coming months.', ['KP']],
    ]);
  });

  it('lists the people and countries of the sentence in order of first mention there, once each', () => {
    const text = 'Last month, Japan, the U.S. and Japan again met Kim Yung-ho.';
    const people: Person[] = [
      {
        id: 'kim-yung-ho',
        name: 'Kim Yung-ho',
        role: null,
        countries: [],
        mentions: [{ start: 48, end: 59, text: 'Kim Yung-ho' }],
      },
    ];
    const [actual] = eventsOf(text, '2023-11-08', people);
    expect(actual?.countries).toEqual(['JP', 'US']);
    expect(actual?.people).toEqual(['kim-yung-ho']);
    expect(text.slice(48, 59)).toBe('Kim Yung-ho');
  });
});
