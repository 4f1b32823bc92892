import { describe, expect, it } from 'vitest';
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
import { FISHING, NOW, SATELLITE } from '../../../fixtures/timeline/articles';
import { seededDbPerTest } from '../../../fixtures/timeline/seededDb';

const seeded = seededDbPerTest();

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
    const id = await createCollection(seeded.db, 'Japan', NOW);
    await addToCollection(seeded.db, id, seeded.ids.get(FISHING.article.url)!, NOW);

    expect((await listCollections(seeded.db)).map((c) => [c.name, c.articles])).toEqual([
      ['Japan', 1],
      ['Korea', 2],
    ]);

    await renameCollection(seeded.db, id, 'Fisheries');
    expect((await seeded.db.collections.get(id))!.name).toBe('Fisheries');

    await deleteCollection(seeded.db, id);
    expect(await seeded.db.collections.get(id)).toBeUndefined();
    expect(
      await seeded.db.collectionItems.where('articleId').equals(seeded.ids.get(FISHING.article.url)!).count(),
    ).toBe(0);
    expect(await seeded.db.articles.get(seeded.ids.get(FISHING.article.url)!)).toBeDefined();
  });

  it('refuses a duplicate name on create and rename', async () => {
    const id = await createCollection(seeded.db, 'Japan');

    await expect(createCollection(seeded.db, 'Korea')).rejects.toThrow('already exists');
    await expect(renameCollection(seeded.db, id, 'Korea')).rejects.toThrow('already exists');
    await expect(renameCollection(seeded.db, id, 'Japan')).resolves.toBeUndefined();
  });

  it('adds an article once however often it is added, and removes it', async () => {
    const id = await createCollection(seeded.db, 'Japan');
    const article = seeded.ids.get(SATELLITE.article.url)!;

    await addToCollection(seeded.db, id, article);
    await addToCollection(seeded.db, id, article);
    expect(await collectionArticleIds(seeded.db, id)).toEqual([article]);
    expect((await collectionsOfArticle(seeded.db, article)).length).toBe(2);

    await removeFromCollection(seeded.db, id, article);
    expect(await collectionArticleIds(seeded.db, id)).toEqual([]);
  });

  it('refuses to add to a missing collection or a missing article', async () => {
    const id = await createCollection(seeded.db, 'Japan');

    await expect(addToCollection(seeded.db, 999, seeded.ids.get(SATELLITE.article.url)!)).rejects.toThrow('collection');
    await expect(addToCollection(seeded.db, id, 999)).rejects.toThrow('article');
  });
});
