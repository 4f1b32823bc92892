/** In-page anchoring: selectors from extracted-text offsets, and live-page Ranges from selectors. */
export { describe, CONTEXT_LENGTH } from './describe';
export { anchor, anchorAll, anchorAllInSlices, type AnchorOptions } from './anchor';
export { findArticleRoot } from './article-root';
export { buildTextIndex, rangeFromIndex, type TextIndex } from './text-index';
export { isExcludedElement } from './exclusions';
export type { Anchor, MentionSelector } from './types';
