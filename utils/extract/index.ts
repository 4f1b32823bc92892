/**
 * Article extraction shared by the content script and the `annotate` command. Pure DOM code: every function takes
 * the document as a parameter and touches no extension API or storage.
 */
export { isArticle } from './is-article';
export { extractArticle, MAX_ELEMENTS } from './extract-article';
export { articleText, countWords } from './article-text';
export { canonicalUrl } from './canonical-url';
export { stripTracking } from './tracking-params';
export { normaliseDate } from './normalise-date';
export { findPublishedDate, type PublishedDate } from './published-date';
export type { ExtractedArticle, ExtractedArticleMeta, PublishedSource } from './types';
