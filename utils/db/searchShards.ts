import type { Table } from 'dexie';
import type { SearchResult, WordSearch } from '../timeline/searchIndex';
import type { TableSource } from './derived';
import type { ArticleRecord, ArticleSearchRecord, SearchShardRecord } from './schema';
import { forEachBatch } from './batches';

/**
 * Schema version 4's search shards: every article's search words and last reading time as one line of text, 256
 * articles to a record. A search reads the whole history's words in a few dozen records (a database index of the
 * words, one entry per article and word, takes ~100 ms to scan for a one-letter word at 10,000 articles) and matches
 * them with string scans, so the first keystroke needs no in-memory index.
 */

/** Articles per shard, by id: ~25 kB of text each (Chromium stores a value over 64 kB apart, as a file). */
export const SHARD_SIZE = 128;

/** What a shard keeps of one article. */
export interface ShardEntry {
  articleId: number;
  lastVisited: number;
  tokens: readonly string[];
}

/** The shard an article's line is in. */
export function shardOf(articleId: number): number {
  return Math.floor(articleId / SHARD_SIZE);
}

/**
 * `id TAB lastVisited TAB` then each token after a space. Tokens hold only letters and digits, so a space followed by
 * a word occurs in a line exactly where one of its tokens starts with that word.
 */
function lineOf(entry: ShardEntry): string {
  return `${entry.articleId}\t${entry.lastVisited}\t${entry.tokens.map((t) => ` ${t}`).join('')}`;
}

function parseLine(line: string): ShardEntry {
  const [id, lastVisited, rest] = line.split('\t');
  return { articleId: Number(id), lastVisited: Number(lastVisited), tokens: rest!.split(' ').slice(1) };
}

/** The articles of one shard's `lines`. */
export function shardEntries(lines: string): ShardEntry[] {
  return lines === '' ? [] : lines.split('\n').map(parseLine);
}

/** An article that matched: its id and when it was last read (for the history's order). */
export interface ShardMatch {
  id: number;
  lastVisited: number;
}

/**
 * Appends to `out` the articles of a shard's `lines` that have, for every word, a token starting with it (and are in
 * `allowed` when given).
 */
export function matchShard(
  lines: string,
  words: readonly string[],
  allowed: ReadonlySet<number> | null,
  out: ShardMatch[],
): void {
  const needles = words.map((w) => ` ${w}`);
  let lineStart = 0;
  // Each line is checked with one forward search per word; a word found only past the line's end means no line
  // before that one has it, so the scan leaps there: a rare word costs one pass over the text, not one per line.
  next: while (lineStart < lines.length) {
    let lineEnd = lines.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = lines.length;
    for (const needle of needles) {
      const at = lines.indexOf(needle, lineStart);
      if (at < 0) return;
      if (at > lineEnd) {
        lineStart = lines.lastIndexOf('\n', at) + 1;
        continue next;
      }
    }
    const tab = lines.indexOf('\t', lineStart);
    const id = Number(lines.slice(lineStart, tab));
    if (allowed === null || allowed.has(id)) {
      out.push({ id, lastVisited: Number(lines.slice(tab + 1, lines.indexOf('\t', tab + 1))) });
    }
    lineStart = lineEnd + 1;
  }
}

/**
 * A search over shards read from the database: every line scanned, matches in history order (last read first, ties
 * newest id first, as the history lists them). What answers a search until the in-memory index is built.
 */
export class ShardScan implements WordSearch {
  constructor(private readonly shards: readonly SearchShardRecord[]) {}

  search(words: readonly string[], allowed: ReadonlySet<number> | null, limit: number, offset = 0): SearchResult {
    const matches: ShardMatch[] = [];
    for (const shard of this.shards) matchShard(shard.lines, words, allowed, matches);
    matches.sort((a, b) => b.lastVisited - a.lastVisited || b.id - a.id);
    return { ids: matches.slice(offset, offset + limit).map((m) => m.id), total: matches.length };
  }
}

/** Writes the given articles' lines and removes those of `removed`, one read and one write per shard touched. */
export async function updateShards(
  shards: Table<SearchShardRecord, number>,
  put: readonly ShardEntry[],
  removed: readonly number[],
): Promise<void> {
  const touched = [...new Set([...put.map((e) => e.articleId), ...removed].map(shardOf))];
  if (touched.length === 0) return;
  const records = await shards.bulkGet(touched);
  const byShard = new Map(
    touched.map((shard, i) => [shard, new Map(shardEntries(records[i]?.lines ?? '').map((e) => [e.articleId, e]))]),
  );
  for (const id of removed) byShard.get(shardOf(id))!.delete(id);
  for (const entry of put) byShard.get(shardOf(entry.articleId))!.set(entry.articleId, entry);
  const kept = [...byShard].map(([shard, entries]) => ({
    shard,
    lines: [...entries.values()]
      .sort((a, b) => a.articleId - b.articleId)
      .map(lineOf)
      .join('\n'),
  }));
  const emptied = kept.filter((r) => r.lines === '').map((r) => r.shard);
  if (emptied.length > 0) await shards.bulkDelete(emptied);
  const written = kept.filter((r) => r.lines !== '');
  if (written.length > 0) await shards.bulkPut(written);
}

/**
 * Fills the shards from the stored search rows and articles (the version 4 upgrade), 500 articles at a time by id.
 * Each batch is two range reads (its articles, then the search rows of the same id range): reading them by key, one
 * request per article and table, made 20,000 requests at 10,000 articles.
 */
export async function fillSearchShards(t: TableSource): Promise<void> {
  const articles = t.table('articles') as Table<ArticleRecord, number>;
  const searchRows = t.table('searchRows') as Table<ArticleSearchRecord, number>;
  const shards = t.table('searchShards') as Table<SearchShardRecord, number>;
  await forEachBatch(articles, 500, async (records) => {
    const rows = await searchRows.where(':id').between(records[0]!.id, records.at(-1)!.id, true, true).toArray();
    const tokens = new Map(rows.map((r) => [r.articleId, r.tokens]));
    const entries = records.map((a) => ({
      articleId: a.id,
      lastVisited: a.lastVisited,
      tokens: tokens.get(a.id) ?? [],
    }));
    await updateShards(shards, entries, []);
  });
}
