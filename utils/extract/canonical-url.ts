import { stripTracking } from './tracking-params';

function toHttpUrl(raw: string | null | undefined, base: string | null): URL | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    const url = base === null ? new URL(value) : new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null; // A relative URL with no page URL to resolve it against, or garbage.
  }
}

/**
 * The article's URL: `<link rel=canonical>`, else `og:url` (both resolved against the page URL), else the page URL;
 * always without fragment and tracking parameters. Null when none of them is an http(s) URL.
 */
export function canonicalUrl(doc: Document, pageUrl: string | null): string | null {
  const base = toHttpUrl(pageUrl, null)?.href ?? null;
  const canonical = Array.from(doc.querySelectorAll('link[rel][href]')).find((link) =>
    (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const ogUrl = Array.from(doc.querySelectorAll('meta[content]')).find(
    (meta) => (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase() === 'og:url',
  );
  const url =
    toHttpUrl(canonical?.getAttribute('href'), base) ??
    toHttpUrl(ogUrl?.getAttribute('content'), base) ??
    toHttpUrl(pageUrl, null);
  return url === null ? null : stripTracking(url);
}
