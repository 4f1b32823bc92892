/** Loading the fixture pages the extraction tests run on (parsed with linkedom, as the `annotate` command does). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument } from '../../../scripts/lib/parse-html';

/** Small pages written for these tests, committed in tests/fixtures/pages. */
export const FIXTURE_PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/** The team's shared data (outside the repository; absent on other machines). */
export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const SHARED_PAGES = `${SHARED}pages/`;
export const SEED_ARTICLE = `${SHARED}fixtures/seed-article.html`;
export const hasSharedPages = existsSync(SHARED_PAGES);

/** A committed fixture page as a Document. */
export function fixtureDoc(name: string): Document {
  return parseHtmlDocument(readFileSync(`${FIXTURE_PAGES}${name}`, 'utf8'));
}

/** The names of the saved real pages in ../shared/pages (empty when it is absent). */
export function sharedPageNames(): string[] {
  if (!hasSharedPages) return [];
  return readdirSync(SHARED_PAGES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** What Readability's own test suite (JSDOM) records for a saved page. */
export interface ExpectedMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  publishedTime: string | null;
  lang?: string | null;
  readerable: boolean;
}

const parsedPages = new Map<string, { doc: Document; expected: ExpectedMetadata }>();

/** A saved page and its recorded metadata, parsed once per test file (extraction never modifies the document). */
export function sharedPage(name: string): { doc: Document; expected: ExpectedMetadata } {
  let page = parsedPages.get(name);
  if (page === undefined) {
    page = {
      doc: parseHtmlDocument(readFileSync(`${SHARED_PAGES}${name}/source.html`, 'utf8')),
      expected: JSON.parse(readFileSync(`${SHARED_PAGES}${name}/expected-metadata.json`, 'utf8')) as ExpectedMetadata,
    };
    parsedPages.set(name, page);
  }
  return page;
}

/**
 * A minimal article page with the given extra `<head>` markup, for table-driven metadata tests; `body` goes at the
 * start of the <article>, `beforeArticle` before it (teasers, navigation).
 */
export function articleWithHead(head: string, body = '', beforeArticle = ''): Document {
  const paragraph =
    '<p>The city council voted on Tuesday to expand the riverside park, ending a debate that had lasted for more ' +
    'than two years and divided residents of the northern districts of the town.</p>';
  return parseHtmlDocument(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council Expands Park</title>${head}</head>` +
      `<body>${beforeArticle}<article><h1>Council Expands Park</h1>${body}${paragraph.repeat(3)}</article></body></html>`,
  );
}
