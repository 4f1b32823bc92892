// Readability's reader check alone: the package's main module would bring the whole parser into the first stage.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { mightBeArticle } from './might-be-article';

/**
 * Whether the document probably holds an article worth extracting: Readability's reader check, after a cheaper
 * necessary condition that settles most pages that are not articles. Cheap (no Readability parse, no clone), so the
 * content script can call it on every page and leave non-article pages alone. Never throws.
 */
export function isArticle(doc: Document): boolean {
  try {
    return mightBeArticle(doc) && isProbablyReaderable(doc);
  } catch {
    // Broken markup (no body, exotic nodes) is not an article we can read.
    return false;
  }
}
