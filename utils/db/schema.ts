import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import { fillDerivedRows } from './derived';
import { fillEventDays } from './eventDays';
import { DB_NAME } from './names';
import { fillSearchShards } from './searchShards';
import { announced } from './upgradeStatus';
import { forEachBatch } from './batches';

/**
 * The one Dexie schema of Dateline. Every change is a new `this.version(n)` below (never an edit of an old one)
 * with an upgrade test in tests/utils/db/schema.test.ts. Timestamps are epoch milliseconds; dates that come
 * from an article (publication date, event dates) are the ISO strings the analysis produced.
 */

/** Where an article is in the analysis pipeline; the background re-runs 'pending' ones after a restart. */
export type AnalysisState = 'pending' | 'done' | 'not-analysed-language' | 'error';

/** One article the user read; the same canonical URL is always the same record. */
export interface ArticleRecord {
  id: number;
  /** Canonical URL (unique). */
  url: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** ISO 8601 as the page gives it (may carry an offset), or null when the page has none. */
  publishedTime: string | null;
  /** Where extraction found the publication date (e.g. JSON-LD, a meta tag), or null. */
  publishedSource: string | null;
  excerpt: string | null;
  wordCount: number;
  firstVisited: number;
  lastVisited: number;
  visits: number;
  /** 0 | 1 rather than boolean because IndexedDB cannot index booleans. */
  starred: 0 | 1;
  analysisState: AnalysisState;
  analysisError?: string;
  /** The analysis version that produced the stored analysis; older ones are re-analysed. */
  analysisVersion?: number;
  analysedAt?: number;
}

/**
 * The plain text of an article, the one that was (or will be) analysed; mention offsets index into it. Kept apart
 * from ArticleRecord since version 2 so that lists and searches over articles never read every text.
 */
export interface ArticleTextRecord {
  articleId: number;
  text: string;
}

/** A person in one article (one row per person per article). */
export interface PersonRecord {
  articleId: number;
  /** Stable across articles (the analysis' `Person.id`). */
  personId: string;
  name: string;
  role: string | null;
  countries: string[];
  mentionCount: number;
}

/** A country in one article (one row per country per article). */
export interface CountryRecord {
  articleId: number;
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  mentionCount: number;
}

/** W3C Web Annotation selectors that re-find a mention in the live page. */
export interface MentionSelector {
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
}

/** What a mention refers to; `key` is the person id, the country code or the TIMEX3 value. */
export type MentionKind = 'person' | 'country' | 'date';

/** One span of an article's text that names a person or country, or is a time expression. */
export interface MentionRecord {
  id: number;
  articleId: number;
  kind: MentionKind;
  key: string;
  /** Offsets into the article's text (ArticleTextRecord, UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  text: string;
  /** TIMEX3 type, for kind 'date' only. */
  timexType?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value, for kind 'date' only (same as `key`). */
  timexValue?: string;
  /** For kind 'date': left unresolved because the article has no publication date. */
  unresolved?: boolean;
  /** Filled by in-page anchoring; absent until then. */
  selector?: MentionSelector;
}

/** A dated event: a sentence with a date-valued time expression, resolved to a calendar range. */
export interface EventRecord {
  id: number;
  articleId: number;
  /** TIMEX3 value of the date ("2023-05"). */
  value: string;
  /** First and last calendar day covered (ISO dates), null where open. */
  start: string | null;
  end: string | null;
  /** The sentence's text. */
  text: string;
  sentence: { start: number; end: number };
  /** The time expression as written, with its span in the article text. */
  timex: { start: number; end: number; text: string };
  /** Person ids and country codes mentioned in the sentence (multi-entry indexes). */
  people: string[];
  countries: string[];
  /**
   * Since version 3: one `<entity>\u0000<day>` key per person ("p:<id>"), country ("c:<code>") and "*" (every
   * event), the day being the start for placeable events and "~" for vague ones (utils/db/eventKeys.ts). Its
   * multi-entry index reads an entity's timeline page by page in date order. Written by analysisToRows.
   */
  entityDays?: string[];
}

/** Since version 3: the words an article is found by (title, site, host, people, countries), folded. */
export interface ArticleSearchRecord {
  articleId: number;
  tokens: string[];
}

/**
 * Since version 4: the search words and last reading time of up to 128 articles (ids `shard * 128` on), one line of
 * text each (utils/db/searchShards.ts), so a search reads the whole history's words in a few dozen records.
 */
export interface SearchShardRecord {
  shard: number;
  lines: string;
}

/** Since version 3: how many stored articles mention a person or country, kept up to date on every write. */
export interface EntityCountRecord {
  kind: 'person' | 'country';
  key: string;
  name: string;
  articles: number;
}

/** Since version 5: how many placeable events carry an `entityDays` key (utils/db/eventDays.ts). */
export interface EventDayRecord {
  /** `<scope>\u0000<day>`, as in EventRecord.entityDays. */
  key: string;
  count: number;
}

