import type { Table } from 'dexie';

/**
 * Visits a table's rows in primary-key order, `size` at a time, each batch one range read after the last key seen (an
 * offset would walk every earlier row again). The schema upgrades fill new tables this way so that a large history
 * never sits in memory at once. `visit` may rewrite the rows it gets, but not their keys.
 */
export async function forEachBatch<T extends { id: number }>(
  table: Table<T, number>,
  size: number,
  visit: (rows: T[]) => Promise<unknown> | void,
): Promise<void> {
  let last = -Infinity;
  for (;;) {
    const rows = await table.where(':id').above(last).limit(size).toArray();
    if (rows.length === 0) return;
    last = rows[rows.length - 1]!.id;
    await visit(rows);
  }
}
