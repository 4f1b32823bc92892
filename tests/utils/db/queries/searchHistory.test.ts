import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saveArticle } from '@/utils/db/articles';
import { noEntities, refreshDerived } from '@/utils/db/derived';
import { deleteArticle } from '@/utils/db/queries/deleteArticles';
import { searchHistory } from '@/utils/db/queries/history';
import { loadSearchIndex } from '@/utils/db/queries/searchIndexLoad';
import type { ArticleRecord, DatelineDB } from '@/utils/db/schema';
import type { SearchFilters } from '@/utils/timeline/searchIndex';
import { extractedPayload } from '../../messaging/fixtures';
import { freshDb } from '../helpers';

/** An article as the search sees it: its record's fields and its people and countries. */
interface Doc {
  id: number;
  title?: string | null;
  siteName?: string | null;
  url?: string;
  publishedTime?: string | null;
  starred?: 0 | 1;
  people?: { id: string; name: string }[];
  countries?: { code: string; name: string }[];
}

/** Writes the documents as the repository would (records, people, countries, then the derived rows). */
async function store(db: DatelineDB, docs: Doc[]): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.articles.bulkAdd(
      docs.map((d): ArticleRecord => ({
        id: d.id,
        url: d.url ?? `https://site${d.id}.example/a`,
        title: d.title ?? null,
        byline: null,
        siteName: d.siteName ?? null,
        lang: 'en',
        publishedTime: d.publishedTime ?? null,
        publishedSource: null,
        excerpt: null,
        wordCount: 0,
        firstVisited: d.id * 1000,
        lastVisited: d.id * 1000,
        visits: 1,
        starred: d.starred ?? 0,
        analysisState: 'done',
      })),
    );
    await db.people.bulkAdd(
      docs.flatMap((d) =>
        (d.people ?? []).map((p) => ({
          articleId: d.id,
          personId: p.id,
          name: p.name,
          role: null,
          countries: [],
          mentionCount: 1,
        })),
      ),
    );
    await db.countries.bulkAdd(
      docs.flatMap((d) => (d.countries ?? []).map((c) => ({ articleId: d.id, ...c, mentionCount: 1 }))),
    );
    await refreshDerived(
      db,
      docs.map((d) => d.id),
      noEntities(),
    );
  });
}

const DOCS: Doc[] = [
  {
    id: 1,
    title: 'Pyongyang readies a satellite launch',
    siteName: 'Example Times',
    url: 'https://www.news.example/sat',
    publishedTime: '2023-11-08T09:30:00+09:00',
    people: [{ id: 'kim-jong-un', name: 'Kim Jong Un' }],
    countries: [{ code: 'KP', name: 'North Korea' }],
  },
  {
    id: 2,
    title: 'Summit at the cosmodrome',
    siteName: 'Daily Example',
    publishedTime: '2023-09-14',
    starred: 1,
    people: [
      { id: 'vladimir-putin', name: 'Vladimir Putin' },
      { id: 'kim-jong-un', name: 'Kim Jong Un' },
    ],
    countries: [{ code: 'RU', name: 'Russia' }],
  },
  { id: 3, title: 'Genève talks on Zelenskyy plan', siteName: 'Other', publishedTime: '2022-01-01' },
];

const opened: DatelineDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function dbWith(docs: Doc[]): Promise<DatelineDB> {
  const db = freshDb();
  opened.push(db);
  await store(db, docs);
  return db;
}

const ids = async (page: Promise<{ articles: { id: number }[] }>) => (await page).articles.map((a) => a.id);

