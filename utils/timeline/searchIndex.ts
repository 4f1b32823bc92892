/**
 * The history search: an in-memory token index over titles, sites, people and countries, built once per page
 * from the stored rows and queried on every keystroke. Each query token is a prefix ("put" finds "Putin"), all
 * tokens must match, and results come newest-read first. Queries scan only the postings of matching tokens plus
 * one pass over the documents, which keeps them well under a frame at 10,000 articles.
 */

/** What the index knows of one article. */
export interface SearchDoc {
  id: number;
  title: string | null;
  siteName: string | null;
  url: string;
  publishedTime: string | null;
  lastVisited: number;
  starred: 0 | 1;
  people: { id: string; name: string }[];
  countries: { code: string; name: string }[];
}

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

/** Matching article ids (newest read first, at most `limit`) and how many matched in all. */
export interface SearchResult {
  ids: number[];
  total: number;
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

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** An immutable index over a snapshot of the history; rebuild it when the history changes. */
export class SearchIndex {
  private readonly docs: SearchDoc[];
  /** Sorted distinct tokens and, for each, the indices (into `docs`) of the documents that contain it. */
  private readonly tokens: string[];
  private readonly postings: Uint32Array[];
  private readonly stamp: Uint16Array;

  constructor(docs: readonly SearchDoc[]) {
    this.docs = [...docs].sort((a, b) => b.lastVisited - a.lastVisited || b.id - a.id);
    const map = new Map<string, number[]>();
    // Names recur across articles (the same people, countries and sites): tokenise each distinct string once.
    const memo = new Map<string, string[]>();
    const tokensOf = (text: string | null) => {
      if (!text) return [];
      let tokens = memo.get(text);
      if (!tokens) {
        tokens = searchTokens(text);
        memo.set(text, tokens);
      }
      return tokens;
    };
    this.docs.forEach((doc, index) => {
      const add = (tokens: string[]) => {
        for (const token of tokens) {
          const list = map.get(token);
          // Documents are added in order, so a repeat of a token within one document is its list's last entry.
          if (!list) map.set(token, [index]);
          else if (list[list.length - 1] !== index) list.push(index);
        }
      };
      add(searchTokens(doc.title ?? ''));
      add(tokensOf(doc.siteName));
      add(tokensOf(hostOf(doc.url)));
      for (const p of doc.people) add(tokensOf(p.name));
      for (const c of doc.countries) add(tokensOf(c.name));
    });
    this.tokens = [...map.keys()].sort();
    this.postings = this.tokens.map((t) => Uint32Array.from(map.get(t)!));
    this.stamp = new Uint16Array(this.docs.length);
  }

  /** Number of indexed articles. */
  get size(): number {
    return this.docs.length;
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

  private passes(doc: SearchDoc, f: SearchFilters): boolean {
    if (f.starredOnly && doc.starred !== 1) return false;
    if (f.siteName !== undefined && doc.siteName !== f.siteName) return false;
    if (f.personId !== undefined && !doc.people.some((p) => p.id === f.personId)) return false;
    if (f.countryCode !== undefined && !doc.countries.some((c) => c.code === f.countryCode)) return false;
    if (f.from !== undefined || f.to !== undefined) {
      const day = f.dateField === 'visited' ? isoDay(doc.lastVisited) : doc.publishedTime?.slice(0, 10);
      if (!day) return false;
      if (f.from !== undefined && day < f.from) return false;
      if (f.to !== undefined && day > f.to) return false;
    }
    return true;
  }

  /** Articles whose title, site, people or countries contain every word of `query` as a prefix. */
  search(query: string, filters: SearchFilters = {}, limit = 200): SearchResult {
    // Repeated words add nothing; capping them keeps stamp counts within Uint16.
    const words = [...new Set(searchTokens(query))].slice(0, 32);
    const ids: number[] = [];
    let total = 0;
    const accept = (doc: SearchDoc) => {
      if (!this.passes(doc, filters)) return;
      total++;
      if (ids.length < limit) ids.push(doc.id);
    };
    if (words.length === 0) {
      this.docs.forEach(accept);
      return { ids, total };
    }
    // stamp[d] counts how many query words document d has matched so far, in order: a document moves from k to
    // k + 1 only while word k is scanned, so a document seen under several tokens of one word counts once.
    this.stamp.fill(0);
    words.forEach((word, k) => {
      for (let t = this.firstAtOrAfter(word); t < this.tokens.length && this.tokens[t]!.startsWith(word); t++) {
        for (const d of this.postings[t]!) if (this.stamp[d] === k) this.stamp[d] = k + 1;
      }
    });
    this.docs.forEach((doc, d) => {
      if (this.stamp[d] === words.length) accept(doc);
    });
    return { ids, total };
  }
}
