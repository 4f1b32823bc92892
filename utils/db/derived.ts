import type { Table, Transaction } from 'dexie';
import { hostOf, searchTokens } from '../timeline/searchIndex';
import { eventEntityDays } from './eventKeys';
import type {
  ArticleRecord,
  ArticleSearchRecord,
  CountryRecord,
  EntityCountRecord,
  EventRecord,
  PersonRecord,
  SearchShardRecord,
} from './schema';
import { updateShards } from './searchShards';
import { forEachBatch } from './batches';

/**
 * Rows kept at write time for reading at scale (schema version 3): each article's search words and the number of
 * articles per person and country. They are recomputed from the stored rows of the articles and entities a write
 * touched, inside the writer's transaction, so they can never drift from what they summarise.
 */

/** Where tables come from: the database, or an upgrade's transaction. */
export type TableSource = { table(name: string): Table } | Pick<Transaction, 'table'>;

/** The people and countries some articles mention, each with how many of those articles mention it. */
export interface EntityKeys {
  people: Map<string, number>;
  countries: Map<string, number>;
}

function tables(t: TableSource) {
  return {
    articles: t.table('articles') as Table<ArticleRecord, number>,
    people: t.table('people') as Table<PersonRecord, [number, string]>,
    countries: t.table('countries') as Table<CountryRecord, [number, string]>,
    searchRows: t.table('searchRows') as Table<ArticleSearchRecord, number>,
    entityCounts: t.table('entityCounts') as Table<EntityCountRecord, [string, string]>,
  };
}

/** The distinct folded words of an article's title, site, host, people and countries: what a search matches. */
export function articleSearchTokens(
  article: Pick<ArticleRecord, 'title' | 'siteName' | 'url'>,
  names: readonly string[],
): string[] {
  const tokens = new Set<string>();
  for (const text of [article.title, article.siteName, hostOf(article.url), ...names]) {
    if (text) for (const token of searchTokens(text)) tokens.add(token);
  }
  return [...tokens];
}

/** The people and countries the given articles mention now (read before a write, to know what it may change). */
export async function entityKeysOf(t: TableSource, articleIds: readonly number[]): Promise<EntityKeys> {
  const { people, countries } = tables(t);
  const [p, c] = await Promise.all([
    people.where('articleId').anyOf(articleIds).primaryKeys(),
    countries.where('articleId').anyOf(articleIds).primaryKeys(),
  ]);
  return { people: tally(p.map(([, id]) => id)), countries: tally(c.map(([, code]) => code)) };
}

