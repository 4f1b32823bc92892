import type { Mention, Timex, TimexType } from '../analysis/types';
import { cleanCollectionName } from '../db/queries/collections';
import {
  type DatelineExport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportedArticle,
  type ExportedCollection,
  type ExportedReading,
} from '../export/types';
import * as c from './check';
import { IMPORT_LIMITS as L } from './limits';

const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
const COUNTRY_CODE = /^[A-Z]{2}$/;

function code(value: unknown, path: string): string {
  const s = c.text(value, path, 2);
  if (!COUNTRY_CODE.test(s)) c.fail(path, 'an ISO 3166 country code such as "KP"', value);
  return s;
}

function id(value: unknown, path: string): string {
  const s = c.text(value, path, L.shortChars);
  if (!s) c.fail(path, 'a non-empty id', value);
  return s;
}

/** A span of the article's text: whole numbers, inside the text, start ≤ end. */
function span(value: unknown, path: string, textLength: number): { start: number; end: number } {
  const o = c.object(value, path);
  const start = c.integer(o.start, `${path}.start`, 0, textLength);
  const end = c.integer(o.end, `${path}.end`, start, textLength);
  return { start, end };
}

/** A mention whose text is exactly the span of the article it points at. */
function mention(value: unknown, path: string, text: string): Mention {
  const { start, end } = span(value, path, text.length);
  const quoted = c.text(c.object(value, path).text, `${path}.text`, L.mediumChars);
  if (quoted !== text.slice(start, end)) c.fail(`${path}.text`, `the article's text at ${start}–${end}`, quoted);
  return { start, end, text: quoted };
}

function mentions(value: unknown, path: string, text: string): Mention[] {
  return c.list(value, path, L.mentionsPerEntity).map((m, i) => mention(m, `${path}[${i}]`, text));
}

function timex(value: unknown, path: string, text: string): Timex {
  const o = c.object(value, path);
  const type = o.type as TimexType;
  if (!TIMEX_TYPES.includes(type)) c.fail(`${path}.type`, 'DATE, TIME, DURATION or SET', o.type);
  const t: Timex = { ...mention(value, path, text), type, value: id(o.value, `${path}.value`) };
  if (o.unresolved !== undefined && c.bool(o.unresolved, `${path}.unresolved`)) t.unresolved = true;
  return t;
}

function reading(value: unknown, path: string, now: number): ExportedReading {
  if (value === undefined)
    return { starred: false, firstVisited: now, lastVisited: now, visits: 1, publishedSource: null };
  const o = c.object(value, path);
  const firstVisited = c.integer(o.firstVisited, `${path}.firstVisited`, 0, 8.64e15);
  return {
    starred: c.bool(o.starred, `${path}.starred`),
    firstVisited,
    lastVisited: c.integer(o.lastVisited, `${path}.lastVisited`, firstVisited, 8.64e15),
    visits: c.integer(o.visits, `${path}.visits`, 1, Number.MAX_SAFE_INTEGER),
    publishedSource: c.textOrNull(o.publishedSource, `${path}.publishedSource`, L.shortChars),
  };
}

