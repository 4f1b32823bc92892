// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCapturedPage } from '@/utils/background/read-page';
import { fitArticleMessage } from '@/utils/background/fit-message';
import { extractArticle } from '@/utils/extract';
import { parseHtmlDocument } from '@/utils/extract/parse-html';
import { serializePage } from '@/utils/page/serialize';

const PAGES = resolve(__dirname, '../../../../shared/pages');
const hasPages = existsSync(PAGES);

const noPause = { maxLength: 10_000_000, pause: async () => {} };

/** The serialised markup of a page given as HTML, as the content script would send it. */
async function serialized(html: string): Promise<string> {
  const actual = await serializePage(parseHtmlDocument(html), noPause);
  if (actual === null) throw new Error('unexpectedly over the limit');
  return actual;
}

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('serializePage', () => {
  it.each([
    ['a script', page('', '<p>One<script>var secret = "<p>x</p>";</script> two</p>'), '<p>One two</p>'],
    ['a style', page('<style>p { color: red }</style>', '<p>Text</p>'), '<head></head>'],
    ['a noscript', page('', '<div><noscript><p>Enable JS</p></noscript><p>Text</p></div>'), '<div><p>Text</p></div>'],
    ['a template', page('', '<div><template><p>Hidden</p></template><p>Text</p></div>'), '<div><p>Text</p></div>'],
  ])('leaves out %s', async (_what, html, expected) => {
    const actual = await serialized(html);

    expect(actual).toContain(expected);
  });

  it('keeps JSON-LD as raw text (the publication date and headline are read from it)', async () => {
    const json = '{"@type":"NewsArticle","headline":"A & B <c>","datePublished":"2023-11-08"}';

    const actual = await serialized(page(`<script type="application/ld+json">${json}</script>`, '<p>x</p>'));

    expect(actual).toContain(`<script type="application/ld+json">${json}</script>`);
  });

  it.each([
    ['text', '<p>a &amp; b &lt;c&gt;</p>', 'a & b <c>'],
    ['attributes', '<p title="say &quot;hi&quot; &amp; go">x</p>', 'say "hi" & go'],
    ['non-breaking spaces', '<p>a&nbsp;b</p>', 'a\u00a0b'],
  ])('escapes %s so the background parses back the same page', async (_what, body, expected) => {
    const actual = parseHtmlDocument(await serialized(page('', `<div>${body}</div>`)));
    const p = actual.querySelector('p')!;

    expect(p.getAttribute('title') ?? p.textContent).toBe(expected);
  });

  it('writes void elements without end tags and keeps nested structure', async () => {
    const actual = await serialized(
      page('<meta name="x" content="y">', '<div><p>a<br>b</p><img src="i.png"><p>c</p></div>'),
    );

    expect(actual).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta name="x" content="y"></head><body><div><p>a<br>b</p><img src="i.png"><p>c</p></div></body></html>',
    );
  });

  it('returns null for a page past the length limit instead of a cut page', async () => {
    const actual = await serializePage(parseHtmlDocument(page('', `<p>${'word '.repeat(1000)}</p>`)), {
      maxLength: 1000,
      pause: async () => {},
    });

    expect(actual).toBeNull();
  });

  it('gives the thread back between elements', async () => {
    let pauses = 0;
    const body = Array.from({ length: 50 }, (_, i) => `<div><p>Paragraph ${i}</p></div>`).join('');

    await serializePage(parseHtmlDocument(page('', body)), { maxLength: 1e6, pause: async () => void pauses++ });

    expect(pauses).toBeGreaterThanOrEqual(50);
  });
});

describe.skipIf(!hasPages)('extraction from the serialised page (../shared/pages; skipped when absent)', () => {
  const names = hasPages ? readdirSync(PAGES).filter((n) => existsSync(resolve(PAGES, n, 'source.html'))) : [];

  it.each(names)('%s: the background reads the same article as extraction on the page itself', async (name) => {
    const html = readFileSync(resolve(PAGES, name, 'source.html'), 'utf8');
    const url = `https://example.org/${name}`;
    const direct = extractArticle(parseHtmlDocument(html), url);
    const expected = direct && fitArticleMessage({ pageUrl: url, meta: direct.meta, text: direct.text });

    const actual = readCapturedPage({ pageUrl: url, html: await serialized(html) });

    expect(actual).toEqual(expected);
  });
});
