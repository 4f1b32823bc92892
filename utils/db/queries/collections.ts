import type { CollectionRecord, DatelineDB } from '../schema';

/** A collection with the number of articles in it. */
export interface CollectionSummary extends CollectionRecord {
  articles: number;
}

/** Longest collection name accepted; names are labels, not documents. */
export const COLLECTION_NAME_MAX = 120;

/** Trims a proposed name and checks it; throws an Error with a message fit for the user. */
export function cleanCollectionName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('A collection needs a name.');
  if (clean.length > COLLECTION_NAME_MAX)
    throw new Error(`A collection name has at most ${COLLECTION_NAME_MAX} characters.`);
  return clean;
}

async function assertFree(db: DatelineDB, name: string, except?: number): Promise<void> {
  const existing = await db.collections.where('name').equals(name).first();
  if (existing && existing.id !== except) throw new Error(`A collection named “${name}” already exists.`);
}

/** Creates a collection and returns its id. Names are unique. */
export async function createCollection(db: DatelineDB, name: string, now = Date.now()): Promise<number> {
  const clean = cleanCollectionName(name);
  return db.transaction('rw', db.collections, async () => {
    await assertFree(db, clean);
    return db.collections.add({ name: clean, createdAt: now });
  });
}

/** Renames a collection; throws when the name is taken or the collection is gone. */
export async function renameCollection(db: DatelineDB, id: number, name: string): Promise<void> {
  const clean = cleanCollectionName(name);
  await db.transaction('rw', db.collections, async () => {
    await assertFree(db, clean, id);
    if ((await db.collections.update(id, { name: clean })) === 0) throw new Error('That collection no longer exists.');
  });
}

/** Deletes a collection and its memberships (its articles stay in the history). The UI asks for confirmation. */
export async function deleteCollection(db: DatelineDB, id: number): Promise<void> {
  await db.transaction('rw', db.collections, db.collectionItems, async () => {
    await db.collectionItems.where('[collectionId+articleId]').between([id, -Infinity], [id, Infinity]).delete();
    await db.collections.delete(id);
  });
}

/** Adds an article to a collection; adding twice changes nothing. */
export async function addToCollection(db: DatelineDB, collectionId: number, articleId: number, now = Date.now()) {
  await db.transaction('rw', db.collections, db.collectionItems, db.articles, async () => {
    if (!(await db.collections.get(collectionId))) throw new Error('That collection no longer exists.');
    if (!(await db.articles.get(articleId))) throw new Error('That article is no longer in the history.');
    if (await db.collectionItems.get([collectionId, articleId])) return;
    await db.collectionItems.add({ collectionId, articleId, addedAt: now });
  });
}

/** Removes an article from a collection. */
export async function removeFromCollection(db: DatelineDB, collectionId: number, articleId: number): Promise<void> {
  await db.collectionItems.delete([collectionId, articleId]);
}

/** Every collection with its article count, by name. */
export async function listCollections(db: DatelineDB): Promise<CollectionSummary[]> {
  return db.transaction('r', db.collections, db.collectionItems, async () => {
    const [collections, keys] = await Promise.all([
      db.collections.orderBy('name').toArray(),
      db.collectionItems.toCollection().primaryKeys(),
    ]);
    const counts = new Map<number, number>();
    for (const [collectionId] of keys) counts.set(collectionId, (counts.get(collectionId) ?? 0) + 1);
    return collections.map((c) => ({ ...c, articles: counts.get(c.id) ?? 0 }));
  });
}

/** Ids of the collections an article belongs to. */
export async function collectionsOfArticle(db: DatelineDB, articleId: number): Promise<number[]> {
  const items = await db.collectionItems.where('articleId').equals(articleId).toArray();
  return items.map((i) => i.collectionId);
}

/** Ids of a collection's articles, most recently added first. */
export async function collectionArticleIds(db: DatelineDB, collectionId: number): Promise<number[]> {
  const items = await db.collectionItems
    .where('[collectionId+articleId]')
    .between([collectionId, -Infinity], [collectionId, Infinity])
    .toArray();
  return items.sort((a, b) => b.addedAt - a.addedAt).map((i) => i.articleId);
}
