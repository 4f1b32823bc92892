import { describe, expect, it } from 'vitest';
import { layoutMarkers, placeEvents, revealView, zoomAnchor } from '@/utils/timeline/chartMarkers';
import { dayToMs, type View } from '@/utils/timeline/chartScale';
import { mergedFixture } from '../../components/timelineFixtures';

const range = (from: string, to: string): View => ({ start: dayToMs(from), end: dayToMs(to) });
/** 2023 over 730 pixels: two pixels a day. */
const YEAR_2023 = range('2023-01-01', '2024-01-01');
const round = (n: number) => Math.round(n * 1000) / 1000;

describe('placeEvents', () => {
  it.each<[string, string, string]>([
    ['the 1990s', '1990-01-01', '2000-01-01'],
    ['May 2023', '2023-05-01', '2023-06-01'],
    ['13 Sep 2023', '2023-09-13', '2023-09-14'],
    ['Week 45, 2023', '2023-11-06', '2023-11-13'],
  ])('places %s from the midnight of its first day to the midnight after its last', (label, from, to) => {
    const expected = range(from, to);

    const actual = placeEvents(mergedFixture().dated).find((p) => p.event.label === label)!;

    expect({ start: actual.start, end: actual.end }).toEqual(expected);
  });
});

describe('layoutMarkers', () => {
  it('draws the events in view at their pixels, a day as a 10 px dot, overlapping ones on separate lanes', () => {
    const expected = [
      ['May 2023', 240, 302, false, 0],
      ['Summer 2023', 302, 486, false, 1],
      ['Q3 2023', 362, 546, false, 0],
      ['August 2023', 424, 486, false, 2],
      ['13 Sep 2023', 506, 516, true, 1],
      ['13 Sep 2023', 506, 516, true, 2],
      ['October 2023', 546, 608, false, 1],
      ['Week 45, 2023', 618, 632, false, 0],
    ];

    const { visible, markers } = layoutMarkers(placeEvents(mergedFixture().dated), YEAR_2023, 730, 100, 8);

    const actual = markers.map((m) => [m.event.label, round(m.x1), round(m.x2), m.point, m.lane]);
    expect(actual).toEqual(expected);
    expect(visible.map((v) => v.event.label)).not.toContain('the 1990s');
  });

  it.each<[string, number, number, number[]]>([
    ['draws no more than the most markers, counting every event in view', 3, 8, [0, 1, 0]],
    ['puts every marker on the one lane there is', 100, 1, [0, 0, 0, 0, 0, 0, 0, 0]],
  ])('%s', (_name, maxMarkers, laneCount, expectedLanes) => {
    const { visible, markers } = layoutMarkers(
      placeEvents(mergedFixture().dated),
      YEAR_2023,
      730,
      maxMarkers,
      laneCount,
    );

    expect(visible).toHaveLength(8);
    expect(markers.map((m) => m.lane)).toEqual(expectedLanes);
  });
});

describe('revealView', () => {
  it.each<[string, View, View]>([
    ['keeps a view that shows the event', range('2023-09-01', '2023-09-20'), range('2023-09-01', '2023-09-20')],
    [
      'centres the event, the span kept, when it is after the view',
      range('2023-01-01', '2023-01-21'),
      range('2023-09-04', '2023-09-24'),
    ],
    [
      'centres the event when it is before the view',
      range('2024-01-01', '2024-01-21'),
      range('2023-09-04', '2023-09-24'),
    ],
  ])('%s', (_name, view, expected) => {
    const event = range('2023-09-13', '2023-09-15');

    const actual = revealView(view, event);

    expect(actual).toEqual(expected);
  });
});

describe('zoomAnchor', () => {
  it.each<[string, View | undefined, number]>([
    ['the middle when nothing is selected', undefined, 0.5],
    ['the middle of the selected event', range('2023-01-02', '2023-01-04'), 0.25],
    ['the edge when the event reaches past it', range('2023-01-08', '2023-02-01'), 1],
    ['the start when the event began before it', range('2022-12-20', '2023-01-02'), 0],
  ])('is %s', (_name, item, expected) => {
    const view = range('2023-01-01', '2023-01-09');

    const actual = zoomAnchor(view, item);

    expect(round(actual)).toBe(expected);
  });
});