/** How many times each key occurs (rows are unique per article and entity, so: how many articles). */
function tally(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The search words and reading time of each stored article of `records`, given the people and countries they name. */
function searchEntries(
  records: readonly (ArticleRecord | undefined)[],
  named: readonly { articleId: number; name: string }[],
): { articleId: number; lastVisited: number; tokens: string[] }[] {
  const names = new Map<number, string[]>();
  for (const row of named) {
    const list = names.get(row.articleId);
    if (list) list.push(row.name);
    else names.set(row.articleId, [row.name]);
  }
  return records.flatMap((a) =>
    a ? [{ articleId: a.id, lastVisited: a.lastVisited, tokens: articleSearchTokens(a, names.get(a.id) ?? []) }] : [],
  );
}

/**
 * Rewrites the search rows and search shard lines of the given articles from their stored records (deleted articles
 * lose theirs). Runs on every write of an article, so the shards' reading times follow the records'.
 */
export async function refreshSearchRows(t: TableSource, articleIds: readonly number[]): Promise<void> {
  if (articleIds.length === 0) return;
  const { articles, people, countries, searchRows } = tables(t);
  const ids = [...articleIds];
  const [records, p, c] = await Promise.all([
    articles.bulkGet(ids),
    people.where('articleId').anyOf(ids).toArray(),
    countries.where('articleId').anyOf(ids).toArray(),
  ]);
  const entries = searchEntries(records, [...p, ...c]);
  const removed = ids.filter((_, i) => records[i] === undefined);
  await searchRows.bulkDelete(removed);
  await searchRows.bulkPut(entries.map(({ articleId, tokens }) => ({ articleId, tokens })));
  await updateShards(t.table('searchShards') as Table<SearchShardRecord, number>, entries, removed);
}

/**
 * Moves the counts of the people and countries some articles mentioned `before` a write to what they mention `after`
 * it: one read and one write per entity, whatever the number of articles that mention it. The name is refreshed too:
 * the one the ranking always showed, that of the entity's row in the article with the lowest id. An entity no article
 * mentions any more is removed.
 */
export async function adjustEntityCounts(t: TableSource, before: EntityKeys, after: EntityKeys): Promise<void> {
  const { people, countries, entityCounts } = tables(t);
  const changes: { kind: EntityCountRecord['kind']; key: string; delta: number }[] = [];
  for (const [kind, b, a] of [
    ['person', before.people, after.people],
    ['country', before.countries, after.countries],
  ] as const) {
    for (const key of new Set([...b.keys(), ...a.keys()]))
      changes.push({ kind, key, delta: (a.get(key) ?? 0) - (b.get(key) ?? 0) });
  }
  const rows = await Promise.all(
    changes.map(async ({ kind, key, delta }) => {
      const [kept, first] = await Promise.all([
        entityCounts.get([kind, key]),
        kind === 'person' ? people.where('personId').equals(key).first() : countries.where('code').equals(key).first(),
      ]);
      return { kind, key, name: first?.name ?? key, articles: first ? (kept?.articles ?? 0) + delta : 0 };
    }),
  );
  await entityCounts.bulkDelete(rows.filter((c) => c.articles <= 0).map((c) => [c.kind, c.key]));
  await entityCounts.bulkPut(rows.filter((c) => c.articles > 0));
}

/**
 * After a write to some articles' records, people or countries: rewrites their search rows and recounts the entities
 * they mentioned `before` the write and mention now. Must run in the writer's transaction, over `derivedTables`.
 */
export async function refreshDerived(t: TableSource, articleIds: readonly number[], before: EntityKeys) {
  const after = await entityKeysOf(t, articleIds);
  await Promise.all([refreshSearchRows(t, articleIds), adjustEntityCounts(t, before, after)]);
}

/** No entities: what a brand-new article mentioned before its first write. */
export function noEntities(): EntityKeys {
  return { people: new Map(), countries: new Map() };
}

/**
 * Fills every derived row from the stored data: the version 3 upgrade, in batches of 500 articles by id so a large
 * history never sits in memory. Rewriting every event (for its `entityDays`) is most of its time and cannot be avoided.
 */
export async function fillDerivedRows(t: TableSource): Promise<void> {
  const { articles, people, countries, searchRows } = tables(t);
  const events = t.table('events') as Table<EventRecord, number>;
  // A batch is every stored article of an id range, so its people and countries are those of the same range: three
  // range reads, where the write paths' reads by id (refreshSearchRows) cost a request or cursor step per row.
  await forEachBatch(articles, 500, async (records) => {
    const [first, last] = [records[0]!.id, records.at(-1)!.id];
    const [p, c] = await Promise.all([
      people.where('articleId').between(first, last, true, true).toArray(),
      countries.where('articleId').between(first, last, true, true).toArray(),
    ]);
    await searchRows.bulkPut(
      searchEntries(records, [...p, ...c]).map(({ articleId, tokens }) => ({ articleId, tokens })),
    );
  });
  await events.toCollection().modify((e) => {
    e.entityDays = eventEntityDays(e);
  });
  await recountAllEntities(t);
}

/** Counts every person and country from scratch (the upgrade, and the benchmark after seeding rows in bulk). */
export async function recountAllEntities(t: TableSource): Promise<void> {
  const { people, countries, entityCounts } = tables(t);
  const [p, c] = await Promise.all([people.toCollection().primaryKeys(), countries.toCollection().primaryKeys()]);
  await entityCounts.clear();
  await adjustEntityCounts(t, noEntities(), {
    people: tally(p.map(([, id]) => id)),
    countries: tally(c.map(([, code]) => code)),
  });
}
