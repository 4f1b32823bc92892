import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markNotAnalysed, saveAnalysis } from '@/utils/db/analysis';
import { saveArticle } from '@/utils/db/articles';
import { deleteArticle } from '@/utils/db/queries/deleteArticles';
import type { DatelineDB } from '@/utils/db/schema';
import { importValidated } from '@/utils/import/importExport';
import { parseImport } from '@/utils/import/parse';
import { makeExport } from '../../fixtures/timeline/articles';
import { extractedPayload } from '../messaging/fixtures';
import { ANALYSIS, TEXT } from './analysisFixture';
import { freshDb } from './helpers';

let db: DatelineDB;
let stored: number;
beforeAll(() => {
  db = freshDb();
});
afterAll(() => db.close());

/**
 * Each kept count beside what IndexedDB itself counts on the `entityDays` index for that key (walking it), for every
 * placeable key any stored event carries and every kept row: the two must agree, and no row may outlive its events.
 */
async function keptAndCounted() {
  const events = await db.events.toArray();
  const rows = await db.eventDays.toArray();
  const keys = [
    ...new Set(
      [...events.flatMap((e) => e.entityDays ?? []), ...rows.map((r) => r.key)].filter((k) => !k.endsWith('~')),
    ),
  ].sort();
  const kept = new Map(rows.map((r) => [r.key, r.count]));
  const actual = keys.map((key) => [key, kept.get(key) ?? 0]);
  const expected = await Promise.all(
    keys.map(async (key) => [key, await db.events.where('entityDays').equals(key).count()]),
  );
  return { actual, expected, keys: keys.length };
}

/** Write paths in the order a reader might take them; each must leave the kept counts equal to the index's. */
describe('eventDays kept at write time', () => {
  it.each<[string, () => Promise<unknown>]>([
    [
      'importing a file of three articles',
      () => importValidated(db, parseImport(new TextEncoder().encode(JSON.stringify(makeExport())).buffer)),
    ],
    [
      'storing and analysing an article',
      async () => {
        stored = (await saveArticle(db, extractedPayload({ text: TEXT }), Date.now())).id;
        await saveAnalysis(db, stored, ANALYSIS, { version: 1, now: Date.now(), text: TEXT });
      },
    ],
    [
      're-analysing it with its event moved to another month',
      () =>
        saveAnalysis(
          db,
          stored,
          {
            ...ANALYSIS,
            events: ANALYSIS.events.map((e) => ({
              ...e,
              date: { value: '2023-06', start: '2023-06-01', end: '2023-06-30' },
            })),
          },
          { version: 2, now: Date.now(), text: TEXT },
        ),
    ],
    [
      're-analysing it with no events',
      () => saveAnalysis(db, stored, { ...ANALYSIS, events: [] }, { version: 3, now: Date.now(), text: TEXT }),
    ],
    [
      'analysing it again, then marking it as in another language (its events dropped)',
      async () => {
        await saveAnalysis(db, stored, ANALYSIS, { version: 4, now: Date.now(), text: TEXT });
        await markNotAnalysed(db, stored, 'fr', { version: 5, now: Date.now(), text: TEXT });
      },
    ],
    ['deleting an imported article', async () => deleteArticle(db, (await db.articles.orderBy('id').first())!.id)],
  ])('%s', async (_name, write) => {
    await write();

    const { actual, expected, keys } = await keptAndCounted();

    expect(actual).toEqual(expected);
    expect(keys).toBeGreaterThan(0);
  });
});
