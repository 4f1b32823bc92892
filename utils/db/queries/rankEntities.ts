import { compareRanked, countArticlesPerEntity, type RankedEntity } from '../../timeline/rankEntities';
import type { DatelineDB } from '../schema';

/**
 * People ranked by how many articles mention them. Counting reads only the primary keys ([articleId, personId]);
 * then one row per ranked person gives its name.
 */
export async function rankPeople(db: DatelineDB, limit = 100): Promise<RankedEntity[]> {
  return db.transaction('r', db.people, async () => {
    const keys = await db.people.toCollection().primaryKeys();
    const top = countArticlesPerEntity(
      keys.map(([articleId, personId]) => [personId, articleId] as const),
      limit,
    );
    const rows = await Promise.all(top.map((t) => db.people.where('personId').equals(t.key).first()));
    return top.map((t, i) => ({ ...t, name: rows[i]?.name ?? t.key })).sort(compareRanked);
  });
}

/** Countries ranked by how many articles mention them. */
export async function rankCountries(db: DatelineDB, limit = 250): Promise<RankedEntity[]> {
  return db.transaction('r', db.countries, async () => {
    const keys = await db.countries.toCollection().primaryKeys();
    const top = countArticlesPerEntity(
      keys.map(([articleId, code]) => [code, articleId] as const),
      limit,
    );
    const rows = await Promise.all(top.map((t) => db.countries.where('code').equals(t.key).first()));
    return top.map((t, i) => ({ ...t, name: rows[i]?.name ?? t.key })).sort(compareRanked);
  });
}
