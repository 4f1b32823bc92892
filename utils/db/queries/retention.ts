import type { DatelineDB } from '../schema';
import { getSettings } from '../settings';
import { articleTables, deleteArticleRows } from './deleteArticles';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes articles last read more than the retention ago, with everything derived from them, in one
 * transaction. Starred articles and articles in a collection are kept: both are the reader saying "keep this".
 * `days` defaults to the `retentionDays` setting. Returns how many articles were deleted. The background calls it on
 * startup and from a daily alarm.
 */
export async function applyRetention(db: DatelineDB, now: number = Date.now(), days?: number | null): Promise<number> {
  const keepDays = days === undefined ? (await getSettings(db)).retentionDays : days;
  if (keepDays === null || !(keepDays > 0)) return 0;
  const cutoff = now - keepDays * DAY_MS;
  return db.transaction('rw', articleTables(db), async () => {
    const old = await db.articles
      .where('lastVisited')
      .below(cutoff)
      .filter((a) => a.starred !== 1)
      .primaryKeys();
    const inCollections = new Set(
      (await db.collectionItems.where('articleId').anyOf(old).toArray()).map((i) => i.articleId),
    );
    const doomed = old.filter((id) => !inCollections.has(id));
    await deleteArticleRows(db, doomed);
    return doomed.length;
  });
}
