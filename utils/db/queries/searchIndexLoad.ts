import type { SearchIndex } from '../../timeline/searchIndex';
import { SearchIndexBuilder } from '../../timeline/searchIndexBuilder';
import { runSliced, type Slicer } from '../../ui/slicedWork';
import type { DatelineDB, SearchShardRecord } from '../schema';
import { shardEntries, type ShardEntry } from '../searchShards';

/** A slicer that never gives the thread back: the whole build at once. */
const AT_ONCE: Slicer = { step: async () => {} };

/**
 * The in-memory search index of the stored search words (schema version 4's search shards), in history order as the
 * shards give it, so it answers exactly as the shards do. With `slicer` (utils/ui/slicedWork.ts) the thread is given
 * back every few milliseconds, so keystrokes stay quick while it builds (a few hundred milliseconds of work at 10,000
 * articles); without, at once. Rejects with the slicer's `WorkCancelled` when it is cancelled.
 */
export async function loadSearchIndex(db: DatelineDB, slicer: Slicer = AT_ONCE): Promise<SearchIndex> {
  return buildFromShards(await db.searchShards.toArray(), slicer);
}

/** The index of shards already read (see {@link loadSearchIndex}). */
export async function buildFromShards(
  shards: readonly SearchShardRecord[],
  slicer: Slicer = AT_ONCE,
): Promise<SearchIndex> {
  const entries: ShardEntry[] = [];
  for (const shard of shards) {
    await slicer.step();
    entries.push(...shardEntries(shard.lines));
  }
  entries.sort((a, b) => b.lastVisited - a.lastVisited || b.articleId - a.articleId);
  const builder = new SearchIndexBuilder(entries.map((e) => e.articleId));
  await runSliced(builder.add(entries), slicer);
  return runSliced(builder.finish(), slicer);
}
