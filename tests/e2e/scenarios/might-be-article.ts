import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser, Tab } from '../support/driver';
import { hasShared, repoRoot, sharedDir } from '../support/paths';
import { resolveFixturePath, startFixtureServer, type FixtureServer } from '../support/server';

/** Where a browser's availability and launcher come from, and how it evaluates a script's text in a page. */
export interface PrecheckBrowser {
  name: 'chromium' | 'firefox';
  available: boolean;
  missingMessage: string;
  launch: () => Promise<ExtensionBrowser>;
  /** Evaluates `expression` in the tab's page (past the page's CSP, as the drivers' own evaluation is). */
  evaluateExpression: (tab: Tab, expression: string) => Promise<unknown>;
}

interface Verdict {
  might: boolean;
  readerable: boolean;
}

/**
 * The first stage's XPath check and Readability's reader check, bundled for the page: `__precheck(html)` answers both
 * for `html` parsed as a document, or for the page itself when `html` is null.
 */
function precheckBundle(): string {
  const out = buildSync({
    stdin: {
      contents: `
        import { mightBeArticle } from '@/utils/extract/might-be-article';
        import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
        globalThis.__precheck = (html) => {
          const doc = html === null ? document : new DOMParser().parseFromString(html, 'text/html');
          return { might: mightBeArticle(doc), readerable: isProbablyReaderable(doc) };
        };`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
    tsconfig: path.join(repoRoot, 'tsconfig.json'),
  });
  return out.outputFiles[0]!.text;
}

const paragraph = (n: number, fill = 'a') => `<p>${fill.repeat(n)}</p>`;

/** Documents at the edges of the reader check's rules: [what, markup, reader check passes, XPath check passes]. */
const EDGES: Array<[string, string, boolean, boolean]> = [
  ['no text at all', '<div></div>', false, false],
  ['a paragraph of exactly 140 characters, many times', paragraph(140).repeat(50), false, false],
  ['a paragraph of 141 characters, once', paragraph(141), false, true],
  ['one paragraph long enough alone (540 characters)', paragraph(541), true, true],
  ['long text padded with spaces only reaching 141 untrimmed', `<p>  ${'a'.repeat(139)}  </p>`.repeat(50), false, true],
  ['astral characters (two UTF-16 units each) past the limit', paragraph(400, '😀'), true, true],
  ['text in divs with line breaks', `<div>${'word '.repeat(200)}<br>${'word '.repeat(100)}</div>`, true, true],
  ['text in an article element', `<article>${'word '.repeat(150)}</article>`, true, true],
  [
    'text in list items and links only',
    `<ul>${`<li><a href="#">${'headline '.repeat(30)}</a></li>`.repeat(30)}</ul>`,
    false,
    false,
  ],
  ['a long hidden paragraph', `<p hidden>${'a'.repeat(600)}</p>`, false, true],
];

/** The first stage's XPath check is a necessary condition of Readability's reader check, in the real browser. */
export function describeMightBeArticle(browser: PrecheckBrowser): void {
  const pages = [
    ...(hasShared
      ? [
          '/shared/fixtures/seed-article.html',
          ...readdirSync(path.join(sharedDir, 'pages'))
            .filter((name) => !name.includes('.'))
            .map((name) => `/shared/pages/${name}/source.html`),
        ]
      : []),
    ...readdirSync(path.join(repoRoot, 'tests/fixtures/e2e')).map((file) => `/fixtures/e2e/${file}`),
  ];

  describe.skipIf(!browser.available)(`the first stage's XPath check (${browser.name})`, () => {
    let extension: ExtensionBrowser;
    let server: FixtureServer;
    let tab: Tab;
    let bundle: string;

    beforeAll(async () => {
      bundle = precheckBundle();
      server = await startFixtureServer();
      extension = await browser.launch();
      tab = await extension.newTab();
    }, 120_000);
    afterAll(async () => {
      await extension?.close();
      await server?.close();
    });

    const verdict = async (html: string | null) =>
      (await browser.evaluateExpression(tab, `${bundle};globalThis.__precheck(${JSON.stringify(html)})`)) as Verdict;

    beforeAll(async () => tab.goto(server.url('/fixtures/e2e/not-an-article.html')));

    it.each(EDGES)('%s', async (_, html, readerable, might) => {
      const actual = await verdict(`<!doctype html><html><body>${html}</body></html>`);

      expect(actual).toEqual({ readerable, might });
    });

    // Parsed from their files rather than loaded: some saved pages' own scripts navigate away (offline).
    it.each(pages)('passes wherever the reader check passes: %s', async (page) => {
      const html = readFileSync(resolveFixturePath(page)!, 'utf8');

      const actual = await verdict(html);

      if (actual.readerable) expect(actual.might).toBe(true);
      if (page.endsWith('not-an-article.html')) expect(actual).toEqual({ might: false, readerable: false });
    });
  });
  if (!browser.available) it.skip(browser.missingMessage, () => {});
}
