import Dexie, { type ObservabilitySet } from 'dexie';
import { loadSearchIndex } from '../db/queries/searchIndexLoad';
import type { DatelineDB } from '../db/schema';
import type { SearchIndex } from '../timeline/searchIndex';
import { createSlicer, SLICE_MS, WorkCancelled, yieldToOthers } from '../ui/slicedWork';

/** How the index is built; the defaults are the popup's. */
export interface LiveSearchIndexOptions {
  /** Gives the thread back between slices. */
  pause?: () => Promise<void>;
  /** Main-thread time per slice, ms. */
  sliceMs?: number;
}

/**
 * Keeps an in-memory search index of `db` current until the returned function is called: builds it in slices (the
 * thread is given back every `sliceMs`), reports it through `onIndex`, and whenever the search words or reading order
 * change, here or in the background (Dexie relays writes across the extension's pages), reports null and builds it
 * again from the start. Null means "not ready": the caller searches the database meanwhile, which is always current,
 * so an article stored during a build is found either way. A build that fails leaves it null (the database answers).
 */
export function watchSearchIndex(
  db: DatelineDB,
  onIndex: (index: SearchIndex | null) => void,
  { pause = yieldToOthers, sliceMs = SLICE_MS }: LiveSearchIndexOptions = {},
): () => void {
  let build = 0;
  let stopped = false;
  // Every write that changes what a search finds or its order rewrites the articles' search shards.
  const prefix = `idb://${db.name}/searchShards/`;

  const start = () => {
    const mine = ++build;
    const current = () => !stopped && mine === build;
    loadSearchIndex(
      db,
      createSlicer(pause, sliceMs, () => !current()),
    ).then(
      (index) => {
        if (current()) onIndex(index);
      },
      (error: unknown) => {
        // Cancelled builds and failed ones alike leave the database to answer; a failure shows in its answers.
        if (!(error instanceof WorkCancelled) && current()) onIndex(null);
      },
    );
  };
  const onMutated = (parts: ObservabilitySet) => {
    if (stopped || !Object.keys(parts).some((part) => part.startsWith(prefix))) return;
    onIndex(null);
    start();
  };

  Dexie.on('storagemutated', onMutated);
  start();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
