import type { SearchDoc, SearchFilters } from '../../timeline/searchIndex';
import type { HistoryEntry } from '../articles';
import type { ArticleRecord, DatelineDB } from '../schema';

/** One page of the history, newest read first, with how many articles match in all. */
export interface HistoryPage {
  articles: HistoryEntry[];
  total: number;
}

/** Below this many candidates, loading them and sorting beats walking the lastVisited index. */
const SMALL_SET = 500;

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
 * The history filtered by person, country, site, date range and star, newest read first, `limit` at `offset`.
 * Filters are answered from indexes; the text search lives in the in-memory SearchIndex.
 */
export async function queryHistory(
  db: DatelineDB,
  filters: SearchFilters = {},
  limit = 50,
  offset = 0,
): Promise<HistoryPage> {
  return db.transaction('r', [db.articles, db.people, db.countries], async () => {
    const allowed = await candidates(db, filters);
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
    const articles = await db.articles
      .orderBy('lastVisited')
      .reverse()
      .filter((a) => allowed.has(a.id))
      .offset(offset)
      .limit(limit)
      .toArray();
    return { articles, total: allowed.size };
  });
}

/** Distinct site names in the history, for the site filter. */
export async function listSites(db: DatelineDB): Promise<string[]> {
  const sites = (await db.articles.orderBy('siteName').uniqueKeys()) as string[];
  return sites.filter((s) => typeof s === 'string' && s !== '');
}

/** Everything the search index needs, read in one transaction. */
export async function loadSearchDocs(db: DatelineDB): Promise<SearchDoc[]> {
  return db.transaction('r', [db.articles, db.people, db.countries], async () => {
    const [articles, people, countries] = await Promise.all([
      db.articles.toArray(),
      db.people.toArray(),
      db.countries.toArray(),
    ]);
    const docs = new Map<number, SearchDoc>();
    for (const a of articles) {
      docs.set(a.id, {
        id: a.id,
        title: a.title,
        siteName: a.siteName,
        url: a.url,
        publishedTime: a.publishedTime,
        lastVisited: a.lastVisited,
        starred: a.starred,
        people: [],
        countries: [],
      });
    }
    for (const p of people) docs.get(p.articleId)?.people.push({ id: p.personId, name: p.name });
    for (const c of countries) docs.get(c.articleId)?.countries.push({ code: c.code, name: c.name });
    return [...docs.values()];
  });
}
