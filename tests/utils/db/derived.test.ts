import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markNotAnalysed, saveAnalysis } from '@/utils/db/analysis';
import { saveArticle } from '@/utils/db/articles';
import { recountAllEntities } from '@/utils/db/derived';
import { deleteAllHistory, deleteArticle } from '@/utils/db/queries/deleteArticles';
import { importValidated } from '@/utils/import/importExport';
import { validateExport } from '@/utils/import/validate';
import type { DatelineDB } from '@/utils/db/schema';
import { makeExport } from '../../fixtures/timeline/articles';
import { extractedPayload } from '../messaging/fixtures';
import { ANALYSIS, TEXT } from './analysisFixture';
import { freshDb } from './helpers';

let db: DatelineDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** Stores an analysed article at `path`; the analysis without its people when `withoutPeople`. */
async function store(path: string, withoutPeople = false): Promise<number> {
  const url = `https://news.example.org${path}`;
  const { id } = await saveArticle(
    db,
    extractedPayload({ pageUrl: url, text: TEXT, meta: { ...extractedPayload().meta, url } }),
    1,
  );
  const analysis = withoutPeople ? { ...ANALYSIS, people: [] } : ANALYSIS;
  await saveAnalysis(db, id, analysis, { version: 1, now: 2, text: TEXT });
  return id;
}

/** The counts kept at write time, and the same counted from scratch from the people and countries tables. */
async function keptAndRecounted() {
  const kept = await db.entityCounts.toArray();
  await db.transaction('rw', [db.people, db.countries, db.entityCounts], () => recountAllEntities(db));
  return { kept, recounted: await db.entityCounts.toArray() };
}

describe('entity counts kept at write time', () => {
  it.each<[string, () => Promise<unknown>]>([
    ['three analysed articles', async () => Promise.all([store('/a'), store('/b'), store('/c')])],
    [
      'an article analysed again without its people',
      async () => {
        await store('/a');
        await store('/b');
        await store('/b', true);
      },
    ],
    [
      'an article no longer analysed (other language)',
      async () => {
        const id = await store('/a');
        await store('/b');
        await markNotAnalysed(db, id, 'de', { version: 1, now: 3, text: TEXT });
      },
    ],
    [
      'an article deleted',
      async () => {
        const id = await store('/a');
        await store('/b');
        await deleteArticle(db, id);
      },
    ],
    ['the last article of each entity deleted', async () => deleteArticle(db, await store('/a'))],
    ['an import', async () => importValidated(db, validateExport(makeExport()))],
    [
      'all history deleted',
      async () => {
        await store('/a');
        await deleteAllHistory(db);
      },
    ],
  ])('match a count from scratch after %s', async (_name, writes) => {
    await writes();

    const { kept, recounted } = await keptAndRecounted();

    expect(kept).toEqual(recounted);
  });

  it('count articles, not mentions', async () => {
    await store('/a');
    await store('/b');

    const actual = await db.entityCounts.toArray();

    expect(actual.every((c) => c.articles === 2)).toBe(true);
    expect(actual.length).toBe(ANALYSIS.people.length + ANALYSIS.countries.length);
  });
});
