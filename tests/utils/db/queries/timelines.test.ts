import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatelineDB } from '@/utils/db/schema';
import {
  articleTimeline,
  collectionTimeline,
  entityTimeline,
  filteredEvents,
  type TimelineFilter,
} from '@/utils/db/queries/timelines';
import { rankCountries, rankPeople } from '@/utils/db/queries/rankEntities';
import { FISHING, makeExport, SATELLITE, SUMMIT } from '../../../fixtures/timeline/articles';
import { seedDb } from '../../../fixtures/timeline/seed';
import { freshDb } from '../helpers';

let db: DatelineDB;
let ids: Map<string, number>;
beforeEach(async () => {
  db = freshDb();
  ids = await seedDb(db, makeExport());
});
afterEach(() => db.close());

describe('articleTimeline', () => {
  it("groups one article's events by resolved date, vague ones apart", async () => {
    const actual = await articleTimeline(db, ids.get(SATELLITE.article.url)!);

    expect(actual.dated.map((g) => g.label)).toEqual(['May 2023', 'August 2023', '13 Sep 2023', 'October 2023']);
    expect(actual.vague.map((v) => v.label)).toEqual(['Expected: in the coming months']);
  });
});

describe('entityTimeline', () => {
  it("merges the same summit from two articles in Putin's timeline", async () => {
    const actual = await entityTimeline(db, { kind: 'person', id: 'vladimir-putin' });

    expect(actual.dated).toHaveLength(1);
    expect(actual.dated[0]!.sources.map((s) => s.article.url)).toEqual([SATELLITE.article.url, SUMMIT.article.url]);
  });

  it("gives North Korea's events in date order with their sources", async () => {
    const expected = [
      ['199X', 1],
      ['2023-05', 2],
      ['2023-08', 1],
      ['2023-10', 1],
    ];

    const actual = await entityTimeline(db, { kind: 'country', code: 'KP' });

    expect(actual.dated.map((e) => [e.value, e.sources.length])).toEqual(expected);
    expect(actual.vague.map((e) => e.value)).toEqual(['PAST_REF']);
  });
});

describe('filteredEvents', () => {
  it.each<[string, TimelineFilter, number]>([
    ['no filter: every event', {}, 13],
    ['person', { personId: 'kim-jong-un' }, 2],
    ['country', { countryCode: 'JP' }, 2],
    ['person and country', { personId: 'kim-jong-un', countryCode: 'JP' }, 0],
    ['date range overlapping (three days, Q3)', { from: '2023-09-01', to: '2023-09-30' }, 4],
    ['date range excludes vague events', { from: '1900-01-01', to: '2100-01-01' }, 11],
    ['country and range (Oct, week 45, Q3, summer)', { countryCode: 'RU', from: '2023-08-15' }, 4],
  ])('%s', async (_name, filter, expected) => {
    const actual = await filteredEvents(db, filter);

    expect(actual).toHaveLength(expected);
    for (const { event, article } of actual) expect(article.id).toBe(event.articleId);
  });

  it('narrows to a collection', async () => {
    const korea = (await db.collections.where('name').equals('Korea').first())!;

    const actual = await filteredEvents(db, { collectionId: korea.id });

    expect(new Set(actual.map((e) => e.article.url))).toEqual(new Set([SATELLITE.article.url, SUMMIT.article.url]));
    expect(actual.some((e) => e.article.url === FISHING.article.url)).toBe(false);
  });

  it("gives a collection's merged timeline", async () => {
    const korea = (await db.collections.where('name').equals('Korea').first())!;

    const actual = await collectionTimeline(db, korea.id);

    expect(actual.dated.filter((e) => e.sources.length === 2).map((e) => e.value)).toEqual(['2023-05', '2023-09-13']);
  });
});

describe('rank entities', () => {
  it('ranks people by the number of articles mentioning them', async () => {
    const expected = [
      { key: 'kim-jong-un', name: 'Kim Jong Un', articles: 2 },
      { key: 'vladimir-putin', name: 'Vladimir Putin', articles: 2 },
      { key: 'kim-yung-ho', name: 'Kim Yung-ho', articles: 1 },
    ];

    const actual = await rankPeople(db);

    expect(actual).toEqual(expected);
  });

  it('ranks countries by the number of articles mentioning them', async () => {
    const actual = await rankCountries(db, 3);

    expect(actual.map((c) => [c.key, c.articles])).toEqual([
      ['JP', 2],
      ['KP', 2],
      ['RU', 2],
    ]);
    expect(actual[0]!.name).toBe('Japan');
  });
});
