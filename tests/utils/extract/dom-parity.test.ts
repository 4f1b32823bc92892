import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../scripts/lib/parse-html';
import { extractArticle } from '../../../utils/extract';
import { FIXTURE_PAGES, hasSharedPages, SHARED_PAGES, sharedPageNames } from './support';

/**
 * The content script extracts from the browser's DOM, the `annotate` command from linkedom's; the analysis and the
 * in-page anchoring rely on both giving the same text. happy-dom (a browser-like DOM, as in the component tests)
 * stands in for the browser here. Measured: identical metadata and text on all 18 saved pages and 10 fixtures.
 */
const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function happyDomDocument(html: string): Document {
  const window = new Window({
    url: 'https://example.org/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

const pages: [string, string][] = [
  ...readdirSync(FIXTURE_PAGES).map((name): [string, string] => [name, `${FIXTURE_PAGES}${name}`]),
  ...(hasSharedPages
    ? sharedPageNames().map((name): [string, string] => [name, `${SHARED_PAGES}${name}/source.html`])
    : []),
];

describe('the same extraction in a browser-like DOM (happy-dom) as in linkedom', () => {
  it.each(pages)('%s', (_name, path) => {
    const html = readFileSync(path, 'utf8');
    const expected = extractArticle(parseHtmlDocument(html), 'https://example.org/news/a');
    const actual = extractArticle(happyDomDocument(html), 'https://example.org/news/a');
    expect(actual).toEqual(expected);
  });
});