/** A named, user-made collection of articles. */
export interface CollectionRecord {
  id: number;
  name: string;
  createdAt: number;
}

/** Membership of an article in a collection. */
export interface CollectionItemRecord {
  collectionId: number;
  articleId: number;
  addedAt: number;
}

/** One setting; utils/db/settings.ts gives them types and defaults. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

// The name and version live apart from Dexie so the popup's early read (utils/popup/earlyHistory.ts) can check them
// without loading it.
export { DB_NAME, SCHEMA_VERSION } from './names';

/**
 * Version 1's stores. Each version keeps its own frozen constant so the upgrade tests can write a database
 * exactly as that version left it and reopen it with the current class.
 */
export const STORES_V1 = {
  articles: '++id, &url, lastVisited, publishedTime, siteName, starred, analysisState',
  people: '[articleId+personId], personId, articleId, name',
  countries: '[articleId+code], code, articleId',
  mentions: '++id, articleId, [kind+key]',
  events: '++id, articleId, value, start, end, *people, *countries',
  collections: '++id, &name',
  collectionItems: '[collectionId+articleId], articleId',
  settings: '&key',
} as const;

/**
 * Version 2: the article's text moves out of `articles` into `articleTexts` (keyed by article id). IndexedDB reads
 * whole records, so with the text inside, listing, searching or joining articles read every text: at 10,000
 * articles the popup's search index read ~50 MB before its first result.
 */
export const STORES_V2 = {
  ...STORES_V1,
  articleTexts: 'articleId',
} as const;

/**
 * Version 3: what the popup and timeline page read at scale is kept at write time. `searchRows` holds each article's
 * search words (a multi-entry index answers a search without reading any article), `entityCounts` the ranking of
 * people and countries, and events get `entityDays` so an entity's timeline is read a page at a time in date order.
 */
export const STORES_V3 = {
  ...STORES_V2,
  events: '++id, articleId, value, start, end, *people, *countries, *entityDays',
  searchRows: 'articleId, *tokens',
  entityCounts: '[kind+key], [kind+articles]',
} as const;

/**
 * Version 4: `searchShards` keeps every article's search words as text, a few dozen records for the whole history:
 * scanning the `searchRows` word index for a one-letter word took ~100 ms at 10,000 articles (an index entry per
 * article and word), too slow for the first keystroke in the popup.
 */
export const STORES_V4 = {
  ...STORES_V3,
  searchShards: 'shard',
} as const;

/**
 * Version 5: `eventDays` keeps the number of events per `entityDays` key, so the timeline chart counts every event of
 * a timeline per year, month or day by reading one row per day (IndexedDB counts a range by walking it).
 */
export const STORES_V5 = {
  ...STORES_V4,
  eventDays: 'key',
} as const;

/**
 * Moves each version-1 article's text into `articleTexts`, in batches by id so a large history never sits in memory:
 * each batch's texts and its articles without them are written in the same pass, which reads every text once (a
 * separate `modify` over all articles read the ~50 MB of text at 10,000 articles a second time).
 */
export async function moveTextsOut(tx: Transaction): Promise<void> {
  const articles = tx.table('articles') as Table<ArticleRecord & { text?: string }, number>;
  const texts = tx.table('articleTexts') as Table<ArticleTextRecord, number>;
  await forEachBatch(articles, 200, async (rows) => {
    await texts.bulkPut(rows.map((a) => ({ articleId: a.id, text: a.text ?? '' })));
    await articles.bulkPut(rows.map(({ text: _text, ...article }) => article));
  });
}

/** Dateline's IndexedDB database. Open it only in the background and extension pages, never in content scripts. */
export class DatelineDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  articleTexts!: Table<ArticleTextRecord, number>;
  people!: Table<PersonRecord, [number, string]>;
  countries!: Table<CountryRecord, [number, string]>;
  mentions!: EntityTable<MentionRecord, 'id'>;
  events!: EntityTable<EventRecord, 'id'>;
  searchRows!: Table<ArticleSearchRecord, number>;
  searchShards!: Table<SearchShardRecord, number>;
  entityCounts!: Table<EntityCountRecord, [string, string]>;
  eventDays!: Table<EventDayRecord, string>;
  collections!: EntityTable<CollectionRecord, 'id'>;
  collectionItems!: Table<CollectionItemRecord, [number, number]>;
  settings!: Table<SettingRecord, string>;

  /** `options` lets tests pass their own `indexedDB`/`IDBKeyRange` (fake-indexeddb). */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(announced(moveTextsOut));
    this.version(3).stores(STORES_V3).upgrade(announced(fillDerivedRows));
    this.version(4).stores(STORES_V4).upgrade(announced(fillSearchShards));
    this.version(5).stores(STORES_V5).upgrade(announced(fillEventDays));
  }
}
