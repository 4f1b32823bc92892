import { Readability } from '@mozilla/readability';
import { articleText, countWords } from './article-text';
import { canonicalUrl } from './canonical-url';
import { findPublishedDate } from './published-date';
import type { ExtractedArticle } from './types';

/**
 * Pages with more elements than this (scripts, styles and SVG drawings aside) are not parsed: cloning and Readability
 * cost grows with element count, and Readability may rescore the page up to four times. The 18 saved news pages in
 * ../shared/pages have 400-2,100 elements; in linkedom a 120,000-element page took ~13 s to clone and parse.
 */
export const MAX_ELEMENTS = 25_000;

/** Subtrees that hold no article text; dropped from oversized pages so their content can still be read. */
const NON_CONTENT = 'script:not([type="application/ld+json"]), style, svg, noscript, template, iframe, link';
const NON_CONTENT_WITH_DESCENDANTS = `${NON_CONTENT}, svg *, noscript *, template *`;

const orNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

function documentLang(doc: Document): string | null {
  const httpEquiv = Array.from(doc.querySelectorAll('meta[http-equiv][content]')).find(
    (meta) => (meta.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language',
  );
  return orNull(doc.documentElement?.getAttribute('lang')) ?? orNull(httpEquiv?.getAttribute('content'));
}

/**
 * A clone of `doc` small enough for Readability, or null when even its content is too large. Counts on the original
 * first so an oversized page costs one selector query, not a clone.
 */
function boundedClone(doc: Document): Document | null {
  const total = doc.querySelectorAll('*').length;
  if (total <= MAX_ELEMENTS) return doc.cloneNode(true) as Document;
  if (total - doc.querySelectorAll(NON_CONTENT_WITH_DESCENDANTS).length > MAX_ELEMENTS) return null;
  const clone = doc.cloneNode(true) as Document;
  for (const el of Array.from(clone.querySelectorAll(NON_CONTENT))) el.remove();
  return clone;
}

/**
 * Extracts the article from a page with Mozilla Readability (run on a clone; `doc` is left untouched) and adds what
 * Readability does not give: the canonical URL, the publication date from fallback sources, and the article's text
 * with its paragraph breaks. Returns null when the page holds no article or is too large to parse; never throws.
 *
 * @param doc the page (the live `document` in the content script, a parsed document in Node)
 * @param pageUrl the address the page was loaded from, if known; resolves relative canonical URLs
 */
export function extractArticle(doc: Document, pageUrl: string | null): ExtractedArticle | null {
  try {
    if (!doc.documentElement) return null;
    const clone = boundedClone(doc);
    if (clone === null) return null;
    const parsed = new Readability<Node>(clone, {
      maxElemsToParse: MAX_ELEMENTS,
      // Classes stay so the text can leave out screen-reader-only elements; they do not change Readability's scoring.
      keepClasses: true,
      serializer: (node) => node,
    }).parse();
    if (!parsed || !parsed.content || parsed.content.nodeType !== 1) return null;
    const text = articleText(parsed.content as Element);
    if (text.length === 0) return null;

    const url = canonicalUrl(doc, pageUrl);
    const { publishedTime, publishedSource } = findPublishedDate(doc, parsed.publishedTime, [url, pageUrl]);
    return {
      meta: {
        title: orNull(parsed.title),
        byline: orNull(parsed.byline),
        siteName: orNull(parsed.siteName),
        lang: orNull(parsed.lang) ?? documentLang(doc),
        url,
        publishedTime,
        excerpt: orNull(parsed.excerpt),
        wordCount: countWords(text),
        publishedSource,
      },
      text,
    };
  } catch {
    // Readability aborts on over-limit pages and DOM implementations can trip on broken markup: no article.
    return null;
  }
}
