import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatelineDB } from '@/utils/db/schema';
import { buildExport } from '@/utils/db/queries/exportData';
import { exportFilename, serializeExport } from '@/utils/export/serialize';
import type { ExportFormat, ExportScope } from '@/utils/export/types';
import { FISHING, makeExport, NOW, SATELLITE, SUMMIT } from '../../fixtures/timeline/articles';
import { seedDb } from '../../fixtures/timeline/seed';
import { freshDb } from '../db/helpers';

let db: DatelineDB;
beforeEach(async () => {
  db = freshDb();
  await seedDb(db, makeExport());
});
afterEach(() => db.close());

const now = new Date(NOW);

describe('buildExport', () => {
  it('exports everything as the annotate schema per article, plus collections, with a format marker', async () => {
    const expected = makeExport();

    const actual = await buildExport(db, { kind: 'all' }, now);

    expect(actual).toEqual(expected);
  });

  it.each<[string, ExportScope, string[], string[]]>([
    ['one article', { kind: 'article', url: FISHING.article.url, title: 'x' }, [FISHING.article.url], []],
    ['a collection', { kind: 'collection', name: 'Korea' }, [SATELLITE.article.url, SUMMIT.article.url], ['Korea']],
    [
      'a person',
      { kind: 'person', id: 'vladimir-putin', name: 'Vladimir Putin' },
      [SATELLITE.article.url, SUMMIT.article.url],
      ['Korea'],
    ],
    [
      'a country',
      { kind: 'country', code: 'JP', name: 'Japan' },
      [SATELLITE.article.url, FISHING.article.url],
      ['Korea'],
    ],
  ])('exports %s', async (_name, scope, expectedUrls, expectedCollections) => {
    const actual = await buildExport(db, scope, now);

    expect(actual.articles.map((a) => a.article.url)).toEqual(expectedUrls);
    expect(actual.collections.map((c) => c.name)).toEqual(expectedCollections);
    for (const c of actual.collections) for (const url of c.articles) expect(expectedUrls).toContain(url);
  });
});

describe('serializeExport', () => {
  it.each<[ExportFormat, ExportScope, string, string]>([
    ['json', { kind: 'all' }, 'dateline-all-2023-11-20.json', 'application/json'],
    [
      'csv',
      { kind: 'person', id: 'p', name: 'Kim Jong Un' },
      'dateline-person-kim-jong-un-2023-11-20.csv',
      'text/csv;charset=utf-8',
    ],
    [
      'timelinejs',
      { kind: 'collection', name: 'Korea / 2023!' },
      'dateline-collection-korea-2023-2023-11-20.timelinejs.json',
      'application/json',
    ],
    [
      'webannotation',
      { kind: 'country', code: 'JP', name: 'Japan' },
      'dateline-country-jp-2023-11-20.jsonld',
      'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    ],
    [
      'json',
      { kind: 'article', url: 'https://x.example', title: 'Séoul: “talks”' },
      'dateline-article-seoul-talks-2023-11-20.json',
      'application/json',
    ],
  ])('%s of %j → %s', (format, scope, expectedName, expectedMime) => {
    const actual = serializeExport({ ...makeExport(), scope }, format);

    expect(actual.filename).toBe(expectedName);
    expect(actual.mime).toBe(expectedMime);
    expect(actual.text.length).toBeGreaterThan(0);
    expect(exportFilename(scope, format, now.toISOString())).toBe(expectedName);
  });

  it('JSON export starts with the format marker and version', () => {
    const actual = JSON.parse(serializeExport(makeExport(), 'json').text);

    expect([actual.format, actual.version]).toEqual(['dateline-export', 1]);
  });
});

describe('a collection exported in each format', () => {
  it.each<ExportFormat>(['json', 'csv', 'timelinejs', 'webannotation'])(
    '%s holds the collection’s articles and no other',
    async (format) => {
      const doc = await buildExport(db, { kind: 'collection', name: 'Korea' }, now);

      const actual = serializeExport(doc, format).text;

      for (const inside of [SATELLITE, SUMMIT]) expect(actual).toContain(inside.article.url);
      expect(actual).not.toContain(FISHING.article.url);
    },
  );
});
