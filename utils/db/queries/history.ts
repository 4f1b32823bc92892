import { searchTokens, type SearchFilters, type SearchResult, type WordSearch } from '../../timeline/searchIndex';
import type { HistoryEntry } from '../articles';
import type { ArticleRecord, DatelineDB } from '../schema';
import { ShardScan } from '../searchShards';

/** One page of the history, newest read first, with how many articles match in all. */
export interface HistoryPage {
  articles: HistoryEntry[];
  total: number;
}

/** Up to this many candidates, reading their records and sorting them beats walking the lastVisited index. */
const SMALL_SET = 100;

const DAY_MS = 24 * 60 * 60 * 1000;

function intersect(sets: Set<number>[]): Set<number> {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((id) => rest.every((s) => s.has(id))));
}

/** Article ids each filter allows, read from its index; null when no filter is set. */
async function candidates(db: DatelineDB, f: SearchFilters): Promise<Set<number> | null> {
  const sets: Promise<number[]>[] = [];
  if (f.personId !== undefined) {
    sets.push(
      db.people
        .where('personId')
        .equals(f.personId)
        .primaryKeys()
        .then((k) => k.map(([id]) => id)),
    );
  }
  if (f.countryCode !== undefined) {
    sets.push(
      db.countries
        .where('code')
        .equals(f.countryCode)
        .primaryKeys()
        .then((k) => k.map(([id]) => id)),
    );
  }
  if (f.siteName !== undefined) sets.push(db.articles.where('siteName').equals(f.siteName).primaryKeys());
  if (f.starredOnly) sets.push(db.articles.where('starred').equals(1).primaryKeys());
  if (f.from !== undefined || f.to !== undefined) {
    if (f.dateField === 'visited') {
      const from = f.from ? Date.parse(`${f.from}T00:00:00Z`) : -Infinity;
      const to = f.to ? Date.parse(`${f.to}T00:00:00Z`) + DAY_MS : Infinity;
      sets.push(db.articles.where('lastVisited').between(from, to, true, false).primaryKeys());
    } else {
      sets.push(
        db.articles
          .where('publishedTime')
          .between(f.from ?? '', `${f.to ?? '9999-12-31'}\uffff`, true, true)
          .primaryKeys(),
      );
    }
  }
  if (sets.length === 0) return null;
  return intersect((await Promise.all(sets)).map((ids) => new Set(ids)));
}

/**
 * A page of the given articles (every article when `allowed` is null), newest read first, ties newest id first. For a
 * large set only the page's records are read.
 */
async function historyPage(
  db: DatelineDB,
  allowed: Set<number> | null,
  limit: number,
  offset: number,
): Promise<HistoryPage> {
  if (allowed === null) {
    const [articles, total] = await Promise.all([
      db.articles.orderBy('lastVisited').reverse().offset(offset).limit(limit).toArray(),
      db.articles.count(),
    ]);
    return { articles, total };
  }
  if (allowed.size <= SMALL_SET) {
    const rows = (await db.articles.bulkGet([...allowed])).filter((a): a is ArticleRecord => a !== undefined);
    rows.sort((a, b) => b.lastVisited - a.lastVisited || b.id - a.id);
    return { articles: rows.slice(offset, offset + limit), total: rows.length };
  }
  // Walk the lastVisited index newest first, keys only, and stop at the page's end: a search matching half the history
  // fills a page of 50 in about 100 steps. Ties come newest id first, as everywhere in the history.
  const ids: number[] = [];
  let skipped = 0;
  await db.articles
    .orderBy('lastVisited')
    .reverse()
    .until(() => ids.length >= limit)
    .eachPrimaryKey((id) => {
      if (!allowed.has(id)) return;
      if (skipped < offset) skipped++;
      else ids.push(id);
    });
  const articles = (await db.articles.bulkGet(ids)).filter((a): a is ArticleRecord => a !== undefined);
  return { articles, total: allowed.size };
}

/**
 * The history filtered by person, country, site, date range and star, newest read first, `limit` at `offset`.
 * Filters are answered from indexes.
 */
export async function queryHistory(
  db: DatelineDB,
  filters: SearchFilters = {},
  limit = 50,
  offset = 0,
): Promise<HistoryPage> {
  return db.transaction('r', [db.articles, db.people, db.countries], async () =>
    historyPage(db, await candidates(db, filters), limit, offset),
  );
}

/**
 * Articles whose title, site, host, people or countries contain every word of `query` as a prefix ("put" finds
 * "Putin"), with the filters, newest read first. Answered from the stored search words: the search shards (schema
 * version 4: the whole history's words in a few dozen records, scanned as text; no article is read but the page
 * shown), or `index`, the same words held in memory (the shards once read, then the index `loadSearchIndex` builds;
 * utils/popup/liveSearchIndex.ts), quicker still per keystroke. All give the same pages and counts.
 */
export async function searchHistory(
  db: DatelineDB,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
  offset = 0,
  index: WordSearch | null = null,
): Promise<HistoryPage> {
  // Repeated words add nothing; a paste of a whole paragraph is cut to its first 32 words.
  const words = [...new Set(searchTokens(query))].slice(0, 32);
  if (words.length === 0) return queryHistory(db, filters, limit, offset);
  return db.transaction('r', [db.articles, db.people, db.countries, db.searchShards], async () => {
    let found: SearchResult;
    if (index !== null) {
      // The same words in memory: only the filters and the page's records are read.
      found = index.search(words, await candidates(db, filters), limit, offset);
    } else {
      const [allowed, shards] = await Promise.all([candidates(db, filters), db.searchShards.toArray()]);
      found = new ShardScan(shards).search(words, allowed, limit, offset);
    }
    const rows = await db.articles.bulkGet(found.ids);
    return { articles: rows.filter((a): a is ArticleRecord => a !== undefined), total: found.total };
  });
}

/** Distinct site names in the history, for the site filter. */
export async function listSites(db: DatelineDB): Promise<string[]> {
  const sites = (await db.articles.orderBy('siteName').uniqueKeys()) as string[];
  return sites.filter((s) => typeof s === 'string' && s !== '');
}
