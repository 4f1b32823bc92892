/** What a mark refers to: a person (id), a country (ISO code) or a date (TIMEX3 value). */
export type MarkKind = 'person' | 'country' | 'date';

/** One marked mention in the live page. */
export interface Mark {
  /** Position in the page's list of marks (document order). */
  index: number;
  /** The stored mention it shows (`MentionRecord.id`). */
  mentionId: number;
  kind: MarkKind;
  /** Person id, country code or TIMEX3 value. */
  key: string;
  /** The mention's text as the analysis read it. */
  text: string;
  /** Where the mention is in the live page (a live Range: it follows edits elsewhere in the page). */
  range: Range;
}

/** Draws a set of marks and which one is active (hovered or focused); two implementations, see index.ts. */
export interface Highlighter {
  readonly kind: 'highlight-api' | 'overlay';
  /** Replaces the drawn marks. */
  set(marks: readonly Mark[]): void;
  /** Emphasises one mark (hover or keyboard focus), or none. `ring` draws a focus ring too. */
  setActive(mark: Mark | null, ring: boolean): void;
  /** Re-reads positions after layout changes (only the overlay needs it). */
  relayout(): void;
  /** Removes everything it added to the page. */
  destroy(): void;
}
