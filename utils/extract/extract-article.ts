import { Readability } from '@mozilla/readability';
import { articleText, countWords } from './article-text';
import { canonicalUrl } from './canonical-url';
import { findPublishedDate } from './published-date';
import type { ExtractedArticle } from './types';

/**
 * Pages with more elements than this are not parsed: Readability's cost grows with element count and it may rescore
 * the whole page up to four times. Real news pages measured at a few thousand elements (the 1.2 MB Yahoo page ~6k).
 */
export const MAX_ELEMENTS = 60_000;

/** Subtrees that hold no article text; dropped from oversized pages before counting again. */
const NON_CONTENT = 'script:not([type="application/ld+json"]), style, svg, noscript, template, iframe, link';

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

/** A clone of `doc` small enough for Readability, or null when even its content is too large. */
function boundedClone(doc: Document): Document | null {
  const clone = doc.cloneNode(true) as Document;
  if (clone.querySelectorAll('*').length <= MAX_ELEMENTS) return clone;
  for (const el of Array.from(clone.querySelectorAll(NON_CONTENT))) el.remove();
  return clone.querySelectorAll('*').length <= MAX_ELEMENTS ? clone : null;
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
