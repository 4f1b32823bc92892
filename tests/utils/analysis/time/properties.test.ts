import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTimexValue, tagTimexes, timexRange } from '../../../../utils/analysis/time';

const WORDS = [
  'last',
  'next',
  'this',
  'the',
  'a',
  'May',
  'Friday',
  'week',
  'month',
  'years',
  'ago',
  'earlier',
  '1990s',
  'Nov.',
  '8,',
  '2023',
  'p.m.',
  '3',
  'third',
  'quarter',
  'every',
  'daily',
  'recent',
  'coming',
  'months',
  'now',
  'fiscal',
  'summer',
  'century',
  '20th',
  'two',
  'hours',
  'said',
  'will',
  '.',
  '\n',
  "'90s",
  '-',
  '12/31/99',
  'year-earlier',
];

/** Sentences made of time words, so the generator reaches the grammar rather than only random noise. */
const timeishText = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' '));
const dct = fc.option(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
);

describe('tagTimexes properties', () => {
  it.each([
    ['arbitrary strings', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['time-word sentences', timeishText],
  ])('on %s: never throws, spans are ordered slices of the text, values are valid TIMEX3', (_name, texts) => {
    fc.assert(
      fc.property(texts, dct, (text, date) => {
        const actual = tagTimexes(text, date);
        let previousEnd = 0;
        for (const t of actual) {
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(isTimexValue(t.value), t.value).toBe(true);
          expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.type);
          const range = timexRange(t.value);
          if (range.start !== null && range.end !== null) expect(range.start <= range.end).toBe(true);
          previousEnd = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('without a publication date, every value not flagged unresolved is the same under any publication date', () => {
    fc.assert(
      fc.property(timeishText, (text) => {
        const early = tagTimexes(text, '1950-06-15');
        const late = tagTimexes(text, '2090-01-20');
        for (const t of tagTimexes(text, null)) {
          if (t.unresolved) continue;
          for (const other of [early, late]) {
            const same = other.find((o) => o.start === t.start && o.end === t.end);
            if (same) expect(same.value).toBe(t.value);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survives non-string input from untyped callers', () => {
    const actual = tagTimexes(undefined as unknown as string, 42 as unknown as string);
    expect(actual).toEqual([]);
  });

  it.each([
    ['digits', '1'.repeat(2_000_000)],
    ['repeated durations', 'a year '.repeat(280_000)],
    ['repeated month names', 'May '.repeat(500_000)],
    ['repeated dates', 'Jan. 1, 2000 '.repeat(150_000)],
    ['one long sentence of news words', 'the past few weeks said will be '.repeat(65_000)],
  ])('stays linear on 2 MB of %s', (_name, text) => {
    const started = performance.now();
    tagTimexes(text, '2023-11-08');
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
