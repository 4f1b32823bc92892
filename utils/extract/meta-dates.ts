/** Publication dates from `<meta>` tags and microdata, and from `<time>` elements in the article's header. */

/** Meta keys (name, property or itemprop, lower-cased) that carry a publication date, most specific first. */
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'cxenseparse:recs:publishtime',
  'date',
];

/** The raw publication-date strings of the document's meta tags and microdata, in the order of META_KEYS. */
export function metaPublishedDates(doc: Document): string[] {
  const byKey = new Map<string, string[]>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = meta.getAttribute('content') ?? '';
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), content]);
    }
  }
  const dates = META_KEYS.flatMap((key) => byKey.get(key) ?? []);
  // Microdata on visible elements: <time itemprop="datePublished" datetime="…">, <span itemprop=… content=…>.
  for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
    if (el.tagName === 'META') continue;
    const props = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
    if (!props.includes('datepublished')) continue;
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
    dates.push(value);
  }
  return dates;
}

/** A paragraph at least this long marks the start of the article body; a `<time>` after it is not the byline's. */
const BODY_PARAGRAPH_CHARS = 120;

/** `datetime` values of `<time>` elements in an article's header region, the likeliest first. */
export function headerTimeDates(doc: Document): string[] {
  const dates: string[] = [];
  for (const time of Array.from(doc.querySelectorAll('time[pubdate][datetime], article header time[datetime]'))) {
    dates.push(time.getAttribute('datetime') ?? '');
  }
  // The first <time> inside <article> that comes before the body text: the dateline under the headline.
  for (const article of Array.from(doc.querySelectorAll('article')).slice(0, 3)) {
    for (const el of Array.from(article.querySelectorAll('time[datetime], p'))) {
      if (el.tagName === 'TIME') {
        dates.push(el.getAttribute('datetime') ?? '');
        break;
      }
      if ((el.textContent ?? '').trim().length >= BODY_PARAGRAPH_CHARS) break;
    }
  }
  return dates;
}

/** A date in a URL's path: /2023/11/08/ or /2023-11-08/ (also at the end of the path or before a slug). */
export function urlPathDates(url: string | null): string[] {
  if (url === null) return [];
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const m = /\/((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?=[/\-_.]|$)/.exec(path);
  return m ? [`${m[1]}-${(m[3] ?? '').padStart(2, '0')}-${(m[4] ?? '').padStart(2, '0')}`] : [];
}
