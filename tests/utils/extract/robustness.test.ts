import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../scripts/lib/parse-html';
import { extractArticle, isArticle, MAX_ELEMENTS } from '../../../utils/extract';
import { fixtureDoc } from './support';

const PARAGRAPH =
  '<p>The committee met on Tuesday to discuss the proposal, which would change how the city funds its schools and ' +
  'libraries over the next decade.</p>';

describe('isArticle', () => {
  it.each([
    ['date-json-ld.html', true],
    ['no-date.html', true],
    ['non-article.html', false], // a sign-in form with navigation links
  ])('%s → %s', (page, expected) => {
    expect(isArticle(fixtureDoc(page))).toBe(expected);
  });

  it.each([
    ['an empty document', ''],
    ['a bare fragment', '<p>hello</p>'],
    ['plain text', 'no markup at all'],
  ])('is false, and does not throw, for %s', (_case, html) => {
    expect(isArticle(parseHtmlDocument(html))).toBe(false);
  });
});

describe('extractArticle on broken and unusual input', () => {
  it('reads the article from malformed markup (unclosed and stray tags, bad attributes, broken JSON-LD)', () => {
    const actual = extractArticle(fixtureDoc('malformed.html'), null);
    expect(actual?.meta.title).toBe('Storm Closes Harbour & Ferry Routes');
    const paragraphs = actual?.text.split('\n\n') ?? [];
    expect(paragraphs.slice(-4).map((p) => p.slice(0, 20))).toEqual([
      'High winds closed th',
      'Harbour officials sa',
      'Ferry services are e',
      'Residents were asked',
    ]);
    expect(actual?.text).toContain('ninety kilometres an hour at the peak, the strongest');
  });

  it.each([
    ['an empty document', ''],
    ['plain text', 'no markup at all'],
    ['only a head', '<html><head><title>T</title></head></html>'],
    ['an unclosed comment', '<html><body><p>Start<!-- never closed</body></html>'],
  ])('returns null or an article, never throws, for %s', (_case, html) => {
    expect(() => extractArticle(parseHtmlDocument(html), null)).not.toThrow();
  });

  it('returns null for a page with no content', () => {
    expect(
      extractArticle(parseHtmlDocument('<html><head><title>T</title></head><body></body></html>'), null),
    ).toBeNull();
  });

  it('leaves the page it reads untouched (Readability runs on a clone)', () => {
    const doc = fixtureDoc('date-time.html');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'https://news.example/a');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a 2 MB article in bounded time', () => {
    const html = `<html><head><title>Long read</title></head><body><article><h1>Long read</h1>${PARAGRAPH.repeat(15_000)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(2_000_000);
    const doc = parseHtmlDocument(html);
    const started = performance.now();
    const actual = extractArticle(doc, null);
    const elapsed = performance.now() - started;
    expect(actual?.meta.wordCount).toBe(15_000 * 24);
    expect(elapsed).toBeLessThan(15_000); // ~2.5 s measured with linkedom; a browser DOM is faster
  });

  it(`gives up quickly on a page of more than ${MAX_ELEMENTS} content elements`, () => {
    const nav = '<div class="nav"><span><a href="#">link</a></span></div>';
    const doc = parseHtmlDocument(
      `<html><body>${nav.repeat(MAX_ELEMENTS)}<article>${PARAGRAPH.repeat(20)}</article></body></html>`,
    );
    const started = performance.now();
    expect(extractArticle(doc, null)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000); // one count, no clone (~0.1 s measured)
  });

  it('still reads a page whose element count is mostly SVG drawings', () => {
    const icon = '<svg><g><path d="M0 0"/><path d="M1 1"/></g></svg>';
    const doc = parseHtmlDocument(
      `<html><body>${icon.repeat(MAX_ELEMENTS / 2)}<article><h1>Icons</h1>${PARAGRAPH.repeat(20)}</article></body></html>`,
    );
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(MAX_ELEMENTS);
    const paragraphs = extractArticle(doc, null)?.text.split('\n\n') ?? [];
    expect(paragraphs.filter((p) => p.startsWith('The committee met on Tuesday'))).toHaveLength(20);
  });
});
