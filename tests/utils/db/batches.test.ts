import type { Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { forEachBatch } from '@/utils/db/batches';
import type { ArticleRecord, DatelineDB } from '@/utils/db/schema';
import { freshDb } from './helpers';

const opened: DatelineDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A table holding `ids` (in the order given, with gaps where ids are missing). */
async function tableWith(ids: number[]) {
  const db = freshDb();
  opened.push(db);
  await db.articles.bulkAdd(ids.map((id) => ({ id, url: `https://news.example/${id}` }) as ArticleRecord));
  return db.articles as Table<ArticleRecord, number>;
}

describe('forEachBatch', () => {
  it.each([
    ['an empty table', [], 3, []],
    ['fewer rows than a batch', [1, 2], 3, [[1, 2]]],
    [
      'whole batches',
      [1, 2, 3, 4, 5, 6],
      3,
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    ['ids with gaps, added out of order', [9, 2, 30, 4, 11], 2, [[2, 4], [9, 11], [30]]],
  ])('visits %s in id order, a batch at a time', async (_name, ids, size, expected) => {
    const table = await tableWith(ids);
    const actual: number[][] = [];

    await forEachBatch(table, size, (rows) => {
      actual.push(rows.map((r) => r.id));
    });

    expect(actual).toEqual(expected);
  });

  it('goes on past the rows a visit rewrites', async () => {
    const table = await tableWith([1, 2, 3, 4, 5]);

    await forEachBatch(table, 2, (rows) => table.bulkPut(rows.map((r) => ({ ...r, title: `seen ${r.id}` }))));
    const actual = (await table.toArray()).map((r) => r.title);

    expect(actual).toEqual(['seen 1', 'seen 2', 'seen 3', 'seen 4', 'seen 5']);
  });
});
