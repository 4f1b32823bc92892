import { describe, expect, it } from 'vitest';
import { compareDates, formatDateValue, isPlaceable } from '@/utils/timeline/dateLabel';

describe('formatDateValue', () => {
  it.each([
    ['2023-11-08', '8 Nov 2023'],
    ['2023-05', 'May 2023'],
    ['2023', '2023'],
    ['2023-W45', 'Week 45, 2023'],
    ['2023-W05', 'Week 5, 2023'],
    ['2020-W53', 'Week 53, 2020'],
    // "this weekend" is the weekend of the DCT's ISO week.
    ['2023-W45-WE', 'Weekend of week 45, 2023'],
    ['2023-Q3', 'Q3 2023'],
    ['2023-H1', 'H1 2023'],
    ['2023-SU', 'Summer 2023'],
    ['2023-WI', 'Winter 2023'],
    ['2023-FA', 'Autumn 2023'],
    ['199X', 'the 1990s'],
    ['19XX', 'the 1900s'],
    // As the tagger writes them (TIMEX3 decades and centuries).
    ['199', 'the 1990s'],
    ['19', 'the 1900s'],
    ['2023-11-08T14:30', '8 Nov 2023, 14:30'],
    ['PAST_REF', 'Recently'],
    ['FUTURE_REF', 'Expected'],
    ['PRESENT_REF', 'Now'],
    ['P3M', 'P3M'],
    ['2023-13', '2023-13'],
  ])('%s → %s', (value, expected) => {
    const actual = formatDateValue(value);

    expect(actual).toBe(expected);
  });
});

describe('isPlaceable', () => {
  it.each([
    [{ value: '2023-05', start: '2023-05-01', end: '2023-05-31' }, true],
    [{ value: 'FUTURE_REF', start: null, end: null }, false],
    [{ value: 'PAST_REF', start: '2023-01-01', end: null }, false],
    [{ value: '2023', start: null, end: null }, false],
  ])('%j → %s', (date, expected) => {
    expect(isPlaceable(date)).toBe(expected);
  });
});

describe('compareDates', () => {
  it('orders by start, the wider range first on the same start', () => {
    const dates = [
      { value: '2023-05-01', start: '2023-05-01', end: '2023-05-01' },
      { value: '2023-05', start: '2023-05-01', end: '2023-05-31' },
      { value: '2022', start: '2022-01-01', end: '2022-12-31' },
      { value: '2023', start: '2023-01-01', end: '2023-12-31' },
    ];
    const expected = ['2022', '2023', '2023-05', '2023-05-01'];

    const actual = [...dates].sort(compareDates).map((d) => d.value);

    expect(actual).toEqual(expected);
  });
});
