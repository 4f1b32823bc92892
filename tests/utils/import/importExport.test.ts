import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildExport } from '@/utils/db/queries/exportData';
import type { DatelineDB } from '@/utils/db/schema';
import { serializeExport } from '@/utils/export/serialize';
import { ImportError } from '@/utils/import/check';
import { importValidated, type ImportSummary } from '@/utils/import/importExport';
import { parseImport } from '@/utils/import/parse';
import { FISHING, makeExport, NOW, SATELLITE } from '../../fixtures/timeline/articles';
import { seedDb } from '../../fixtures/timeline/seed';
import { dumpTables, freshDb } from '../db/helpers';

let db: DatelineDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Parses and imports, as the import button does: nothing is written unless the whole file is valid. */
async function importBytes(bytes: Uint8Array): Promise<ImportSummary> {
  return importValidated(db, parseImport(bytes, NOW), NOW);
}

describe('import', () => {
  it('imports an export into an empty database, and exporting again gives the same data', async () => {
    const doc = makeExport();

    const actual = await importBytes(bytesOf(doc));

    expect(actual).toEqual({ articlesAdded: 3, articlesKept: 0, collectionsAdded: 1, itemsAdded: 2 });
    expect(await buildExport(db, { kind: 'all' }, new Date(NOW))).toEqual(doc);
  });

  it('duplicates nothing when the same file is imported twice', async () => {
    const bytes = bytesOf(makeExport());
    await importBytes(bytes);
    const before = await dumpTables(db);

    const actual = await importBytes(bytes);

    expect(actual).toEqual({ articlesAdded: 0, articlesKept: 3, collectionsAdded: 0, itemsAdded: 0 });
    expect(await dumpTables(db)).toEqual(before);
  });

  it('matches articles by URL and collections by name, adding only what is new', async () => {
    await seedDb(db, makeExport([SATELLITE]));
    const doc = makeExport();
    doc.collections[0]!.articles.push(FISHING.article.url);

    const actual = await importBytes(bytesOf(doc));

    expect(actual).toEqual({ articlesAdded: 2, articlesKept: 1, collectionsAdded: 0, itemsAdded: 2 });
    expect(await db.articles.count()).toBe(3);
    expect(await db.collections.count()).toBe(1);
    expect(await db.collectionItems.count()).toBe(3);
  });

  it('adds a star from the file to an article already stored', async () => {
    const ids = await seedDb(db, makeExport([SATELLITE]));
    const doc = makeExport([SATELLITE]);
    doc.articles[0]!.dateline.starred = true;
    doc.collections = [];

    await importBytes(bytesOf(doc));

    expect((await db.articles.get(ids.get(SATELLITE.article.url)!))!.starred).toBe(1);
  });

  it('round-trips a JSON file written by the exporter', async () => {
    await seedDb(db, makeExport());
    const file = serializeExport(await buildExport(db, { kind: 'all' }, new Date(NOW)), 'json');
    const other = freshDb();

    const actual = await importValidated(other, parseImport(new TextEncoder().encode(file.text), NOW), NOW);

    expect(actual.articlesAdded).toBe(3);
    expect(await buildExport(other, { kind: 'all' }, new Date(NOW))).toEqual(makeExport());
    other.close();
  });

  it('changes nothing when a broken file is refused', async () => {
    await seedDb(db, makeExport([SATELLITE]));
    const before = await dumpTables(db);
    const doc = makeExport();
    doc.articles[2]!.events[0]!.sentence.end = 10 ** 9;

    await expect(importBytes(bytesOf(doc))).rejects.toThrow(ImportError);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('rolls back everything when a write fails midway', async () => {
    await seedDb(db, makeExport([SATELLITE]));
    const before = await dumpTables(db);
    const data = parseImport(bytesOf(makeExport()), NOW);
    // A collection referring to a URL that is not in the file cannot get past validation; force one here to
    // make the last write of the transaction fail after articles were added.
    data.collections[0]!.articles.push('https://nowhere.example/');

    await expect(importValidated(db, data, NOW)).rejects.toThrow();
    expect(await dumpTables(db)).toEqual(before);
  });

  it('any byte sequence gives a clean import or a clear ImportError with nothing changed', async () => {
    await seedDb(db, makeExport([SATELLITE]));
    const before = await dumpTables(db);
    const valid = JSON.stringify(makeExport([FISHING]));
    const arbitraryBytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
      // Valid exports with a span cut out or replaced: mostly still JSON, often invalid Dateline data.
      fc
        .tuple(fc.nat(valid.length), fc.nat(40), fc.string({ maxLength: 8 }))
        .map(([at, len, insert]) => new TextEncoder().encode(valid.slice(0, at) + insert + valid.slice(at + len))),
      fc.json().map((j) => new TextEncoder().encode(j)),
    );

    await fc.assert(
      fc.asyncProperty(arbitraryBytes, async (bytes) => {
        try {
          await importBytes(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as Error).message.length).toBeGreaterThan(10);
          expect(await dumpTables(db)).toEqual(before);
          return;
        }
        // A mutation that stayed valid was imported whole; start the next run from the seeded state again.
        db.close();
        db = freshDb();
        await seedDb(db, makeExport([SATELLITE]));
      }),
      { numRuns: 300 },
    );
  });
});
