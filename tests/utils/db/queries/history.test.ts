import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatelineDB } from '@/utils/db/schema';
import { listSites, queryHistory, searchHistory } from '@/utils/db/queries/history';
import type { SearchFilters } from '@/utils/timeline/searchIndex';
import { FISHING, makeExport, SATELLITE, SUMMIT } from '../../../fixtures/timeline/articles';
import { seedDb } from '../../../fixtures/timeline/seed';
import { freshDb } from '../helpers';

let db: DatelineDB;
beforeEach(async () => {
  db = freshDb();
  await seedDb(db, makeExport());
});
afterEach(() => db.close());

const [S, M, F] = [SATELLITE.article.url, SUMMIT.article.url, FISHING.article.url];

describe('queryHistory', () => {
  it.each<[string, SearchFilters, string[]]>([
    ['no filter: newest read first', {}, [S, M, F]],
    ['person', { personId: 'vladimir-putin' }, [S, M]],
    ['country', { countryCode: 'JP' }, [S, F]],
    ['site', { siteName: 'Daily Example' }, [M]],
    ['starred', { starredOnly: true }, [M]],
    ['publication range', { from: '2023-11-01', to: '2023-11-08' }, [S]],
    ['reading range', { from: '2023-10-01', to: '2023-10-31', dateField: 'visited' }, [M]],
    ['person and country', { personId: 'kim-jong-un', countryCode: 'JP' }, [S]],
  ])('%s', async (_name, filters, expected) => {
    const actual = await queryHistory(db, filters);

    expect(actual.articles.map((a) => a.url)).toEqual(expected);
    expect(actual.total).toBe(expected.length);
    expect(actual.articles.every((a) => !('text' in a))).toBe(true);
  });

  it('pages with limit and offset', async () => {
    const actual = await queryHistory(db, {}, 1, 1);

    expect(actual.articles.map((a) => a.url)).toEqual([M]);
    expect(actual.total).toBe(3);
  });
});

describe('listSites and searchHistory', () => {
  it('lists the distinct sites', async () => {
    expect(await listSites(db)).toEqual(['Daily Example', 'Example Times', 'Other, Example']);
  });

  it('finds articles by a person named in them', async () => {
    const actual = await searchHistory(db, 'putin');

    expect(actual.articles.map((a) => a.url)).toEqual([S, M]);
  });
});
