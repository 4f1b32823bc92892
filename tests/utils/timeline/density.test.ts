import { describe, expect, it } from 'vitest';
import { DAY_MS, type View } from '@/utils/timeline/chartScale';
import {
  bucketLabel,
  bucketRange,
  countedExtent,
  densityUnit,
  densityWindow,
  keyAt,
  nextKey,
  windowCovers,
  type DensityBucket,
} from '@/utils/timeline/density';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const view = (from: string, to: string): View => ({ start: day(from), end: day(to) });

describe('density buckets', () => {
  it.each<[string, string, string, string]>([
    ['2023', '2023-01-01', '2024-01-01', '2023'],
    ['2023-12', '2023-12-01', '2024-01-01', 'Dec 2023'],
    ['2024-02-29', '2024-02-29', '2024-03-01', '29 Feb 2024'],
    ['0044', '0044-01-01', '0045-01-01', '44'],
  ])('%s covers %s to %s and reads "%s"', (key, from, to, label) => {
    const expected = { range: { start: day(from), end: day(to) }, label };

    const actual = { range: bucketRange(key), label: bucketLabel(key) };

    expect(actual).toEqual(expected);
  });

  it.each<[string, string]>([
    ['2023', '2024'],
    ['2023-12', '2024-01'],
    ['2023-02-28', '2023-03-01'],
    ['0099', '0100'],
  ])('the bucket after %s is %s', (key, expected) => {
    expect(nextKey(key)).toBe(expected);
  });

  it.each<[number, 'year' | 'month' | 'day', string]>([
    [day('2023-05-07') + 5 * 3600_000, 'day', '2023-05-07'],
    [day('2023-05-07'), 'month', '2023-05'],
    [day('2023-05-07'), 'year', '2023'],
    [Date.UTC(-50, 0, 1), 'year', '0000'],
  ])('the instant %d falls in the %s bucket %s', (ms, unit, expected) => {
    expect(keyAt(ms, unit)).toBe(expected);
  });
});

describe('densityUnit and densityWindow', () => {
  it.each<[string, View, number, string, ReturnType<typeof densityWindow>]>([
    ['two decades count by year', view('2005-01-01', '2025-01-01'), 800, 'year', null],
    [
      'two years count by month',
      view('2022-01-01', '2024-01-01'),
      800,
      'month',
      { unit: 'month', from: '2020-01', to: '2026-01' },
    ],
    [
      'two months count by day',
      view('2023-05-01', '2023-07-01'),
      800,
      'day',
      { unit: 'day', from: '2023-03-01', to: '2023-09-01' },
    ],
    [
      'two months on a narrow chart count by month',
      view('2023-05-01', '2023-07-01'),
      300,
      'month',
      { unit: 'month', from: '2023-03', to: '2023-09' },
    ],
  ])('%s', (_name, v, width, expectedUnit, expectedWindow) => {
    const actual = { unit: densityUnit(v, width), window: densityWindow(v, width) };

    expect(actual).toEqual({ unit: expectedUnit, window: expectedWindow });
  });

  it.each<[string, boolean, View]>([
    ['the view it was read for', true, view('2022-01-01', '2024-01-01')],
    ['a small pan', true, view('2022-07-01', '2024-07-01')],
    ['a pan past its edge', false, view('2025-01-01', '2027-01-01')],
    ['a zoom to days', false, view('2023-05-01', '2023-07-01')],
    ['a zoom out to years', false, view('2000-01-01', '2030-01-01')],
  ])('a month window read for 2022–2023 covers %s: %s', (_name, expected, v) => {
    const window = densityWindow(view('2022-01-01', '2024-01-01'), 800);

    expect(windowCovers(window, v, 800)).toBe(expected);
  });

  it('needs no window while years suffice', () => {
    expect(windowCovers(null, view('2000-01-01', '2030-01-01'), 800)).toBe(true);
  });
});

describe('countedExtent', () => {
  const years: DensityBucket[] = [
    { key: '1900', count: 1 },
    { key: '2021', count: 40 },
    { key: '2022', count: 59 },
    { key: '2090', count: 0 },
  ];
  it.each<[string, readonly DensityBucket[], number, View | null]>([
    ['all counted years', years, 0, view('1900-01-01', '2023-01-01')],
    ['the central 98%', years, 0.01, view('2021-01-01', '2023-01-01')],
    ['nothing', [], 0.01, null],
  ])('spans %s', (_name, buckets, trim, expected) => {
    expect(countedExtent(buckets, trim)).toEqual(expected);
  });

  it('spans at least a whole year', () => {
    const actual = countedExtent([{ key: '2023', count: 3 }])!;

    expect((actual.end - actual.start) / DAY_MS).toBe(365);
  });
});
