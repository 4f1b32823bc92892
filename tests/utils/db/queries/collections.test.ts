import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatelineDB } from '@/utils/db/schema';
import {
  addToCollection,
  cleanCollectionName,
  collectionArticleIds,
  collectionsOfArticle,
  createCollection,
  deleteCollection,
  listCollections,
  removeFromCollection,
  renameCollection,
} from '@/utils/db/queries/collections';
import { FISHING, makeExport, NOW, SATELLITE } from '../../../fixtures/timeline/articles';
import { seedDb } from '../../../fixtures/timeline/seed';
import { freshDb } from '../helpers';

let db: DatelineDB;
let ids: Map<string, number>;
beforeEach(async () => {
  db = freshDb();
  ids = await seedDb(db, makeExport());
});
afterEach(() => db.close());

describe('collections', () => {
  it.each([
    ['  Korea   watch ', 'Korea watch'],
    ['Été', 'Été'],
  ])('cleans the name %j to %j', (name, expected) => {
    expect(cleanCollectionName(name)).toBe(expected);
  });

  it.each([[''], ['   '], ['x'.repeat(121)]])('refuses the name %j', (name) => {
    expect(() => cleanCollectionName(name)).toThrow(/collection/);
  });

  it('creates, lists with counts, renames and deletes', async () => {
    const id = await createCollection(db, 'Japan', NOW);
    await addToCollection(db, id, ids.get(FISHING.article.url)!, NOW);

    expect((await listCollections(db)).map((c) => [c.name, c.articles])).toEqual([
      ['Japan', 1],
      ['Korea', 2],
    ]);

    await renameCollection(db, id, 'Fisheries');
    expect((await db.collections.get(id))!.name).toBe('Fisheries');

    await deleteCollection(db, id);
    expect(await db.collections.get(id)).toBeUndefined();
    expect(await db.collectionItems.where('articleId').equals(ids.get(FISHING.article.url)!).count()).toBe(0);
    expect(await db.articles.get(ids.get(FISHING.article.url)!)).toBeDefined();
  });

  it('refuses a duplicate name on create and rename', async () => {
    const id = await createCollection(db, 'Japan');

    await expect(createCollection(db, 'Korea')).rejects.toThrow('already exists');
    await expect(renameCollection(db, id, 'Korea')).rejects.toThrow('already exists');
    await expect(renameCollection(db, id, 'Japan')).resolves.toBeUndefined();
  });

  it('adds an article once however often it is added, and removes it', async () => {
    const id = await createCollection(db, 'Japan');
    const article = ids.get(SATELLITE.article.url)!;

    await addToCollection(db, id, article);
    await addToCollection(db, id, article);
    expect(await collectionArticleIds(db, id)).toEqual([article]);
    expect((await collectionsOfArticle(db, article)).length).toBe(2);

    await removeFromCollection(db, id, article);
    expect(await collectionArticleIds(db, id)).toEqual([]);
  });

  it('refuses to add to a missing collection or a missing article', async () => {
    const id = await createCollection(db, 'Japan');

    await expect(addToCollection(db, 999, ids.get(SATELLITE.article.url)!)).rejects.toThrow('collection');
    await expect(addToCollection(db, id, 999)).rejects.toThrow('article');
  });
});
