import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatelineDB } from '@/utils/db/schema';
import { deleteAllHistory, deleteArticle, setStarred } from '@/utils/db/queries/deleteArticles';
import { applyRetention } from '@/utils/db/queries/retention';
import { setSetting } from '@/utils/db/settings';
import { FISHING, makeExport, NOW, SATELLITE, SUMMIT } from '../../../fixtures/timeline/articles';
import { seedDb } from '../../../fixtures/timeline/seed';
import { freshDb } from '../helpers';

let db: DatelineDB;
let ids: Map<string, number>;
beforeEach(async () => {
  db = freshDb();
  ids = await seedDb(db, makeExport());
});
afterEach(() => db.close());

async function rowsOf(articleId: number): Promise<number[]> {
  return Promise.all([
    db.articles.where('id').equals(articleId).count(),
    db.people.where('articleId').equals(articleId).count(),
    db.countries.where('articleId').equals(articleId).count(),
    db.mentions.where('articleId').equals(articleId).count(),
    db.events.where('articleId').equals(articleId).count(),
    db.collectionItems.where('articleId').equals(articleId).count(),
  ]);
}

describe('deleteArticle', () => {
  it('deletes an article and every row derived from it, and nothing else', async () => {
    const doomed = ids.get(SATELLITE.article.url)!;
    const kept = ids.get(SUMMIT.article.url)!;
    const keptBefore = await rowsOf(kept);
    expect((await rowsOf(doomed)).every((n) => n > 0)).toBe(true);

    await deleteArticle(db, doomed);

    expect(await rowsOf(doomed)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await rowsOf(kept)).toEqual(keptBefore);
  });
});

describe('deleteAllHistory', () => {
  it('empties the history but keeps collections and settings', async () => {
    await setSetting(db, 'retentionDays', 30);

    await deleteAllHistory(db);

    const counts = await Promise.all(
      [db.articles, db.people, db.countries, db.mentions, db.events, db.collectionItems].map((t) => t.count()),
    );
    expect(counts).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await db.collections.count()).toBe(1);
    expect(await db.settings.get('retentionDays')).toEqual({ key: 'retentionDays', value: 30 });
  });
});

describe('setStarred', () => {
  it.each([true, false])('sets starred to %s', async (starred) => {
    const id = ids.get(FISHING.article.url)!;

    await setStarred(db, id, starred);

    expect((await db.articles.get(id))!.starred).toBe(starred ? 1 : 0);
  });
});

describe('applyRetention', () => {
  // SATELLITE: read 2 days ago, in a collection. SUMMIT: 40 days ago, starred, in a collection. FISHING: 100 days.
  it.each<[string, number | null | undefined, string[]]>([
    ['forever keeps everything', null, [SATELLITE.article.url, SUMMIT.article.url, FISHING.article.url]],
    [
      '30 days removes only the old unstarred article outside collections',
      30,
      [SATELLITE.article.url, SUMMIT.article.url],
    ],
    ['1 day still keeps the starred and collected ones', 1, [SATELLITE.article.url, SUMMIT.article.url]],
  ])('%s', async (_name, days, expected) => {
    await applyRetention(db, NOW, days);

    const actual = (await db.articles.toArray()).map((a) => a.url);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('reads the retention setting when not given, and deletes derived rows', async () => {
    await setSetting(db, 'retentionDays', 30);
    const old = ids.get(FISHING.article.url)!;

    const actual = await applyRetention(db, NOW);

    expect(actual).toBe(1);
    expect(await rowsOf(old)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('outside collections, only the starred article survives a 1-day retention', async () => {
    await db.collectionItems.clear();

    const actual = await applyRetention(db, NOW, 1);

    expect(actual).toBe(2);
    expect((await db.articles.toArray()).map((a) => a.url)).toEqual([SUMMIT.article.url]);
  });
});
