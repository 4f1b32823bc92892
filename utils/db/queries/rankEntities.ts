import { compareRanked, type RankedEntity } from '../../timeline/rankEntities';
import type { DatelineDB, EntityCountRecord } from '../schema';

/**
 * The `limit` entities of a kind mentioned by the most articles, read from the counts kept at write time
 * (`entityCounts`): a few rows from the top of an index, whatever the size of the history. The cut is the one the
 * full count made: most articles first, ties by key; the result is then ordered for reading (ties by name).
 */
async function rank(db: DatelineDB, kind: EntityCountRecord['kind'], limit: number): Promise<RankedEntity[]> {
  if (limit <= 0) return [];
  return db.transaction('r', db.entityCounts, async () => {
    const all = db.entityCounts.where('[kind+articles]').between([kind, 1], [kind, Infinity], true, true);
    let rows = Number.isFinite(limit) ? await all.reverse().limit(limit).toArray() : await all.toArray();
    if (rows.length === limit) {
      // Entities tied with the last one may sort before it by key: take the whole tie, then cut.
      const cut = rows[rows.length - 1]!.articles;
      const tied = await db.entityCounts.where('[kind+articles]').equals([kind, cut]).toArray();
      rows = [...rows.filter((r) => r.articles > cut), ...tied];
    }
    return rows
      .sort((a, b) => b.articles - a.articles || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, limit)
      .map(({ key, name, articles }) => ({ key, name, articles }))
      .sort(compareRanked);
  });
}

/** People ranked by how many articles mention them. */
export async function rankPeople(db: DatelineDB, limit = 100): Promise<RankedEntity[]> {
  return rank(db, 'person', limit);
}

/** Countries ranked by how many articles mention them. */
export async function rankCountries(db: DatelineDB, limit = 250): Promise<RankedEntity[]> {
  return rank(db, 'country', limit);
}
