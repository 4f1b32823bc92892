import type { AnalysisState, CountryRecord, EventRecord, MentionRecord, PersonRecord } from '@/utils/db/schema';
import {
  ValidationError,
  boolean,
  httpUrl,
  integer,
  nullable,
  object,
  oneOf,
  string,
  type Infer,
  type Validator,
} from './validate';

/**
 * Dateline's messages. Each name says who sends it to whom (`contentToBackground.*`, `popupToBackground.*`,
 * `backgroundToContent.*`); on the wire a message is `{ type, payload }` and every reply is a `Result`.
 * The receiver validates every payload with `requestValidators` before using it.
 */

/** Longest article text accepted (UTF-16 code units, about 2 MB of ASCII). */
export const MAX_TEXT_LENGTH = 2_000_000;
/** Longest URL accepted. */
export const MAX_URL_LENGTH = 8192;
/**
 * Longest serialised page accepted (UTF-16 code units, about 16 MB), scripts and styles left out. The saved news pages
 * serialise to 0.1-1 MB; a page past this is not read (the content script says why) rather than sent.
 */
export const MAX_HTML_LENGTH = 8_000_000;

const url = httpUrl(MAX_URL_LENGTH);
const id = integer(1, Number.MAX_SAFE_INTEGER);

/** Article metadata as extraction gives it (`ArticleMeta` plus where the date came from). */
const articleMeta = object({
  title: nullable(string(2000)),
  byline: nullable(string(1000)),
  siteName: nullable(string(500)),
  lang: nullable(string(35)),
  url: nullable(url),
  publishedTime: nullable(string(100)),
  publishedSource: nullable(oneOf('readability', 'json-ld', 'meta', 'time', 'url')),
  excerpt: nullable(string(10_000)),
  wordCount: integer(0, MAX_TEXT_LENGTH),
});

const articleExtracted = object({
  /** The address of the page the text came from (the canonical one is `meta.url`, when the page gives it). */
  pageUrl: url,
  meta: articleMeta,
  /** The article's plain text (never HTML). */
  text: string(MAX_TEXT_LENGTH),
});

/** What the content script sends about an article it extracted. */
export type ArticleExtracted = Infer<typeof articleExtracted>;

const pageCaptured = object({
  /** The address of the page. */
  pageUrl: url,
  /** The page's markup as serialised by the content script (utils/page/serialize.ts): no scripts, no styles. */
  html: string(MAX_HTML_LENGTH),
});

/** What the content script sends about an article page for the background to read. */
export type PageCaptured = Infer<typeof pageCaptured>;

/** What the page needs to mark an article the background read from its markup. */
export interface CapturedArticle {
  articleId: number;
  /** The extracted text the analysis' offsets index. */
  text: string;
  publishedTime: string | null;
}

/** The stored analysis of one article, for marks and hover cards in the page. */
export interface ArticleAnnotations {
  articleId: number;
  analysisState: AnalysisState;
  people: PersonRecord[];
  countries: CountryRecord[];
  mentions: MentionRecord[];
  events: EventRecord[];
}

/** One event from another stored article, for a card's "Earlier in your reading". */
export interface EarlierReadingItem {
  articleId: number;
  title: string | null;
  url: string;
  siteName: string | null;
  /** The event's TIMEX3 value and calendar range. */
  value: string;
  start: string | null;
  end: string | null;
  /** The sentence that carries the event. */
  text: string;
}

/** Most events `getEarlierReading` returns. */
export const MAX_EARLIER_READING = 20;

/** Why Dateline does nothing on a page. */
export type PageDisabledReason = 'paused' | 'site-disabled' | 'incognito';

