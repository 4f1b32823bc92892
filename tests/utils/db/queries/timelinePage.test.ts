import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { timelinePage } from '@/utils/db/queries/timelinePage';
import { filteredEvents, type TimelineFilter } from '@/utils/db/queries/timelines';
import type { DatelineDB } from '@/utils/db/schema';
import { mergeEvents } from '@/utils/timeline/mergeEvents';
import { makeExport } from '../../../fixtures/timeline/articles';
import { seedDb } from '../../../fixtures/timeline/seed';
import { freshDb } from '../helpers';

let db: DatelineDB;
beforeEach(async () => {
  db = freshDb();
  await seedDb(db, makeExport());
});
afterEach(() => db.close());

const FILTERS: [string, TimelineFilter][] = [
  ['everything', {}],
  ['person', { personId: 'vladimir-putin' }],
  ['country', { countryCode: 'KP' }],
  ['person and country', { personId: 'kim-jong-un', countryCode: 'KP' }],
  ['date range', { from: '2023-09-01', to: '2023-09-30' }],
  ['country and range', { countryCode: 'RU', from: '2023-08-15' }],
  ['up to a day', { to: '2023-09-13' }],
];

/** The whole timeline as the page read it before pages: every matching event, merged at once. */
async function whole(filter: TimelineFilter) {
  return mergeEvents(await filteredEvents(db, filter));
}

describe('timelinePage', () => {
  it.each(FILTERS)('without a limit gives the whole merged timeline: %s', async (_name, filter) => {
    const expected = await whole(filter);

    const actual = await timelinePage(db, filter, Infinity);

    expect(actual.dated).toEqual(expected.dated);
    expect(actual.vague).toEqual(expected.vague);
    expect(actual.more).toBe(false);
  });

  it.each(FILTERS)('grows page by page as a prefix of the whole timeline: %s', async (_name, filter) => {
    const expected = await whole(filter);
    const seen: number[] = [];

    for (let limit = 1; ; limit++) {
      const actual = await timelinePage(db, filter, limit);

      expect(actual.dated).toEqual(expected.dated.slice(0, actual.dated.length));
      seen.push(actual.dated.length);
      if (!actual.more) {
        expect(actual.dated).toEqual(expected.dated);
        expect(actual.vague).toEqual(expected.vague);
        break;
      }
    }
    // Every page added events until the last, which held them all.
    expect(seen.at(-1)).toBe(expected.dated.length);
  });

  it('reads a whole day past the limit, so reports of one event are never split across pages', async () => {
    const expected = await whole({ personId: 'vladimir-putin' });
    const summit = expected.dated.find((e) => e.sources.length > 1)!;

    const actual = await timelinePage(db, { personId: 'vladimir-putin' }, 1);

    expect(actual.dated[0]).toEqual(summit);
  });

  it("gives a collection's timeline whole", async () => {
    const korea = (await db.collections.where('name').equals('Korea').first())!;
    const expected = await whole({ collectionId: korea.id });

    const actual = await timelinePage(db, { collectionId: korea.id }, 1);

    expect(actual.dated).toEqual(expected.dated);
    expect(actual.more).toBe(false);
  });
});
