import { jsonLdPublishedDates } from './json-ld';
import { headerTimeDates } from './header-time';
import { metaPublishedDates } from './meta-dates';
import { urlPathDates } from './url-date';
import { normaliseDate } from './normalise-date';
import type { PublishedSource } from './types';

/** An article's publication date in ISO 8601 and where it came from; both null when the page gives none. */
export interface PublishedDate {
  publishedTime: string | null;
  publishedSource: PublishedSource | null;
}

/**
 * Finds the publication date, trying Readability's own value, then JSON-LD, meta tags and microdata, `<time>` in the
 * article header, and last a date in the URL path. A source whose value is not a valid date is passed over.
 * Reads `doc` only (it must be the unmodified page: Readability strips scripts and headers from its copy).
 */
export function findPublishedDate(
  doc: Document,
  readabilityTime: string | null | undefined,
  urls: (string | null)[],
): PublishedDate {
  const sources: [PublishedSource, () => string[]][] = [
    ['readability', () => (readabilityTime ? [readabilityTime] : [])],
    ['json-ld', () => jsonLdPublishedDates(doc)],
    ['meta', () => metaPublishedDates(doc)],
    ['time', () => headerTimeDates(doc)],
    ['url', () => urls.flatMap(urlPathDates)],
  ];
  for (const [source, candidates] of sources) {
    for (const raw of candidates()) {
      const publishedTime = normaliseDate(raw);
      if (publishedTime !== null) return { publishedTime, publishedSource: source };
    }
  }
  return { publishedTime: null, publishedSource: null };
}