function article(value: unknown, path: string, now: number): ExportedArticle {
  const o = c.object(value, path);
  const m = c.object(o.article, `${path}.article`);
  const text = c.text(o.text, `${path}.text`, L.textChars);
  const n = L.entitiesPerArticle;
  return {
    article: {
      title: c.textOrNull(m.title, `${path}.article.title`, L.mediumChars),
      byline: c.textOrNull(m.byline, `${path}.article.byline`, L.mediumChars),
      siteName: c.textOrNull(m.siteName, `${path}.article.siteName`, L.shortChars),
      lang: c.textOrNull(m.lang, `${path}.article.lang`, L.shortChars),
      url: c.httpUrl(m.url, `${path}.article.url`, L.urlChars),
      publishedTime: c.textOrNull(m.publishedTime, `${path}.article.publishedTime`, L.shortChars),
      excerpt: c.textOrNull(m.excerpt, `${path}.article.excerpt`, L.mediumChars),
      wordCount: c.integer(m.wordCount, `${path}.article.wordCount`, 0, L.textChars),
    },
    text,
    people: c.list(o.people, `${path}.people`, n).map((v, i) => {
      const p = c.object(v, `${path}.people[${i}]`);
      const at = `${path}.people[${i}]`;
      return {
        id: id(p.id, `${at}.id`),
        name: c.text(p.name, `${at}.name`, L.shortChars),
        role: c.textOrNull(p.role, `${at}.role`, L.shortChars),
        countries: c.texts(p.countries, `${at}.countries`, 300, code),
        mentions: mentions(p.mentions, `${at}.mentions`, text),
      };
    }),
    countries: c.list(o.countries, `${path}.countries`, n).map((v, i) => {
      const at = `${path}.countries[${i}]`;
      const k = c.object(v, at);
      return {
        code: code(k.code, `${at}.code`),
        name: c.text(k.name, `${at}.name`, L.shortChars),
        mentions: mentions(k.mentions, `${at}.mentions`, text),
      };
    }),
    timexes: c.list(o.timexes, `${path}.timexes`, n).map((v, i) => timex(v, `${path}.timexes[${i}]`, text)),
    events: c.list(o.events, `${path}.events`, n).map((v, i) => {
      const at = `${path}.events[${i}]`;
      const e = c.object(v, at);
      const d = c.object(e.date, `${at}.date`);
      return {
        date: {
          value: id(d.value, `${at}.date.value`),
          start: c.isoDayOrNull(d.start, `${at}.date.start`),
          end: c.isoDayOrNull(d.end, `${at}.date.end`),
        },
        text: c.text(e.text, `${at}.text`, L.textChars),
        sentence: span(e.sentence, `${at}.sentence`, text.length),
        timex: span(e.timex, `${at}.timex`, text.length),
        people: c.texts(e.people, `${at}.people`, n, id),
        countries: c.texts(e.countries, `${at}.countries`, 300, code),
      };
    }),
    dateline: reading(o.dateline, `${path}.dateline`, now),
  };
}

function checkScope(value: unknown): void {
  const o = c.object(value, 'scope');
  const kinds = ['all', 'article', 'collection', 'person', 'country'];
  if (!kinds.includes(o.kind as string)) c.fail('scope.kind', kinds.join(', '), o.kind);
}

function collection(value: unknown, path: string, urls: Set<string>): ExportedCollection {
  const o = c.object(value, path);
  const rawName = c.text(o.name, `${path}.name`, L.shortChars);
  let name: string;
  try {
    name = cleanCollectionName(rawName);
  } catch (error) {
    return c.fail(`${path}.name`, (error as Error).message.replace(/\.$/, '').toLowerCase(), rawName);
  }
  const articles = c.texts(o.articles, `${path}.articles`, L.articles, (v, p) => {
    const url = c.text(v, p, L.urlChars);
    if (!urls.has(url)) c.fail(p, 'the URL of an article in this file', url);
    return url;
  });
  return { name, createdAt: c.integer(o.createdAt, `${path}.createdAt`, 0, 8.64e15), articles };
}

/** What an import writes: an export's articles and collections, checked. (Its scope only titled the export.) */
export type ValidatedImport = Pick<DatelineExport, 'exportedAt' | 'articles' | 'collections'>;

/**
 * Checks a parsed JSON value from top to bottom and returns a clean copy holding only known fields; throws an
 * ImportError naming the first problem. Nothing is written until this has passed.
 */
export function validateExport(value: unknown, now: number = Date.now()): ValidatedImport {
  const o = c.object(value, '');
  if (o.format !== EXPORT_FORMAT) {
    throw new c.ImportError(`This file is not a Dateline export (it lacks "format": "${EXPORT_FORMAT}").`);
  }
  if (o.version !== EXPORT_VERSION) {
    throw new c.ImportError(
      `This Dateline export has version ${JSON.stringify(o.version)}; this version of Dateline reads version ${EXPORT_VERSION}.`,
    );
  }
  const exportedAt = c.text(o.exportedAt, 'exportedAt', 64);
  if (Number.isNaN(Date.parse(exportedAt))) c.fail('exportedAt', 'a date and time', exportedAt);
  const articles = c.list(o.articles, 'articles', L.articles).map((a, i) => article(a, `articles[${i}]`, now));
  const urls = new Set<string>();
  articles.forEach((a, i) => {
    if (urls.has(a.article.url))
      c.fail(`articles[${i}].article.url`, 'a URL no other article in the file has', a.article.url);
    urls.add(a.article.url);
  });
  const collections = c
    .list(o.collections, 'collections', L.collections)
    .map((x, i) => collection(x, `collections[${i}]`, urls));
  const names = new Set<string>();
  collections.forEach((x, i) => {
    if (names.has(x.name)) c.fail(`collections[${i}].name`, 'a name no other collection in the file has', x.name);
    names.add(x.name);
  });
  checkScope(o.scope);
  return { exportedAt, articles, collections };
}
