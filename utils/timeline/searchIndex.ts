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
