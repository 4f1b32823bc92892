import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { searchHistory } from '@/utils/db/queries/history';
import { loadSearchIndex } from '@/utils/db/queries/searchIndexLoad';
import { STORES_V3, STORES_V4, type DatelineDB } from '@/utils/db/schema';
import { SHARD_SIZE, shardEntries } from '@/utils/db/searchShards';
import { dumpTables, freshDb, writeAtVersion } from './helpers';

const opened: DatelineDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** 700 articles: two of the upgrade's batches of 500 and six shards of 128 ids. */
const SIZE = 700;
const WORDS = ['launch', 'summit', 'trade', 'talks', 'storm'];
const articles = Array.from({ length: SIZE }, (_, k) => ({
  id: k + 1,
  url: `https://site${k % 5}.example/${k + 1}`,
  title: `Story ${k + 1}`,
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: null,
  publishedSource: null,
  excerpt: null,
  wordCount: 1,
  firstVisited: 1,
  lastVisited: 10_000 + ((k * 37) % SIZE),
  visits: 1,
  starred: 0,
  analysisState: 'done',
}));
// Version 3's search rows, as its writers left them.
const searchRows = articles.map((a, k) => ({
  articleId: a.id,
  tokens: ['story', String(a.id), `site${k % 5}`, 'example', WORDS[k % 5]!, ...(k % 3 === 0 ? ['putin'] : [])],
}));

async function upgraded(name: string): Promise<DatelineDB> {
  const factory = new IDBFactory();
  await writeAtVersion(factory, name, 3, STORES_V3, { articles, searchRows });
  const db = freshDb(factory, name);
  opened.push(db);
  await db.open();
  return db;
}

describe('DatelineDB version 4 upgrade (search shards)', () => {
  it('adds only the search shards table to version 3', () => {
    const { searchShards, ...rest } = STORES_V4;

    expect(rest).toEqual(STORES_V3);
    expect(searchShards).toBe('shard');
  });

  it('keeps every record and writes each article once, with its words and reading time, in its shard', async () => {
    const db = await upgraded('dateline-v3-to-v4');
    const actual = await dumpTables(db);

    expect(actual.articles).toEqual(articles);
    expect(actual.searchRows).toEqual(searchRows);
    const shards = actual.searchShards as { shard: number; lines: string }[];
    expect(shards.map((s) => s.shard)).toEqual([0, 1, 2, 3, 4, 5]);
    const entries = shards.flatMap((s) => shardEntries(s.lines).map((e) => ({ ...e, shard: s.shard })));
    expect(entries).toEqual(
      articles.map((a, k) => ({
        articleId: a.id,
        lastVisited: a.lastVisited,
        tokens: searchRows[k]!.tokens,
        shard: Math.floor(a.id / SHARD_SIZE),
      })),
    );
  });

  it.each(['putin', 'sum', 'site3 tr', 'story 12', '7', 'nothing'])(
    '%j: the upgraded database answers as a scan of version 3 rows would, newest read first',
    async (query) => {
      const db = await upgraded(`dateline-v3-to-v4-${query}`);
      const words = query.split(' ');
      const expected = articles
        .filter((_, k) => words.every((w) => searchRows[k]!.tokens.some((t) => t.startsWith(w))))
        .sort((a, b) => b.lastVisited - a.lastVisited || b.id - a.id)
        .map((a) => a.id);

      for (const actual of [
        await searchHistory(db, query, {}, 1_000),
        await searchHistory(db, query, {}, 1_000, 0, await loadSearchIndex(db)),
      ]) {
        expect(actual.total).toBe(expected.length);
        expect(actual.articles.map((a) => a.id)).toEqual(expected);
      }
    },
  );
});
