import { afterEach, describe, expect, it } from 'vitest';
import type { DatelineDB } from '@/utils/db/schema';
import {
  matchShard,
  SHARD_SIZE,
  shardEntries,
  updateShards,
  type ShardEntry,
  type ShardMatch,
} from '@/utils/db/searchShards';
import { freshDb } from './helpers';

const ENTRIES: ShardEntry[] = [
  { articleId: 1, lastVisited: 1_700_000_000_001, tokens: ['putin', 'kim', 'north', 'korea'] },
  { articleId: 2, lastVisited: 1_700_000_000_002, tokens: [] },
  { articleId: 3, lastVisited: 1_700_000_000_003, tokens: ['2023', 'summit', 'p'] },
  { articleId: 4, lastVisited: 1_700_000_000_004, tokens: ['zelenskyy', 'київ', '東京'] },
  { articleId: 5, lastVisited: 1_700_000_000_005, tokens: ['trade', 'talks', 'kimberley'] },
];

/** The lines of ENTRIES as stored, written through the same code the repository uses. */
async function storedLines(entries: ShardEntry[]): Promise<string> {
  const db = track(freshDb());
  await updateShards(db.searchShards, entries, []);
  return (await db.searchShards.get(0))!.lines;
}

const opened: DatelineDB[] = [];
const track = (db: DatelineDB) => (opened.push(db), db);
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('matchShard', () => {
  it.each<[string, string[], number[] | null, number[]]>([
    ['one-letter prefix', ['p'], null, [1, 3]],
    ['a whole token and a longer one', ['kim'], null, [1, 5]],
    ['a prefix of a later token only (the scan leaps to it)', ['kimb'], null, [5]],
    ['two words on one line', ['kim', 'kor'], null, [1]],
    ['two words found only on different lines', ['putin', 'trade'], null, []],
    ['digits match tokens, never the id or the reading time', ['17'], null, []],
    ['a year token', ['20'], null, [3]],
    ['another script', ['ки'], null, [4]],
    ['CJK', ['東'], null, [4]],
    ['the last line', ['tal'], null, [5]],
    ['no match', ['x'], null, []],
    ['allowed ids only', ['k'], [5], [5]],
  ])('%s: %j', async (_name, words, allowed, expected) => {
    const lines = await storedLines(ENTRIES);
    const actual: ShardMatch[] = [];

    matchShard(lines, words, allowed && new Set(allowed), actual);

    expect(actual).toEqual(
      expected.map((id) => ({ id, lastVisited: ENTRIES.find((e) => e.articleId === id)!.lastVisited })),
    );
  });
});

describe('updateShards', () => {
  it('puts each article in its shard once, replaces it when rewritten and drops it when removed', async () => {
    const db = track(freshDb());
    const far = { articleId: SHARD_SIZE * 3 + 1, lastVisited: 9, tokens: ['far'] };

    await updateShards(db.searchShards, [...ENTRIES, far], []);
    await updateShards(db.searchShards, [{ ...ENTRIES[0]!, lastVisited: 7, tokens: ['renamed'] }], [2]);
    const actual = await db.searchShards.toArray();

    expect(actual.map((s) => s.shard)).toEqual([0, 3]);
    expect(shardEntries(actual[0]!.lines)).toEqual([
      { articleId: 1, lastVisited: 7, tokens: ['renamed'] },
      ...ENTRIES.slice(2),
    ]);
    expect(shardEntries(actual[1]!.lines)).toEqual([far]);
  });

  it('deletes a shard whose last article is removed', async () => {
    const db = track(freshDb());
    await updateShards(db.searchShards, ENTRIES.slice(0, 2), []);

    await updateShards(db.searchShards, [], [1, 2]);

    expect(await db.searchShards.count()).toBe(0);
  });
});
