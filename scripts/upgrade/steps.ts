/**
 * The schema upgrades one at a time, on a generated history, for timing them (Node with fake-indexeddb, or Chromium
 * through browser-api.ts). A database is seeded as version 1 left it, then opened at each next version in turn with
 * exactly the stores and upgrade function DatelineDB declares for it, so each step's time is that upgrade's alone.
 */
import Dexie, { type DexieOptions, type Transaction } from 'dexie';
import { fillDerivedRows } from '../../utils/db/derived';
import { fillEventDays } from '../../utils/db/eventDays';
import { fillSearchShards } from '../../utils/db/searchShards';
import { announced } from '../../utils/db/upgradeStatus';
import { moveTextsOut, STORES_V1, STORES_V2, STORES_V3, STORES_V4, STORES_V5 } from '../../utils/db/schema';
import { eventEntityDays } from '../../utils/db/eventKeys';
import { articleGenerator, type GeneratorInput } from '../bench/extension/generate';

/** Each version's stores and the upgrade that reaches it (DatelineDB's constructor, as a table; announced alike). */
const VERSIONS: { stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<void>; name: string }[] = [
  { stores: STORES_V1, name: 'v1' },
  { stores: STORES_V2, upgrade: moveTextsOut, name: 'v1→v2 moveTextsOut' },
  { stores: STORES_V3, upgrade: fillDerivedRows, name: 'v2→v3 fillDerivedRows' },
  { stores: STORES_V4, upgrade: fillSearchShards, name: 'v3→v4 fillSearchShards' },
  { stores: STORES_V5, upgrade: fillEventDays, name: 'v4→v5 fillEventDays' },
];

/** The database as versions 1..`version` declare it. */
export function databaseAt(name: string, version: number, options?: DexieOptions): Dexie {
  const db = new Dexie(name, options);
  VERSIONS.slice(0, version).forEach((v, i) => {
    const declared = db.version(i + 1).stores(v.stores);
    if (v.upgrade) declared.upgrade(announced(v.upgrade));
  });
  return db;
}

/**
 * Stores generated articles `from`..`to`-1 as schema `version` keeps them, 250 per transaction: from version 2 the text
 * in `articleTexts`, from version 3 the events' `entityDays`. The rows later versions derive from these (search rows
 * and shards, entity counts) are left out: the upgrades after `version` never read them, so timing them from a
 * database seeded at `version` 3 or 4 skips the slow earlier upgrades without changing what is timed.
 */
export async function seed(db: Dexie, version: number, input: GeneratorInput, from: number, to: number) {
  const generate = articleGenerator(input);
  // The generator draws from one random stream: replay the articles before `from` so every chunk gets the same ones.
  for (let i = 0; i < from; i++) generate(i);
  const tables = ['articles', 'people', 'countries', 'mentions', 'events', ...(version >= 2 ? ['articleTexts'] : [])];
  for (let start = from; start < to; start += 250) {
    const batch = Array.from({ length: Math.min(250, to - start) }, (_, i) => generate(start + i));
    await db.transaction('rw', tables, async () => {
      const ids = (await db.table('articles').bulkAdd(
        batch.map((b) => (version >= 2 ? b.article : { ...b.article, text: b.text })),
        { allKeys: true },
      )) as number[];
      const own = <T>(rows: (b: (typeof batch)[number]) => T[]) =>
        batch.flatMap((b, i) => rows(b).map((r) => ({ ...r, articleId: ids[i]! })));
      if (version >= 2)
        await db.table('articleTexts').bulkAdd(batch.map((b, i) => ({ articleId: ids[i]!, text: b.text })));
      await db.table('people').bulkAdd(own((b) => b.people));
      await db.table('countries').bulkAdd(own((b) => b.countries));
      await db.table('mentions').bulkAdd(own((b) => b.mentions));
      const events = own((b) => b.events);
      await db
        .table('events')
        .bulkAdd(version >= 3 ? events.map((e) => ({ ...e, entityDays: eventEntityDays(e) })) : events);
    });
  }
}

/** One upgrade's wall time, ms from `open()` to the open database. */
export interface StepTime {
  step: string;
  ms: number;
}

/** Opens the database (seeded at `from`) at each next version up to the newest, timing each upgrade. */
export async function timeUpgrades(name: string, options?: DexieOptions, from = 1): Promise<StepTime[]> {
  const times: StepTime[] = [];
  for (let version = from + 1; version <= VERSIONS.length; version++) {
    const db = databaseAt(name, version, options);
    const t0 = performance.now();
    await db.open();
    times.push({ step: VERSIONS[version - 1]!.name, ms: performance.now() - t0 });
    db.close();
  }
  return times;
}

/** What the last upgrade left, to check two implementations agree: event day rows and a checksum of them. */
export async function eventDaysDigest(name: string, options?: DexieOptions) {
  const db = databaseAt(name, VERSIONS.length, options);
  const rows = (await db.table('eventDays').toArray()) as { key: string; count: number }[];
  db.close();
  let hash = 0;
  for (const r of rows) for (const c of `${r.key}=${r.count};`) hash = (Math.imul(hash, 31) + c.charCodeAt(0)) | 0;
  return { rows: rows.length, total: rows.reduce((n, r) => n + r.count, 0), hash };
}
