import { describe, expect, it } from 'vitest';
import { tagTimexes, timexRange } from '../../../../utils/analysis/time';

/** Publication date of most examples: Wednesday 2023-11-08, ISO week 45 of 2023. */
const DCT = '2023-11-08';

describe('tagTimexes: weeks given by number are ISO weeks', () => {
  it.each([
    // with a year
    ['It happened in week 45 of 2023.', DCT, 'week 45 of 2023', '2023-W45'],
    ['Production resumed in week 2, 2024.', DCT, 'week 2, 2024', '2024-W02'],
    ['It was the 45th week of 2023.', DCT, 'the 45th week of 2023', '2023-W45'],
    ['Deliveries start in the first week of next year.', DCT, 'the first week of next year', '2024-W01'],
    ['Orders peaked in calendar week 40 of this year.', DCT, 'calendar week 40 of this year', '2023-W40'],
    ['The 45th week of the year was quiet.', DCT, 'The 45th week of the year', '2023-W45'],
    ['Shops closed in week 53 of 2020.', DCT, 'week 53 of 2020', '2020-W53'],
    ['The mill stopped in week 10 of 1998.', null, 'week 10 of 1998', '1998-W10'],
    // alone: the year from the DCT and the tense, as for a bare month
    ['Sales fell in week 44.', DCT, 'week 44', '2023-W44'],
    ['The plant reopened in week 3.', DCT, 'week 3', '2023-W03'],
    ['The plant will reopen in week 3.', DCT, 'week 3', '2024-W03'],
    ['Sales fell in week 40.', '2023-03-15', 'week 40', '2022-W40'],
    ['Sales will recover in week 40.', '2023-03-15', 'week 40', '2023-W40'],
    // 2024-12-30 is in ISO week 1 of 2025
    ['The plant reopened in week 1.', '2024-12-30', 'week 1', '2025-W01'],
  ])('%s (DCT %s) → %s = %s', (text, dct, expectedText, expectedValue) => {
    const actual = tagTimexes(text, dct).map((t) => [t.text, t.type, t.value]);

    expect(actual).toEqual([[expectedText, 'DATE', expectedValue]]);
  });

  it.each([
    ['It happened in week 45.', 'XXXX-W45'],
    ['It happened in the 45th week of the year.', 'XXXX-W45'],
  ])('%s without a DCT → %s, unresolved', (text, expected) => {
    const actual = tagTimexes(text, null).map((t) => [t.value, t.unresolved]);

    expect(actual).toEqual([[expected, true]]);
  });

  it.each([
    // weeks counted from an event or a trial's start are no calendar weeks
    ['Fighting eased in week 3 of the war.', []],
    ['Patients improved at week 12.', []],
    // 2023 has 52 ISO weeks; there is no week 0
    ['Shops closed in week 53 of 2023.', ['2023']],
    ['Shops closed in week 0 of 2023.', ['2023']],
    // "the first week of March" is no ISO week: the month stays
    ['Talks began in the first week of March.', ['2023-03']],
  ])('%s → values %j', (text, expected) => {
    const actual = tagTimexes(text, DCT).map((t) => t.value);

    expect(actual).toEqual(expected);
  });

  it('gives a numbered week the calendar range of its Monday to Sunday', () => {
    const value = tagTimexes('It happened in week 45 of 2023.', DCT)[0]!.value;

    const actual = timexRange(value);

    expect(actual).toEqual({ start: '2023-11-06', end: '2023-11-12' });
  });
});
