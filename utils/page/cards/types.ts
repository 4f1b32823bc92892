/** Data the card components show. Plain values: the container builds them from the stored analysis. */

/** One event from another article the reader read. */
export interface EarlierItem {
  articleId: number;
  /** "Oct 2023", as formatDateValue gives it. */
  dateLabel: string;
  /** The sentence that carries the event. */
  sentence: string;
  /** The article's title (or its site / address when it has none). */
  title: string;
  /** The article's address (http or https). */
  url: string;
}

/** Earlier reading while it loads, when it failed, and when it is there. */
export type EarlierState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; items: EarlierItem[] };

/** A country as a card shows it. */
export interface CountryRef {
  code: string;
  name: string;
}

/** An event of this article (for the date card's "Around then in this article"). */
export interface NearbyEvent {
  dateLabel: string;
  sentence: string;
}
