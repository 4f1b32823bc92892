/**
 * The shapes the analysis produces. They are the JSON of the `annotate` command
 * (`../shared/docs/annotate-cli.md`) and what the extension stores, so every field is plain, serialisable data.
 * Offsets are JavaScript string indices (UTF-16 code units) into the analysed text, `end` exclusive.
 */

/** A span of the analysed text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** A person the article names, with every mention that refers to them (full and short forms). */
export interface Person {
  /** Stable key across articles: "Kim Jong Un" and "Kim Jong-un" give the same id ("kim-jong-un"). */
  id: string;
  /** The fullest name the article uses, without titles. */
  name: string;
  /** The description the article gives ("Russian President"), or null. */
  role: string | null;
  /** ISO 3166-1 alpha-2 codes the article ties this person to. */
  countries: string[];
  mentions: Mention[];
}

/** A country the article mentions, by name, alias or demonym. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Common English name ("North Korea"). */
  name: string;
  mentions: Mention[];
}

/** TIMEX3 type. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression with its TIMEX3 value, normalised against the publication date. */
export interface Timex extends Mention {
  type: TimexType;
  /** TIMEX3 value: 2023-11-08, 2023-05, 2023, 2023-W45, 2023-Q3, 2023-SU, 199X, PAST_REF, FUTURE_REF, P3M, … */
  value: string;
  /**
   * True when the value depends on a publication date that the article does not have, so it was left
   * unresolved (e.g. "last month" with no date) rather than guessed from today's date. Omitted when false.
   */
  unresolved?: boolean;
}

/** The calendar range a TIMEX3 value covers; null ends are open (FUTURE_REF has neither). */
export interface DateRange {
  value: string;
  start: string | null;
  end: string | null;
}

/** A sentence that carries a date-valued time expression. */
export interface TimelineEvent {
  date: DateRange;
  /** The sentence's text. */
  text: string;
  sentence: { start: number; end: number };
  timex: { start: number; end: number };
  /** Person ids mentioned in the sentence. */
  people: string[];
  /** Country codes mentioned in the sentence. */
  countries: string[];
}

/** Article metadata from extraction (null for plain-text input). */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  url: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  wordCount: number;
}

/** The analysis of one text. */
export interface AnalysisResult {
  people: Person[];
  countries: Country[];
  timexes: Timex[];
  events: TimelineEvent[];
}

/** What the `annotate` command prints for one document. */
export interface AnnotateOutput extends AnalysisResult {
  id?: string;
  article: ArticleMeta | null;
  text: string;
}
