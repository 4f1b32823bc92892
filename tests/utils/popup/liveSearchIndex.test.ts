import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveArticle } from '@/utils/db/articles';
import { searchHistory } from '@/utils/db/queries/history';
import type { DatelineDB } from '@/utils/db/schema';
import { watchSearchIndex } from '@/utils/popup/liveSearchIndex';
import { ShardScan } from '@/utils/db/searchShards';
import { SearchIndex, type WordSearch } from '@/utils/timeline/searchIndex';
import { yieldToOthers } from '@/utils/ui/slicedWork';
import { extractedPayload } from '../messaging/fixtures';
import { freshDb } from '../db/helpers';

const article = (path: string, title: string) => {
  const url = `https://news.example.org${path}`;
  return extractedPayload({ pageUrl: url, meta: { ...extractedPayload().meta, url, title } });
};

let db: DatelineDB;
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  db?.close();
});

/** Watches the words of `db`, recording every report; `pause` runs between slices (every slice is one step). */
function watch(pause: () => Promise<void> = yieldToOthers) {
  const reports: (WordSearch | null)[] = [];
  stops.push(watchSearchIndex(db, (search) => reports.push(search), { pause, sliceMs: 0, buildAfterMs: 0 }));
  return reports;
}

const ids = async (query: string, index: WordSearch | null) =>
  (await searchHistory(db, query, {}, 50, 0, index)).articles.map((a) => a.id);

describe('watchSearchIndex', () => {
  it('reports the shards as read, then the index built from them, both answering as the database does', async () => {
    db = freshDb();
    for (const [i, title] of ['Satellite launch', 'Summit talks', 'Satellite summit'].entries()) {
      await saveArticle(db, article(`/${i}`, title), 1_000 * (i + 1));
    }

    const reports = watch();
    await vi.waitFor(() => expect(reports.at(-1)).toBeInstanceOf(SearchIndex));

    expect(reports).toHaveLength(2);
    expect(reports[0]).toBeInstanceOf(ShardScan);
    for (const query of ['sat', 'summit', 'sat sum', 'news', 'x']) {
      const expected = await ids(query, null);
      expect(await ids(query, reports[0]!)).toEqual(expected);
      expect(await ids(query, reports[1]!)).toEqual(expected);
    }
  });

  it.each([
    ['the first slice', 1],
    ['a later slice', 4],
  ])('finds an article stored during %s of the build', async (_name, at) => {
    db = freshDb();
    for (let i = 0; i < 20; i++) await saveArticle(db, article(`/old${i}`, `Old story ${i}`), 1_000 + i);
    let slices = 0;
    let stored: number | null = null;
    const reports = watch(async () => {
      if (++slices === at) stored = (await saveArticle(db, article('/new', 'Zanzibar ferry'), 9_000)).id;
      await yieldToOthers();
    });

    await vi.waitFor(async () => {
      const index = reports.at(-1);
      expect(index).toBeInstanceOf(SearchIndex);
      expect(await ids('zanzibar', index!)).toEqual([stored]);
    });
    expect(stored).not.toBeNull();
    expect(await ids('story', reports.at(-1)!)).toEqual(await ids('story', null));
  });

  it('reports null at a write (the database answers until the words are read again), then the new words', async () => {
    db = freshDb();
    await saveArticle(db, article('/a', 'Satellite launch'), 1_000);
    const reports = watch();
    await vi.waitFor(() => expect(reports).toHaveLength(2));

    await saveArticle(db, article('/b', 'Satellite summit'), 2_000);
    await vi.waitFor(() => expect(reports).toHaveLength(5));

    expect(reports.map((r) => r?.constructor.name ?? null)).toEqual([
      'ShardScan',
      'SearchIndex',
      null,
      'ShardScan',
      'SearchIndex',
    ]);
    for (const search of reports.slice(3)) {
      expect((await searchHistory(db, 'satellite', {}, 50, 0, search)).total).toBe(2);
    }
  });

  it('reports nothing more once stopped', async () => {
    db = freshDb();
    await saveArticle(db, article('/a', 'Satellite launch'), 1_000);
    const reports = watch();
    await vi.waitFor(() => expect(reports).toHaveLength(2));

    stops.pop()!();
    await saveArticle(db, article('/b', 'Satellite summit'), 2_000);
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(reports).toHaveLength(2);
  });
});