describe('searchHistory (the stored search words, in the database and in memory)', () => {
  // The cases the in-memory index of schema version 2 was tested with, with the same answers.
  it.each<[string, string, SearchFilters, number[]]>([
    ['empty query: everything, newest read first', '', {}, [3, 2, 1]],
    ['person name prefix', 'put', {}, [2]],
    ['prefix of several words must all match', 'kim jo', {}, [2, 1]],
    ['title words', 'satellite', {}, [1]],
    ['site name', 'daily', {}, [2]],
    ['host name', 'news', {}, [1]],
    ['country name', 'north kor', {}, [1]],
    ['accents folded', 'geneve', {}, [3]],
    ['case folded', 'ZELENSKYY', {}, [3]],
    ['no match', 'xyz', {}, []],
    ['a word that matches nothing empties the result', 'kim xyz', {}, []],
    ['person filter', '', { personId: 'kim-jong-un' }, [2, 1]],
    ['country filter', '', { countryCode: 'RU' }, [2]],
    ['site filter', '', { siteName: 'Other' }, [3]],
    ['starred only', '', { starredOnly: true }, [2]],
    ['publication date range', '', { from: '2023-01-01', to: '2023-10-01' }, [2]],
    ['query and filter together', 'kim', { countryCode: 'KP' }, [1]],
    [
      'reading-date range uses lastVisited',
      '',
      { from: '1970-01-01', to: '1970-01-01', dateField: 'visited' },
      [3, 2, 1],
    ],
  ])('%s: %j %j', async (_name, query, filters, expected) => {
    const db = await dbWith(DOCS);

    const index = await loadSearchIndex(db);

    for (const actual of [
      await searchHistory(db, query, filters),
      await searchHistory(db, query, filters, 50, 0, index),
    ]) {
      expect(actual.articles.map((a) => a.id)).toEqual(expected);
      expect(actual.total).toBe(expected.length);
    }
  });

  it('caps the page at the limit but counts every match', async () => {
    const db = await dbWith(DOCS);

    const index = await loadSearchIndex(db);

    for (const actual of [await searchHistory(db, 'e', {}, 2), await searchHistory(db, 'e', {}, 2, 0, index)]) {
      expect(actual.articles.map((a) => a.id)).toEqual([3, 2]);
      expect(actual.total).toBe(3);
    }
  });

  it('counts a document once however many of its tokens share a prefix', async () => {
    const db = await dbWith([{ id: 9, title: 'Kim Kim Kimberley kimchi' }]);

    expect(await ids(searchHistory(db, 'kim kim'))).toEqual([9]);
    expect(await ids(searchHistory(db, 'kim kim', {}, 50, 0, await loadSearchIndex(db)))).toEqual([9]);
  });

  it('follows a renamed title and a deleted article (the words are kept up to date)', async () => {
    const db = await dbWith(DOCS);
    const url = 'https://www.news.example/sat';
    await saveArticle(
      db,
      extractedPayload({ pageUrl: url, meta: { ...extractedPayload().meta, url, title: 'Rocket' } }),
      5_000,
    );
    await deleteArticle(db, 2);

    expect(await ids(searchHistory(db, 'rocket'))).toEqual([1]);
    expect(await ids(searchHistory(db, 'satellite'))).toEqual([]);
    expect(await ids(searchHistory(db, 'putin'))).toEqual([]);
  });

  describe('at 2,000 articles, paged past the small-set path', () => {
    const words = ['satellite', 'launch', 'summit', 'talks', 'rocket', 'border', 'trade', 'election', 'court', 'storm'];
    const many: Doc[] = Array.from({ length: 2_000 }, (_, i) => ({
      id: i + 1,
      title: `${words[i % 10]} ${words[(i * 7) % 10]} report number ${i}`,
      siteName: `Site ${i % 50}`,
      people: [
        { id: `p${i % 400}`, name: `Person${i % 400} Surname${i % 97}` },
        { id: `q${i % 300}`, name: `Other${i % 300} Name` },
      ],
      countries: [{ code: 'KP', name: 'North Korea' }],
    }));
    let db: DatelineDB;
    beforeAll(async () => {
      db = freshDb();
      await store(db, many);
      return () => db.close();
    }, 60_000);

    it.each(['s', 'sa', 'talks lau', 'person12 surname12', 'north', 'other1 name', 'zzz'])('%j', async (query) => {
      const tokens = (d: Doc) =>
        `${d.title} ${d.siteName} site${d.id} example ${d.people!.map((p) => p.name).join(' ')} north korea`
          .toLowerCase()
          .split(/[^a-z0-9]+/);
      const expected = many
        .filter((d) => query.split(' ').every((w) => tokens(d).some((t) => t.startsWith(w))))
        .map((d) => d.id)
        .reverse();

      const index = await loadSearchIndex(db);

      for (const actual of [
        await searchHistory(db, query, { countryCode: 'KP' }, 50, 10),
        await searchHistory(db, query, { countryCode: 'KP' }, 50, 10, index),
      ]) {
        expect(actual.total).toBe(expected.length);
        expect(actual.articles.map((a) => a.id)).toEqual(expected.slice(10, 60));
      }
    });
  });
});
