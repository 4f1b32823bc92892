import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { windowDensity, yearDensity } from '@/utils/db/queries/eventDensity';
import type { TimelineFilter } from '@/utils/db/queries/timelines';
import { adjustEventDays, tallyEventDays } from '@/utils/db/eventDays';
import { eventEntityDays } from '@/utils/db/eventKeys';
import type { DatelineDB, EventRecord } from '@/utils/db/schema';
import type { DensityBucket, DensityWindow } from '@/utils/timeline/density';
import { freshDb } from '../helpers';

/** [article, TIMEX3 value, start, end, people, countries]: a small history whose counts can be read off by hand. */
const EVENTS: [number, string, string | null, string | null, string[], string[]][] = [
  [1, '1999-12-31', '1999-12-31', '1999-12-31', ['vladimir-putin'], ['RU']],
  [1, '2023-05-07', '2023-05-07', '2023-05-07', ['vladimir-putin'], ['KP']],
  [2, '2023-05-07', '2023-05-07', '2023-05-07', [], ['KP']],
  [2, '2023-05-20', '2023-05-20', '2023-05-20', [], ['KP']],
  [3, '2023-06', '2023-06-01', '2023-06-30', ['vladimir-putin'], []],
  [3, '2024-01-01', '2024-01-01', '2024-01-01', [], []],
  [1, 'PRESENT_REF', null, null, [], ['KP']],
  [2, '199', '1990-01-01', '1999-12-31', [], ['RU']],
  [3, '2000-02-29', '2000-02-29', '2000-02-29', [], ['RU']],
];

let db: DatelineDB;
let collectionId: number;
beforeEach(async () => {
  db = freshDb();
  const rows = EVENTS.map(([articleId, value, start, end, people, countries]) => {
    const e = { articleId, value, start, end, people, countries, text: value };
    return {
      ...e,
      sentence: { start: 0, end: 1 },
      timex: { start: 0, end: 1, text: value },
      entityDays: eventEntityDays(e),
    } as Omit<EventRecord, 'id'> as EventRecord;
  });
  // Stored as the repository stores them: the events and their kept day counts.
  await db.transaction('rw', db.events, db.eventDays, async () => {
    await db.events.bulkAdd(rows);
    await adjustEventDays(db, new Map(), tallyEventDays(rows));
  });
  collectionId = await db.collections.add({ name: 'Korea', createdAt: 0 });
  await db.collectionItems.add({ collectionId, articleId: 2, addedAt: 0 });
});
afterEach(() => db.close());

const b = (key: string, count: number): DensityBucket => ({ key, count });

describe('yearDensity', () => {
  it.each<[string, () => TimelineFilter, DensityBucket[]]>([
    [
      'every event (the vague one left out)',
      () => ({}),
      [b('1990', 1), b('1999', 1), b('2000', 1), b('2023', 4), b('2024', 1)],
    ],
    ['a person', () => ({ personId: 'vladimir-putin' }), [b('1999', 1), b('2023', 2)]],
    ['a country', () => ({ countryCode: 'RU' }), [b('1990', 1), b('1999', 1), b('2000', 1)]],
    [
      'a person in a country (read and tested)',
      () => ({ personId: 'vladimir-putin', countryCode: 'KP' }),
      [b('2023', 1)],
    ],
    ['a collection', () => ({ collectionId }), [b('1990', 1), b('2023', 2)]],
    ['up to a day', () => ({ to: '2023-05-19' }), [b('1990', 1), b('1999', 1), b('2000', 1), b('2023', 2)]],
    [
      'from a day: earlier events that last into it count',
      () => ({ from: '1995-06-01' }),
      [b('1990', 1), b('1999', 1), b('2000', 1), b('2023', 4), b('2024', 1)],
    ],
    [
      'from a day: earlier events that end before it do not',
      () => ({ from: '2000-01-01' }),
      [b('2000', 1), b('2023', 4), b('2024', 1)],
    ],
    ['a country between two days', () => ({ countryCode: 'KP', from: '2023-05-08', to: '2023-12-31' }), [b('2023', 1)]],
    ['a person nobody mentions', () => ({ personId: 'nobody' }), []],
  ])('counts %s', async (_name, filter, expected) => {
    const actual = await yearDensity(db, filter());

    expect(actual).toEqual(expected);
  });
});

describe('windowDensity', () => {
  it.each<[string, TimelineFilter, DensityWindow, DensityBucket[]]>([
    ['months of a year', {}, { unit: 'month', from: '2023-01', to: '2024-01' }, [b('2023-05', 3), b('2023-06', 1)]],
    [
      'months across a year end',
      {},
      { unit: 'month', from: '2023-06', to: '2024-02' },
      [b('2023-06', 1), b('2024-01', 1)],
    ],
    [
      'days of a month',
      {},
      { unit: 'day', from: '2023-05-01', to: '2023-06-01' },
      [b('2023-05-07', 2), b('2023-05-20', 1)],
    ],
    ['a leap day', {}, { unit: 'day', from: '2000-02-01', to: '2000-03-01' }, [b('2000-02-29', 1)]],
    [
      'days of a country',
      { countryCode: 'KP' },
      { unit: 'day', from: '2023-05-08', to: '2023-06-01' },
      [b('2023-05-20', 1)],
    ],
    ['a window with nothing in it', {}, { unit: 'month', from: '2010-01', to: '2011-01' }, []],
    ['broad ranges at their first day', {}, { unit: 'month', from: '1990-01', to: '1991-01' }, [b('1990-01', 1)]],
  ])('counts %s', async (_name, filter, window, expected) => {
    const actual = await windowDensity(db, filter, window);

    expect(actual).toEqual(expected);
  });

  it('counts a collection in a window', async () => {
    const expected = [b('2023-05-07', 1), b('2023-05-20', 1)];

    const actual = await windowDensity(db, { collectionId }, { unit: 'day', from: '2023-05-01', to: '2023-06-01' });

    expect(actual).toEqual(expected);
  });

  it('adds up to the year counts (every month of every year read)', async () => {
    const years = await yearDensity(db, {});
    const expected = years.reduce((sum, y) => sum + y.count, 0);

    const months = await windowDensity(db, {}, { unit: 'month', from: '0000-01', to: '9999-12' });
    const actual = months.reduce((sum, m) => sum + m.count, 0);

    expect(actual).toBe(expected);
  });
});
