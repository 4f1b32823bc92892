/**
 * Readability's reader check only counts a candidate (a `p`, `pre` or `article`, or a `div` holding a `br`) whose
 * trimmed text is longer than 140 characters; without one its score stays 0. The untrimmed text (XPath's string
 * value, the same as `textContent`, counted in UTF-16 units by Chromium and Firefox as JavaScript does) is at least as
 * long, so a page with no such candidate cannot pass the check. One pass over the document, as a constant string:
 * this runs on every page.
 */
const LONG_CANDIDATE =
  'boolean(//*[self::p or self::pre or self::article or (self::div and br)][string-length() > 140])';

/** XPathResult.BOOLEAN_TYPE, written out: reading the XPathResult interface would cost its bindings. */
const BOOLEAN_TYPE = 3;

/**
 * A necessary condition of Readability's reader check, answered in one XPath query: false means the page is
 * certainly not an article. It creates no element wrappers in the content script's isolated world (the first one
 * costs more than this whole query), which is what makes it cheap on every page that is not an article.
 * True where the document has no XPath (happy-dom, linkedom) or the query fails: the full check decides.
 */
export function mightBeArticle(doc: Document): boolean {
  if (typeof doc.evaluate !== 'function') return true;
  try {
    return doc.evaluate(LONG_CANDIDATE, doc, null, BOOLEAN_TYPE, null).booleanValue;
  } catch {
    return true;
  }
}
