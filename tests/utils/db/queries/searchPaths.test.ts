import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSearchRows } from '@/utils/db/derived';
import { searchHistory } from '@/utils/db/queries/history';
import { loadSearchIndex } from '@/utils/db/queries/searchIndexLoad';
import type { DatelineDB } from '@/utils/db/schema';
import type { SearchFilters, SearchIndex } from '@/utils/timeline/searchIndex';
import { createSlicer, yieldToOthers } from '@/utils/ui/slicedWork';
import { articleGenerator } from '../../../../scripts/bench/extension/generate';
import { SHARED } from '../../../../scripts/bench/corpus';
import { generatorInput } from '../../../../scripts/bench/storage-data';
import { freshDb } from '../helpers';

/**
 * The first keystrokes are answered from the database's index of the stored words, later ones from the same words in
 * memory: the two must never disagree. A realistic history (the benchmark's generator: real news texts, CoNLL person
 * names with Zipf-like frequency, the world's countries, 60 sites) is searched through both.
 */
const ARTICLES = 1_000;
const hasCorpora = existsSync(join(SHARED, 'data/conll2003/eng.train'));

describe.skipIf(!hasCorpora)('search paths agree on a realistic history (needs ../shared/data corpora)', () => {
  let db: DatelineDB;
  let index: SearchIndex;
  beforeAll(async () => {
    db = freshDb();
    const generate = articleGenerator(generatorInput(1)!);
    const batch = Array.from({ length: ARTICLES }, (_, i) => generate(i));
    await db.transaction('rw', [db.articles, db.people, db.countries, db.searchRows, db.searchShards], async () => {
      const ids = await db.articles.bulkAdd(
        batch.map((b) => b.article),
        { allKeys: true },
      );
      await db.people.bulkAdd(batch.flatMap((b, i) => b.people.map((p) => ({ ...p, articleId: ids[i]! }))));
      await db.countries.bulkAdd(batch.flatMap((b, i) => b.countries.map((c) => ({ ...c, articleId: ids[i]! }))));
      await refreshSearchRows(db, ids);
    });
    // Built as the popup builds it: in slices, giving the thread back between them.
    index = await loadSearchIndex(db, createSlicer(yieldToOthers, 1));
  }, 120_000);
  afterAll(() => db?.close());

  const FILTERS: [string, SearchFilters][] = [
    ['no filter', {}],
    ['a country', { countryCode: 'US' }],
    ['a site', { siteName: 'news2.example' }],
    ['published in 2025', { from: '2025-01-01', to: '2025-12-31' }],
  ];
  const QUERIES = ['p', 'pe', 'peter', 'the', 'new', 'news1', 'news1 example', 'united', 'united st', 'minister', 'pr'];
  const MORE = ['sa', 'john smith', 'k', 'ch', '1', '19', 'a b', 'zzzz', 'the the', 'Genève', 'ÉTATS'];

  it.each(FILTERS.flatMap(([name, filters]) => [...QUERIES, ...MORE].map((q) => [q, name, filters] as const)))(
    '%j, %s: the database and the in-memory index give the same pages and counts',
    async (query, _name, filters) => {
      for (const offset of [0, 50]) {
        const expected = await searchHistory(db, query, filters, 50, offset);

        const actual = await searchHistory(db, query, filters, 50, offset, index);

        expect(actual.total).toBe(expected.total);
        expect(actual.articles.map((a) => a.id)).toEqual(expected.articles.map((a) => a.id));
      }
    },
  );

  it('the table covers small, large and empty answers', async () => {
    const totals = await Promise.all(QUERIES.map(async (q) => (await searchHistory(db, q, {}, 1, 0, index)).total));

    expect(Math.max(...totals)).toBeGreaterThan(ARTICLES / 2);
    expect(totals.some((t) => t > 0 && t < 100)).toBe(true);
    expect((await searchHistory(db, 'zzzz', {}, 1)).total).toBe(0);
  });
});
