/**
 * The upgrade timing's in-page code, bundled by esbuild and evaluated in a plain 127.0.0.1 page of Chromium
 * (scripts/upgrade/chromium.ts): the same steps as in Node, on the browser's real IndexedDB.
 */
import type { GeneratorInput } from '../bench/extension/generate';
import { watchUpgrade } from '../../utils/db/upgradeStatus';
import { databaseAt, eventDaysDigest, seed, timeUpgrades } from './steps';

const NAME = 'upgrade-timing';
/** What this page's watchers saw: [Date.now(), which watcher, upgrading]. */
const seen: [number, string, boolean][] = [];

(globalThis as Record<string, unknown>).__upgradeTiming = {
  seed: async (version: number, input: GeneratorInput, from: number, to: number) => {
    const db = databaseAt(NAME, version);
    await seed(db, version, input, from, to);
    const events = await db.table('events').count();
    db.close();
    return events;
  },
  time: (from: number) => timeUpgrades(NAME, undefined, from),
  digest: () => eventDaysDigest(NAME),
  /** Watches at once, and again with a second watcher `lateMs` later (which must learn of a running upgrade by asking). */
  watch: (lateMs: number) => {
    watchUpgrade((upgrading) => seen.push([Date.now(), 'early', upgrading]));
    setTimeout(() => watchUpgrade((upgrading) => seen.push([Date.now(), 'late', upgrading])), lateMs);
  },
  seen: () => seen,
};
