import type { DatelineDB } from '../db/schema';
import { analysisToRows } from '../db/analysisRecords';
import { noEntities, refreshDerived } from '../db/derived';
import { adjustEventDays, tallyEventDays } from '../db/eventDays';
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
      // Batched: one read for the URLs already stored, one bulk write per table, whatever the size of the file.
      const urls = data.articles.map((a) => a.article.url);
      const existing = await db.articles.where('url').anyOf(urls).toArray();
      const idOf = new Map(existing.map((a) => [a.url, a.id]));
      const starred = new Set(existing.filter((a) => a.starred === 1).map((a) => a.id));
      const fresh = data.articles.filter((a) => !idOf.has(a.article.url));
      summary.articlesKept = data.articles.length - fresh.length;
      const newlyStarred = data.articles
        .filter((a) => a.dateline.starred && idOf.has(a.article.url) && !starred.has(idOf.get(a.article.url)!))
        .map((a) => idOf.get(a.article.url)!);
      if (newlyStarred.length > 0) await db.articles.where('id').anyOf(newlyStarred).modify({ starred: 1 });
      const ids = await db.articles.bulkAdd(
        fresh.map((a) => toArticleRecord(a, now)),
        { allKeys: true },
      );
      summary.articlesAdded = fresh.length;
      await db.articleTexts.bulkAdd(fresh.map((a, i) => ({ articleId: ids[i]!, text: a.text })));
      const rows = fresh.map((a, i) => {
        idOf.set(a.article.url, ids[i]!);
        return analysisToRows(ids[i]!, a);
      });
      await db.people.bulkAdd(rows.flatMap((r) => r.people));
      await db.countries.bulkAdd(rows.flatMap((r) => r.countries));
      await db.mentions.bulkAdd(rows.flatMap((r) => r.mentions));
      await db.events.bulkAdd(rows.flatMap((r) => r.events));
      await refreshDerived(db, ids, noEntities());
      await adjustEventDays(db, new Map(), tallyEventDays(rows.flatMap((r) => r.events)));
      for (const c of data.collections) {
        let collectionId = (await db.collections.where('name').equals(c.name).first())?.id;
        if (collectionId === undefined) {
          collectionId = await db.collections.add({ name: c.name, createdAt: c.createdAt });
          summary.collectionsAdded++;
        }
        const wanted = c.articles.map((url) => [collectionId, idOf.get(url)!] as [number, number]);
        const present = await db.collectionItems.bulkGet(wanted);
        const missing = wanted.filter((_, i) => present[i] === undefined);
        await db.collectionItems.bulkAdd(
          missing.map(([cid, articleId]) => ({ collectionId: cid, articleId, addedAt: now })),
        );
        summary.itemsAdded += missing.length;
      }
    }),
  );
  return summary;
}
