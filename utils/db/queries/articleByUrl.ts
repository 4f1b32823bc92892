import { stripTracking } from '../../extract/tracking-params';
import type { DatelineDB } from '../schema';

/**
 * The addresses an article seen at `pageUrl` may be stored under: as given, without its #fragment, and without
 * tracking parameters (how the content script's canonical URL is built when the page declares none).
 */
export function urlCandidates(pageUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return [];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
  url.hash = '';
  return [...new Set([pageUrl, url.href, stripTracking(url)])];
}

/**
 * The id of the stored article shown at `pageUrl`, or null. An article whose canonical URL differs from the page's
 * address (a `<link rel=canonical>` elsewhere) is not found this way; the caller may know its id from the tab.
 */
export async function findArticleIdByUrl(db: DatelineDB, pageUrl: string): Promise<number | null> {
  const candidates = urlCandidates(pageUrl);
  if (candidates.length === 0) return null;
  const ids = await db.articles.where('url').anyOf(candidates).primaryKeys();
  return ids[0] ?? null;
}
