import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  axisTicks,
  DAY_MS,
  dayToMs,
  describeView,
  fitView,
  initialView,
  MAX_SPAN,
  MIN_SPAN,
  panView,
  timeToX,
  zoomView,
  type View,
} from '@/utils/timeline/chartScale';

const day = (iso: string) => dayToMs(iso);
const range = (from: string, to: string): View => ({ start: day(from), end: day(to) });

describe('axisTicks', () => {
  it.each<[string, View, number, string, string[]]>([
    ['a week at 800 px: days', range('2023-11-06', '2023-11-13'), 800, 'day', ['6 Nov', '7 Nov', '8 Nov']],
    ['two months: weeks from Monday', range('2023-10-01', '2023-12-01'), 800, 'week', ['2 Oct', '9 Oct']],
    ['a year: months', range('2023-01-01', '2024-01-01'), 900, 'month', ['Jan 2023', 'Feb', 'Mar']],
    ['three years: quarters', range('2021-01-01', '2024-01-01'), 900, 'quarter', ['Q1 2021', 'Q2', 'Q3']],
    ['twenty years: years', range('2000-01-01', '2020-01-01'), 1600, 'year', ['2000', '2001']],
    ['a century: decades', range('1900-01-01', '2000-01-01'), 800, 'decade', ['1900s', '1910s']],
    ['fourteen years: two-year steps', range('2011-05-08', '2025-08-26'), 770, '2 years', ['2012', '2014']],
    ['five centuries: fifty-year steps', range('1600-01-01', '2100-01-01'), 800, '50 years', ['1600s', '1650s']],
    ['two millennia: centuries', range('0100-01-01', '2100-01-01'), 1600, 'century', ['100s', '200s']],
    [
      'two weeks in a narrow chart: two-day steps',
      range('2023-11-01', '2023-11-15'),
      600,
      '2 days',
      ['1 Nov', '3 Nov'],
    ],
    ['eight months in a narrow chart: quarters', range('2023-01-01', '2023-09-01'), 300, 'quarter', ['Q1 2023', 'Q2']],
  ])('%s', (_name, view, width, expectedUnit, expectedFirst) => {
    const actual = axisTicks(view, width);

    expect(actual.unit).toBe(expectedUnit);
    expect(actual.ticks.slice(0, expectedFirst.length).map((t) => t.label)).toEqual(expectedFirst);
    const spacing = (actual.ticks[1]!.time - actual.ticks[0]!.time) / ((view.end - view.start) / width);
    expect(spacing).toBeGreaterThanOrEqual(72 * 0.9);
    for (const t of actual.ticks) expect(t.time >= view.start && t.time < view.end).toBe(true);
  });

  it('marks the start of the larger unit as major', () => {
    const actual = axisTicks(range('2022-06-01', '2023-06-01'), 900);

    expect(actual.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['Jan 2023']);
  });
});

describe('timeToX', () => {
  it.each<[string, string, number]>([
    ['the view starts at the left edge', '2023-01-01', 0],
    ['the middle of the view is the middle of the chart', '2023-01-05', 400],
    ['a time after the view is beyond the right edge', '2023-01-13', 1200],
    ['a time before the view is left of the chart', '2022-12-31', -100],
  ])('%s', (_name, iso, expected) => {
    const x = timeToX(range('2023-01-01', '2023-01-09'), 800);

    const actual = x(day(iso));

    expect(actual).toBeCloseTo(expected, 6);
  });
});

describe('zoom and pan', () => {
  const view = range('2023-01-01', '2024-01-01');

  it('zooms in around the anchor, keeping its time in place', () => {
    const anchorTime = view.start + (view.end - view.start) * 0.25;

    const actual = zoomView(view, 0.5, 0.25);

    expect(actual.end - actual.start).toBeCloseTo((view.end - view.start) / 2);
    expect(actual.start + (actual.end - actual.start) * 0.25).toBeCloseTo(anchorTime);
  });

  it.each([
    [1e-9, MIN_SPAN],
    [1e9, MAX_SPAN],
  ])('clamps the span (factor %d)', (factor, expected) => {
    const actual = zoomView(view, factor);

    expect(actual.end - actual.start).toBeCloseTo(expected);
  });

  it('pans by a fraction of the width', () => {
    const actual = panView(view, -0.5);

    expect(actual.end - actual.start).toBe(view.end - view.start);
    expect(actual.start).toBe(view.start - (view.end - view.start) / 2);
  });
});

describe('fitView and initialView', () => {
  const may = range('2023-05-01', '2023-06-01');
  const nov = { start: day('2023-11-08'), end: day('2023-11-08') + DAY_MS };
  const nineties = range('1990-01-01', '2000-01-01');

  it('fits every item with a margin', () => {
    const actual = fitView([may, nov, nineties]);

    expect(actual.start).toBeLessThan(nineties.start);
    expect(actual.end).toBeGreaterThan(nov.end);
  });

  it('starts on the precisely dated events when a decade would squeeze them', () => {
    const actual = initialView([may, nov, nineties]);

    expect(actual.start).toBeLessThanOrEqual(may.start);
    expect(actual.start).toBeGreaterThan(day('2022-06-01'));
    expect(actual.end).toBeGreaterThanOrEqual(nov.end);
  });

  it('shows a year around now when there is nothing', () => {
    const now = day('2023-11-20');

    const actual = fitView([], now);

    expect(describeView(actual)).toMatch(/2023 – .*2024/);
  });
});

describe('assignLanes', () => {
  it('puts overlapping items on separate lanes and reuses freed ones', () => {
    const items = [
      { x1: 0, x2: 50 },
      { x1: 10, x2: 20 },
      { x1: 60, x2: 70 },
      { x1: 15, x2: 30 },
    ];

    expect(assignLanes(items, 3, 8)).toEqual([0, 1, 0, 2]);
  });

  it('shares the last lane past the maximum', () => {
    const items = Array.from({ length: 5 }, () => ({ x1: 0, x2: 10 }));

    expect(assignLanes(items, 0, 3)).toEqual([0, 1, 2, 2, 2]);
  });
});
