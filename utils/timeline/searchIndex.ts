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

/** What answers a search's words from memory: the built {@link SearchIndex}, or the stored shards' text read once. */
export interface WordSearch {
  /** Articles with a token starting with each of `words`, among `allowed` when given, newest read first. */
  search(words: readonly string[], allowed: ReadonlySet<number> | null, limit: number, offset?: number): SearchResult;
}

/**
 * The stored search words of every article held in memory, for keystrokes after the first: each query scans only the
 * postings of the tokens its words are prefixes of, plus one pass over the ids. Made by `SearchIndexBuilder` (a slice
 * at a time, from the rows kept at write time); immutable: rebuilt when the history changes.
 */
export class SearchIndex implements WordSearch {
  private readonly stamp: Uint16Array;

  /**
   * `ids`: every article id, newest read first; `tokens`: the distinct tokens, sorted; `postings[t]`: the positions
   * (into `ids`) of the articles that have `tokens[t]`.
   */
  constructor(
    private readonly ids: readonly number[],
    private readonly tokens: readonly string[],
    private readonly postings: readonly Uint32Array[],
  ) {
    this.stamp = new Uint16Array(ids.length);
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
