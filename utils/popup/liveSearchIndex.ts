import Dexie, { type ObservabilitySet } from 'dexie';
import { buildFromShards } from '../db/queries/searchIndexLoad';
import type { DatelineDB } from '../db/schema';
import { ShardScan } from '../db/searchShards';
import type { WordSearch } from '../timeline/searchIndex';
import { createSlicer, SLICE_MS, WorkCancelled, yieldToOthers } from '../ui/slicedWork';

/** How the words are kept in memory; the defaults are the popup's. */
export interface LiveSearchIndexOptions {
  /** Gives the thread back between slices of the build. */
  pause?: () => Promise<void>;
  /** Main-thread time per slice, ms. */
  sliceMs?: number;
  /** How long after the words are read the index build starts, ms. */
  buildAfterMs?: number;
}

/**
 * Keeps the search words of `db` in memory and current until the returned function is called, reporting through
 * `onSearch` what answers searches from memory: first the search shards as read (one database request; scanned per
 * search exactly as the database path scans them), then, `buildAfterMs` later, the index built from them in slices
 * (the thread is given back every `sliceMs`, so typing stays quick). Whenever the search words or reading order
 * change, here or in the background (Dexie relays writes across the extension's pages), it reports null and starts
 * again. Null means "nothing current in memory": the caller searches the database, which is always current, so an
 * article stored during a build is found either way. A read or build that fails leaves it null.
 */
export function watchSearchIndex(
  db: DatelineDB,
  onSearch: (search: WordSearch | null) => void,
  { pause = yieldToOthers, sliceMs = SLICE_MS, buildAfterMs = 300 }: LiveSearchIndexOptions = {},
): () => void {
  let generation = 0;
  let stopped = false;
  // Every write that changes what a search finds or its order rewrites the articles' search shards.
  const prefix = `idb://${db.name}/searchShards/`;

  const start = () => {
    const mine = ++generation;
    const current = () => !stopped && mine === generation;
    const load = async () => {
      const shards = await db.searchShards.toArray();
      if (!current()) return;
      onSearch(new ShardScan(shards));
      // Reading the words is one request; building the index is a few hundred milliseconds of slices, begun a moment
      // later so that a keystroke typed at once has the thread to itself.
      await new Promise((resolve) => setTimeout(resolve, buildAfterMs));
      if (!current()) return;
      const index = await buildFromShards(
        shards,
        createSlicer(pause, sliceMs, () => !current()),
      );
      if (current()) onSearch(index);
    };
    load().catch((error: unknown) => {
      // Cancelled builds and failed ones alike leave the database to answer; a failure shows in its answers.
      if (!(error instanceof WorkCancelled) && current()) onSearch(null);
    });
  };
  const onMutated = (parts: ObservabilitySet) => {
    if (stopped || !Object.keys(parts).some((part) => part.startsWith(prefix))) return;
    onSearch(null);
    start();
  };

  Dexie.on('storagemutated', onMutated);
  start();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
