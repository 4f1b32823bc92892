import { toExportedArticle } from '../../export/fromRecords';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type DatelineExport,
  type ExportedCollection,
  type ExportScope,
} from '../../export/types';
import type { DatelineDB } from '../schema';
import { loadArticleBundles } from './articleBundle';

async function articleIdsInScope(db: DatelineDB, scope: ExportScope): Promise<number[]> {
  switch (scope.kind) {
    case 'all':
      return db.articles.toCollection().primaryKeys();
    case 'article':
      return db.articles.where('url').equals(scope.url).primaryKeys();
    case 'collection': {
      const collection = await db.collections.where('name').equals(scope.name).first();
      if (!collection) return [];
      const items = await db.collectionItems
        .where('[collectionId+articleId]')
        .between([collection.id, -Infinity], [collection.id, Infinity])
        .toArray();
      return items.map((i) => i.articleId);
    }
    case 'person':
      return (await db.people.where('personId').equals(scope.id).primaryKeys()).map(([id]) => id);
    case 'country':
      return (await db.countries.where('code').equals(scope.code).primaryKeys()).map(([id]) => id);
  }
}

/**
 * Reads what an export covers, in one transaction: its articles in the `annotate` schema, and the collections
 * they belong to (for "everything", all collections, empty ones too).
 */
export async function buildExport(db: DatelineDB, scope: ExportScope, now: Date = new Date()): Promise<DatelineExport> {
  return db.transaction('r', db.tables, async () => {
    const ids = (await articleIdsInScope(db, scope)).sort((a, b) => a - b);
    const bundles = await loadArticleBundles(db, ids);
    const urlOf = new Map(bundles.map((b) => [b.article.id, b.article.url]));
    const [collections, items] = await Promise.all([
      db.collections.orderBy('name').toArray(),
      db.collectionItems.toArray(),
    ]);
    const exported: ExportedCollection[] = [];
    for (const c of collections) {
      const urls = items
        .filter((i) => i.collectionId === c.id && urlOf.has(i.articleId))
        .sort((a, b) => a.addedAt - b.addedAt)
        .map((i) => urlOf.get(i.articleId)!);
      const wanted = scope.kind === 'all' || (scope.kind === 'collection' && scope.name === c.name) || urls.length > 0;
      if (wanted) exported.push({ name: c.name, createdAt: c.createdAt, articles: urls });
    }
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      scope,
      articles: bundles.map(toExportedArticle),
      collections: exported,
    };
  });
}
