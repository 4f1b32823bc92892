/**
 * The history search's words: titles, sites, hosts, people and countries are cut into folded tokens when an article
 * is stored (utils/db/derived.ts) and a query's words are matched as prefixes of them ("put" finds "Putin"), all
 * words having to match (utils/db/queries/history.ts `searchHistory`).
 */

/** Filters on top of the text query; all given ones must hold. */
export interface SearchFilters {
  personId?: string;
  countryCode?: string;
  siteName?: string;
  /** Inclusive ISO date bounds (YYYY-MM-DD) on the publication date, or on the reading date with `dateField`. */
  from?: string;
  to?: string;
  dateField?: 'published' | 'visited';
  starredOnly?: boolean;
}

/** Lower-case, accent-free word tokens, so "Zelenskyy" is found by "zelen" and "Genève" by "geneve". */
export function searchTokens(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The host of a URL without "www." (a regular expression: URL parsing 10,000 times costs more than the rest). */
export function hostOf(url: string): string {
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]*)/i.exec(url)?.[1] ?? '';
  return host.replace(/^www\./i, '');
}

/** Matching article ids (newest read first, at most `limit` after `offset`) and how many matched in all. */
export interface SearchResult {
  ids: number[];
  total: number;
}

/**
 * The stored search words of every article held in memory, for keystrokes after the first: built in the background
 * from the rows kept at write time (no article is read, no text tokenised), then each query scans only the postings
 * of the tokens its words are prefixes of, plus one pass over the ids. Immutable: rebuilt when the history changes.
 */
export class SearchIndex {
  /** Article ids, newest read first. */
  private readonly ids: number[];
  /** Sorted distinct tokens and, for each, the positions (into `ids`) of the articles that have it. */
  private readonly tokens: string[];
  private readonly postings: Uint32Array[];
  private readonly stamp: Uint16Array;

  /** `newestFirst`: every article id in history order; `rows`: each article's distinct tokens. */
  constructor(newestFirst: readonly number[], rows: readonly { articleId: number; tokens: readonly string[] }[]) {
    this.ids = [...newestFirst];
    const position = new Map(this.ids.map((id, i) => [id, i]));
    const map = new Map<string, number[]>();
    for (const row of rows) {
      const at = position.get(row.articleId);
      if (at === undefined) continue;
      for (const token of row.tokens) {
        const list = map.get(token);
        if (list) list.push(at);
        else map.set(token, [at]);
      }
    }
    this.tokens = [...map.keys()].sort();
    this.postings = this.tokens.map((t) => Uint32Array.from(map.get(t)!));
    this.stamp = new Uint16Array(this.ids.length);
  }

  /** Number of indexed articles. */
  get size(): number {
    return this.ids.length;
  }

  private firstAtOrAfter(prefix: string): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Articles with a token starting with each of `words` (distinct, at most 65,535), among `allowed` when given. */
  search(words: readonly string[], allowed: ReadonlySet<number> | null, limit: number, offset = 0): SearchResult {
    const ids: number[] = [];
    let total = 0;
    // stamp[d] counts how many words article d has matched so far, in order: it moves from k to k + 1 only while word
    // k is scanned, so an article seen under several tokens of one word counts once.
    this.stamp.fill(0);
    words.forEach((word, k) => {
      for (let t = this.firstAtOrAfter(word); t < this.tokens.length && this.tokens[t]!.startsWith(word); t++) {
        for (const d of this.postings[t]!) if (this.stamp[d] === k) this.stamp[d] = k + 1;
      }
    });
    this.ids.forEach((id, d) => {
      if (this.stamp[d] !== words.length || (allowed !== null && !allowed.has(id))) return;
      if (total >= offset && ids.length < limit) ids.push(id);
      total++;
    });
    return { ids, total };
  }
}
