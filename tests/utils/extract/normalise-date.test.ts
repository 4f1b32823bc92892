import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../utils/extract';

describe('normaliseDate', () => {
  it.each([
    // ISO 8601 and the variants pages publish: offsets kept, none invented, missing seconds added.
    ['2023-11-08', '2023-11-08'],
    ['2023-11-08T09:30:00+09:00', '2023-11-08T09:30:00+09:00'],
    ['2023-11-08T09:30:00+0900', '2023-11-08T09:30:00+09:00'],
    ['2023-11-08T09:30+09', '2023-11-08T09:30:00+09:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02.000Z'],
    ['2018-04-05T06:00', '2018-04-05T06:00:00'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000'],
    ['2019-04-28 06:01:07', '2019-04-28T06:01:07'],
    ['2016-07-29T16:42:34-04:00', '2016-07-29T16:42:34-04:00'],
    ['2023-11-08 09:30:00 UTC', '2023-11-08T09:30:00Z'],
    ['  2023-11-08  ', '2023-11-08'],
    ['20231108', '2023-11-08'],
    ['2023/11/08', '2023-11-08'],
    // RFC 2822 and written-out dates.
    ['Wed, 08 Nov 2023 09:30:00 +0900', '2023-11-08T09:30:00+09:00'],
    ['Wed, 08 Nov 2023 00:30:00 GMT', '2023-11-08T00:30:00Z'],
    ['8 Nov 2023 09:30 EST', '2023-11-08T09:30:00-05:00'],
    ['8 November 2023', '2023-11-08'],
    ['November 8, 2023', '2023-11-08'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['Wednesday, November 8th, 2023', '2023-11-08'],
    ['1985-06-30', '1985-06-30'], // archives publish old articles
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['yesterday', 'not a date'],
    ['2023-02-30', 'no such day'],
    ['2023-13-01', 'no such month'],
    ['2023-11-08T25:00:00Z', 'no such hour'],
    ['2023-11-08T09:30:00+15:00', 'no such offset'],
    ['8 Novel 2023', 'not a month'],
    ['8 Nov 2023 09:30 JST', 'an ambiguous zone abbreviation'],
    ['1700000000', 'a bare number'],
    ['0001-01-01T00:00:00', 'a CMS placeholder for no date'],
    ['1970-01-01T00:00:00Z', 'the Unix epoch, a timestamp of 0'],
  ])('%s is rejected (%s)', (raw) => {
    expect(normaliseDate(raw)).toBeNull();
  });

  it.each(['2023-11-08T09:30:00+09:00', '2017-11-03T03:01:00.000', '2023-11-08'])(
    'its output %s is a date every engine parses',
    (value) => {
      expect(Date.parse(value)).not.toBeNaN();
    },
  );
});
