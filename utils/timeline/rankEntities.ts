/** An entity with the number of distinct articles that mention it. */
export interface RankedEntity {
  /** Person id or country code. */
  key: string;
  name: string;
  articles: number;
}

/**
 * Counts distinct articles per entity from (entity key, article id) pairs — the primary keys of the people and
 * countries tables — and returns the `limit` most mentioned, most first, ties by key so the order is stable.
 */
export function countArticlesPerEntity(
  pairs: Iterable<readonly [key: string, articleId: number]>,
  limit = Infinity,
): { key: string; articles: number }[] {
  const articles = new Map<string, Set<number>>();
  for (const [key, articleId] of pairs) {
    let set = articles.get(key);
    if (!set) {
      set = new Set();
      articles.set(key, set);
    }
    set.add(articleId);
  }
  return [...articles]
    .map(([key, set]) => ({ key, articles: set.size }))
    .sort((a, b) => b.articles - a.articles || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}

/** Orders ranked entities by article count, then by name as a reader would sort them. */
export function compareRanked(a: RankedEntity, b: RankedEntity): number {
  return b.articles - a.articles || a.name.localeCompare(b.name) || (a.key < b.key ? -1 : 1);
}
