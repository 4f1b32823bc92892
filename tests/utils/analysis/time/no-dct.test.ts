import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../utils/analysis/time';

describe('tagTimexes without a publication date', () => {
  it.each([
    ['Talks failed in May.', 'May', 'XXXX-05', true],
    ['He spoke on Friday.', 'Friday', 'XXXX-WXX-5', true],
    ['Sales fell last month.', 'last month', 'XXXX-XX', true],
    ['It closed two years ago.', 'two years ago', 'XXXX', true],
    ['It happened yesterday.', 'yesterday', 'XXXX-XX-XX', true],
    ['Prices rose this week.', 'this week', 'XXXX-WXX', true],
    ['Profit fell last quarter.', 'last quarter', 'XXXX-QX', true],
    ['They met on Nov. 8.', 'Nov. 8', 'XXXX-11-08', true],
    ['They met at 3 p.m. Tuesday.', '3 p.m. Tuesday', 'XXXX-WXX-2T15:00', true],
    ['It rained this summer.', 'this summer', 'XXXX-SU', true],
    // Values that need no publication date stay resolved.
    ['The vote was on November 8, 2023.', 'November 8, 2023', '2023-11-08', false],
    ['It will launch in the coming months.', 'the coming months', 'FUTURE_REF', false],
    ['The war lasted three years.', 'three years', 'P3Y', false],
    ['It was founded in 1953.', '1953', '1953', false],
  ])('%s → %s = %s', (text, expressionText, expectedValue, expectedUnresolved) => {
    const found = tagTimexes(text, null).find((t) => t.text === expressionText);
    const actual = found && { value: found.value, unresolved: found.unresolved === true };
    expect(actual).toEqual({ value: expectedValue, unresolved: expectedUnresolved });
  });

  it.each([['not a date'], [''], ['2023-13-45']])('treats an unusable publication date %j as unknown', (dct) => {
    const actual = tagTimexes('Sales fell last month.', dct)[0];
    expect(actual).toMatchObject({ text: 'last month', value: 'XXXX-XX', unresolved: true });
  });

  it('never takes the year from the clock', () => {
    const actual = tagTimexes('Sales fell last month and will rise next year.', null).map((t) => t.value);
    const thisYear = String(new Date().getFullYear());
    expect(actual.some((v) => v.includes(thisYear) || v.includes(String(Number(thisYear) + 1)))).toBe(false);
  });
});
