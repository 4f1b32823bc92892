import { adjustEntityCounts, entityKeysOf, noEntities } from '../derived';
import { adjustEventDays, eventDaysOf } from '../eventDays';
import type { DatelineDB } from '../schema';
import { updateShards } from '../searchShards';

/** Tables that hold an article or rows derived from it. */
export function articleTables(db: DatelineDB) {
  return [
    db.articles,
    db.articleTexts,
    db.people,
    db.countries,
    db.mentions,
    db.events,
    db.collectionItems,
    db.searchRows,
    db.searchShards,
    db.entityCounts,
    db.eventDays,
  ];
}

/**
 * Deletes articles with their texts, people, countries, mentions, events, collection memberships, search rows and
 * search shard lines, and recounts the people and countries they mentioned. Must run inside a
 * read-write transaction over `articleTables`; callers open it so that this can be one step of a larger change.
 */
export async function deleteArticleRows(db: DatelineDB, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const before = await entityKeysOf(db, ids);
  const days = await eventDaysOf(db, ids);
  await Promise.all([
    db.people.where('articleId').anyOf(ids).delete(),
    db.countries.where('articleId').anyOf(ids).delete(),
    db.mentions.where('articleId').anyOf(ids).delete(),
    db.events.where('articleId').anyOf(ids).delete(),
    db.collectionItems.where('articleId').anyOf(ids).delete(),
  ]);
  await db.articleTexts.bulkDelete(ids);
  await db.searchRows.bulkDelete(ids);
  await updateShards(db.searchShards, [], ids);
  await db.articles.bulkDelete(ids);
  await adjustEntityCounts(db, before, noEntities());
  await adjustEventDays(db, days, new Map());
}

/** Deletes one article and everything derived from it, in one transaction. The UI asks for confirmation. */
export async function deleteArticle(db: DatelineDB, articleId: number): Promise<void> {
  await db.transaction('rw', articleTables(db), () => deleteArticleRows(db, [articleId]));
}

/** Deletes several articles and everything derived from them, in one transaction. */
export async function deleteArticles(db: DatelineDB, articleIds: readonly number[]): Promise<void> {
  await db.transaction('rw', articleTables(db), () => deleteArticleRows(db, [...articleIds]));
}

/**
 * Deletes the whole reading history: every article and everything derived from it. Collections stay, empty,
 * because their names are the user's own work; settings stay too.
 */
export async function deleteAllHistory(db: DatelineDB): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    await Promise.all(articleTables(db).map((t) => t.clear()));
  });
}

/** Stars or unstars an article; starred articles survive retention. */
export async function setStarred(db: DatelineDB, articleId: number, starred: boolean): Promise<void> {
  await db.articles.update(articleId, { starred: starred ? 1 : 0 });
}