/** Request and reply of each message, by name. */
export interface MessageMap {
  /**
   * Content script → background: the page is an article; here is its text and metadata. The background stores it
   * (one record per canonical URL), replies with its id at once, then analyses it; unless the tab is incognito,
   * where nothing is stored and the reply is an error.
   */
  'contentToBackground.articleExtracted': { request: ArticleExtracted; response: { articleId: number } };
  /**
   * Content script → background: the markup of a page that looks like an article. The background reads it
   * (Readability, off the page's thread), stores the article like `articleExtracted` and replies with what the page
   * needs to mark it, or null when the page holds no article; an error where Dateline is off.
   */
  'contentToBackground.pageCaptured': { request: PageCaptured; response: CapturedArticle | null };
  /**
   * Content script → background: the first stage could not rule the page out as an article; the background loads the
   * reader-check stage into the frame that asked (not in incognito tabs). See utils/content/stages.ts.
   */
  'contentToBackground.candidatePageFound': {
    request: { url: string };
    response: { loaded: boolean };
  };
  /**
   * Content script → background: the reader-check stage found a page that looks like an article; unless Dateline is
   * off there, the background loads the marks stage (extraction, marks, cards) into it.
   */
  'contentToBackground.articlePageFound': {
    request: { url: string };
    response: { loaded: boolean; reason: PageDisabledReason | null };
  };
  /**
   * Content script → background: the stored analysis of an article (people, countries, mentions, events), or null
   * when there is no such article. `analysisState` says whether the analysis is there yet.
   */
  'contentToBackground.getArticleAnnotations': {
    request: { articleId: number };
    response: ArticleAnnotations | null;
  };
  /**
   * Content script → background: should Dateline run on this page? (Paused, or the site disabled by the user.)
   * `autoAnnotate` false means marks stay hidden until the reader asks for them (the toggle-marks shortcut).
   */
  'contentToBackground.getPageStatus': {
    request: { url: string };
    response: { enabled: boolean; reason: PageDisabledReason | null; autoAnnotate: boolean };
  };
  /**
   * Content script → background: the latest events (by event date) from OTHER stored articles that involve a
   * person (id) or country (ISO code), for the hover card's "Earlier in your reading".
   */
  'contentToBackground.getEarlierReading': {
    request: { kind: 'person' | 'country'; key: string; excludeArticleId: number; limit: number };
    response: EarlierReadingItem[];
  };
  /** Popup → background: pause Dateline everywhere (or resume); open tabs drop or restore their marks. */
  'popupToBackground.setPaused': { request: { paused: boolean }; response: null };
  /** Popup → background: turn Dateline off (or on again) for the site of `url`; that site's tabs follow. */
  'popupToBackground.setSiteDisabled': {
    request: { url: string; disabled: boolean };
    response: { disabledSites: string[] };
  };
  /** Popup → background: analyse a stored article again now (e.g. after an error); replies with its new state. */
  'popupToBackground.reanalyseArticle': { request: { articleId: number }; response: { state: AnalysisState } };
  /**
   * Background → content script (via tabs.sendMessage): the analysis of the tab's article is stored; fetch it with
   * `getArticleAnnotations`. Sent best-effort: the tab may have navigated away.
   */
  'backgroundToContent.annotationsReady': {
    request: { articleId: number; mentionCount: number };
    response: null;
  };
  /** Background → content script: the toggle-marks shortcut was pressed on this tab; replies whether marks show. */
  'backgroundToContent.toggleMarks': { request: Record<string, never>; response: { visible: boolean } };
  /** Background → content script: paused or site settings changed; ask `getPageStatus` again. */
  'backgroundToContent.pageStatusChanged': { request: Record<string, never>; response: null };
}

/** Every message name. */
export type MessageType = keyof MessageMap;
/** Messages the background receives. */
export type BackgroundMessageType = Extract<
  MessageType,
  `contentToBackground.${string}` | `popupToBackground.${string}`
>;
/** Messages content scripts receive. */
export type ContentMessageType = Extract<MessageType, `backgroundToContent.${string}`>;
/** The payload of message `T`. */
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
/** The reply value of message `T`. */
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

/** A message on the wire. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

/** Runtime checks of every payload, by message name. */
export const requestValidators: { [T in MessageType]: Validator<RequestOf<T>> } = {
  'contentToBackground.articleExtracted': articleExtracted,
  'contentToBackground.pageCaptured': pageCaptured,
  'contentToBackground.candidatePageFound': object({ url }),
  'contentToBackground.articlePageFound': object({ url }),
  'contentToBackground.getArticleAnnotations': object({ articleId: id }),
  'contentToBackground.getPageStatus': object({ url }),
  'contentToBackground.getEarlierReading': object({
    kind: oneOf('person', 'country'),
    key: string(200),
    excludeArticleId: id,
    limit: integer(1, MAX_EARLIER_READING),
  }),
  'popupToBackground.setPaused': object({ paused: boolean }),
  'popupToBackground.setSiteDisabled': object({ url, disabled: boolean }),
  'popupToBackground.reanalyseArticle': object({ articleId: id }),
  'backgroundToContent.annotationsReady': object({ articleId: id, mentionCount: integer(0, MAX_TEXT_LENGTH) }),
  'backgroundToContent.toggleMarks': object({}),
  'backgroundToContent.pageStatusChanged': object({}),
};

const messageType = oneOf(...(Object.keys(requestValidators) as MessageType[]));

/**
 * Checks an incoming message's envelope and payload; returns it typed or throws ValidationError.
 * `expected` restricts which names this receiver accepts.
 */
export function parseEnvelope<T extends MessageType>(raw: unknown, expected: readonly T[]): Envelope<T> {
  const envelope = object({ type: messageType, payload: (v) => v })(raw, 'message');
  const type = envelope.type as T;
  if (!expected.includes(type)) throw new ValidationError(`message: ${type} is not accepted here`);
  const payload = (requestValidators[type] as Validator<RequestOf<T>>)(envelope.payload, 'payload');
  return { type, payload };
}

/** The background's message names, for `parseEnvelope`. */
export const BACKGROUND_MESSAGES = Object.keys(requestValidators).filter(
  (t) => !t.startsWith('backgroundToContent.'),
) as BackgroundMessageType[];
/** The content script's message names, for `parseEnvelope`. */
export const CONTENT_MESSAGES = Object.keys(requestValidators).filter((t) =>
  t.startsWith('backgroundToContent.'),
) as ContentMessageType[];
