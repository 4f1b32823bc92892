import { describe, expect, it } from 'vitest';
import { extractArticle, findPublishedDate } from '../../../utils/extract';
import { articleWithHead, fixtureDoc } from './support';

describe('publication date: each fallback on a page written for it', () => {
  it.each([
    // page, page URL, expected source, expected publishedTime
    ['date-json-ld.html', null, 'json-ld', '2023-11-08T09:30:00+09:00'],
    ['date-meta.html', null, 'meta', '2022-03-04'],
    ['date-time.html', null, 'time', '2021-06-01T08:00:00-04:00'],
    ['date-url.html', null, 'url', '2019-07-15'],
    ['no-date.html', null, null, null],
    ['no-date.html', 'https://news.example/2018/05/06/park-vote.html', 'url', '2018-05-06'],
    ['malformed.html', null, 'readability', '2023-01-17T06:45:00Z'],
  ])('%s (page URL %s): %s %s', (page, pageUrl, expectedSource, expectedTime) => {
    const actual = extractArticle(fixtureDoc(page), pageUrl);
    expect(actual?.meta.publishedSource).toBe(expectedSource);
    expect(actual?.meta.publishedTime).toBe(expectedTime);
  });
});

describe('publication date from meta tags and microdata', () => {
  it.each([
    [
      '<meta property="article:published_time" content="2023-11-08T09:30:00+09:00">',
      'readability',
      '2023-11-08T09:30:00+09:00',
    ],
    ['<meta name="parsely-pub-date" content="2023-11-08T00:30:00Z">', 'readability', '2023-11-08T00:30:00Z'],
    ['<meta itemprop="datePublished" content="2023-11-08">', 'meta', '2023-11-08'],
    ['<meta name="pubdate" content="2023-11-08T09:30:00-05:00">', 'meta', '2023-11-08T09:30:00-05:00'],
    ['<meta name="DC.date.issued" content="2023-11-08">', 'meta', '2023-11-08'],
    ['<meta name="dcterms.issued" content="2023-11-08">', 'meta', '2023-11-08'],
    ['<meta name="sailthru.date" content="Wed, 08 Nov 2023 09:30:00 -0500">', 'meta', '2023-11-08T09:30:00-05:00'],
    ['<meta name="date" content="2023-11-08 09:30:00">', 'meta', '2023-11-08T09:30:00'],
    // A more specific key wins over the generic "date", whatever their order in the page.
    ['<meta name="date" content="2020-01-01"><meta name="pubdate" content="2023-11-08">', 'meta', '2023-11-08'],
    // An unparseable value is passed over for the next source.
    ['<meta name="pubdate" content="soon"><meta name="sailthru.date" content="2023-11-08">', 'meta', '2023-11-08'],
  ])('%s → %s %s', (head, expectedSource, expectedTime) => {
    const actual = extractArticle(articleWithHead(head), null)?.meta;
    expect(actual?.publishedSource).toBe(expectedSource);
    expect(actual?.publishedTime).toBe(expectedTime);
  });

  it('reads microdata on a visible <time itemprop="datePublished">', () => {
    const doc = articleWithHead(
      '',
      '<p>By Ana Ruiz <time itemprop="datePublished" datetime="2023-11-08">Nov 8</time></p>',
    );
    expect(findPublishedDate(doc, null, [])).toEqual({ publishedTime: '2023-11-08', publishedSource: 'meta' });
  });
});

describe('publication date from JSON-LD', () => {
  const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;
  it.each([
    ['a top-level array', ld('[{"@type":"NewsArticle","datePublished":"2023-11-08"}]'), '2023-11-08'],
    [
      '@graph with a WebPage listed first',
      ld(
        '{"@graph":[{"@type":"WebPage","datePublished":"2001-01-01"},{"@type":"BlogPosting","datePublished":"2023-11-08"}]}',
      ),
      '2023-11-08',
    ],
    [
      'mainEntity',
      ld('{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2023-11-08"}}'),
      '2023-11-08',
    ],
    ['@type as an array', ld('{"@type":["ReportageNewsArticle","Thing"],"datePublished":"2023-11-08"}'), '2023-11-08'],
    ['a CDATA wrapper', ld('<![CDATA[{"@type":"NewsArticle","datePublished":"2023-11-08"}]]>'), '2023-11-08'],
    [
      'a malformed block before a good one',
      ld('{"@type": "NewsArticle",') + ld('{"@type":"NewsArticle","datePublished":"2023-11-08"}'),
      '2023-11-08',
    ],
    ['only a WebPage date', ld('{"@type":"WebPage","datePublished":"2023-11-08"}'), '2023-11-08'],
    ['only malformed JSON', ld('{"datePublished": "2023-11-08"'), null],
    ['a non-string date', ld('{"@type":"NewsArticle","datePublished":20231108}'), null],
  ])('%s', (_case, head, expectedTime) => {
    // Readability's own pass is given nothing, so the JSON-LD fallback alone decides.
    const actual = findPublishedDate(articleWithHead(head), null, []);
    expect(actual.publishedTime).toBe(expectedTime);
    expect(actual.publishedSource).toBe(expectedTime === null ? null : 'json-ld');
  });
});

describe('publication date from the URL path', () => {
  it.each([
    ['https://news.example/2023/11/08/park-vote', '2023-11-08'],
    ['https://news.example/world/2023-11-08/park-vote', '2023-11-08'],
    ['https://news.example/2023/1/8/park-vote', '2023-01-08'],
    ['https://news.example/2023/11/08', '2023-11-08'],
    ['https://news.example/2023/11/park-vote', null], // a month is not a publication day
    ['https://news.example/2023/02/30/park-vote', null], // no such day
    ['https://news.example/story?date=2023/11/08', null], // query strings are not the path
    ['https://news.example/items/12345/2023/11', null],
  ])('%s → %s', (url, expectedTime) => {
    expect(findPublishedDate(articleWithHead(''), null, [url]).publishedTime).toBe(expectedTime);
  });
});

describe('publication date from <time> in the story header', () => {
  it('takes the dateline under the headline, not a related story’s date further down', () => {
    expect(findPublishedDate(fixtureDoc('date-time.html'), null, [])).toEqual({
      publishedTime: '2021-06-01T08:00:00-04:00',
      publishedSource: 'time',
    });
  });

  it('ignores a comment timestamp after the body text', () => {
    expect(findPublishedDate(fixtureDoc('no-date.html'), null, []).publishedTime).toBeNull();
  });

  it('reads the story, not teaser cards, when a page has several <article>s', () => {
    const teaser = '<article class="teaser"><h3>Other</h3><time pubdate datetime="2020-05-05">May 5</time></article>';
    const doc = articleWithHead('', '<header><time datetime="2023-11-08T10:00:00Z">Nov 8</time></header>', teaser);
    expect(findPublishedDate(doc, null, []).publishedTime).toBe('2023-11-08T10:00:00Z');
  });
});
