/** Publication dates from `<meta>` tags and microdata (`itemprop="datePublished"`). */

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
