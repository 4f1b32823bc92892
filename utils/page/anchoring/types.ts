/**
 * W3C Web Annotation selectors for one mention. `position` indexes the extracted article text the analysis ran on
 * (UTF-16 code units, end exclusive); `quote` carries the mention with up to 32 characters of context either side,
 * so the mention can be re-found in a live page whose text differs from the extraction (ads, whitespace, edits).
 * The shape is the one stored in the `mentions` table (utils/db/schema.ts `MentionSelector`).
 */
export interface MentionSelector {
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
}

/** A live-page match of a selector. */
export interface Anchor {
  range: Range;
  /** Where the match starts in the page's normalised text (document order, cheaper to sort by than Ranges). */
  start: number;
  /** 0..1: 1 is the exact quote with both contexts intact. */
  score: number;
}
