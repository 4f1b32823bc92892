import type { DatelineDB } from '../db/schema';
import { analysisToRows } from '../db/analysisRecords';
import { translateQuotaError } from '../db/quota';
import { toArticleRecord } from './toRecords';
import type { ValidatedImport } from './validate';

/** What an import changed. */
export interface ImportSummary {
  articlesAdded: number;
  /** Articles whose canonical URL was already stored: kept as they are (a star in the file is added). */
  articlesKept: number;
  collectionsAdded: number;
  /** New memberships of articles in collections. */
  itemsAdded: number;
}

/**
 * Writes a validated import in one transaction, so it lands whole or not at all. Articles are matched by
 * canonical URL and collections by name, so importing the same file twice adds nothing the second time.
 */
export async function importValidated(db: DatelineDB, data: ValidatedImport, now = Date.now()): Promise<ImportSummary> {
  const summary: ImportSummary = { articlesAdded: 0, articlesKept: 0, collectionsAdded: 0, itemsAdded: 0 };
  await translateQuotaError(() =>
    db.transaction('rw', db.tables, async () => {
      const idOf = new Map<string, number>();
      for (const exported of data.articles) {
        const existing = await db.articles.where('url').equals(exported.article.url).first();
        if (existing) {
          summary.articlesKept++;
          idOf.set(existing.url, existing.id);
          if (exported.dateline.starred && existing.starred !== 1)
            await db.articles.update(existing.id, { starred: 1 });
          continue;
        }
        const articleId = await db.articles.add(toArticleRecord(exported, now));
        idOf.set(exported.article.url, articleId);
        summary.articlesAdded++;
        const rows = analysisToRows(articleId, exported);
        await db.people.bulkAdd(rows.people);
        await db.countries.bulkAdd(rows.countries);
        await db.mentions.bulkAdd(rows.mentions);
        await db.events.bulkAdd(rows.events);
      }
      for (const c of data.collections) {
        let collectionId = (await db.collections.where('name').equals(c.name).first())?.id;
        if (collectionId === undefined) {
          collectionId = await db.collections.add({ name: c.name, createdAt: c.createdAt });
          summary.collectionsAdded++;
        }
        for (const url of c.articles) {
          const articleId = idOf.get(url)!;
          if (await db.collectionItems.get([collectionId, articleId])) continue;
          await db.collectionItems.add({ collectionId, articleId, addedAt: now });
          summary.itemsAdded++;
        }
      }
    }),
  );
  return summary;
}
