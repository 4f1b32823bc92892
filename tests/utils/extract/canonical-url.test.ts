import { describe, expect, it } from 'vitest';
import { canonicalUrl, extractArticle, stripTracking } from '../../../utils/extract';
import { articleWithHead, fixtureDoc } from './support';

describe('the article URL', () => {
  it.each([
    // page, page URL, expected
    [
      'canonical-relative.html',
      'https://news.example/local/article?utm_medium=email#top',
      'https://news.example/local/park-vote?id=42', // relative canonical resolved, tracking and fragment dropped
    ],
    // Without a page URL a relative canonical cannot be resolved; the absolute og:url is the next rule.
    ['canonical-relative.html', null, 'https://other.example/should-not-win'],
    ['canonical-og-url.html', 'https://news.example/x', 'https://news.example/local/park-vote?page=2'],
    [
      'no-date.html',
      'https://news.example/park?utm_source=tw&utm_campaign=x&fbclid=1&gclid=2#c',
      'https://news.example/park',
    ],
    [
      'no-date.html',
      'https://news.example/park?id=7&mc_cid=a&mc_eid=b&ref_src=twsrc%5Etfw',
      'https://news.example/park?id=7',
    ],
    ['no-date.html', null, null],
    ['no-date.html', 'file:///home/me/saved/page.html', null], // a saved file is not the article's address
  ])('%s at %s → %s', (page, pageUrl, expected) => {
    expect(extractArticle(fixtureDoc(page), pageUrl)?.meta.url).toBe(expected);
  });

  it.each([
    ['<link rel="canonical" href="https://news.example/a">', 'https://news.example/a'],
    ['<link rel="Canonical alternate" href="https://news.example/a">', 'https://news.example/a'],
    ['<link rel="canonical" href="">', 'https://page.example/p'],
    ['<link rel="canonical" href="javascript:alert(1)">', 'https://page.example/p'],
    ['<link rel="canonical" href="//cdn.example/a?utm_source=x">', 'https://cdn.example/a'],
    ['<meta property="og:url" content="  https://news.example/b  ">', 'https://news.example/b'],
    ['<meta name="og:url" content="/c">', 'https://page.example/c'],
  ])('%s → %s', (head, expected) => {
    expect(canonicalUrl(articleWithHead(head), 'https://page.example/p#x')).toBe(expected);
  });
});

describe('stripTracking', () => {
  it.each([
    ['https://a.example/s?utm_source=x&utm_medium=y&utm_content=z&utm_term=t&utm_campaign=c', 'https://a.example/s'],
    ['https://a.example/s?fbclid=1&gclid=2&msclkid=3&dclid=4&yclid=5&igshid=6', 'https://a.example/s'],
    ['https://a.example/s?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4&mkt_tok=5', 'https://a.example/s'],
    [
      'https://www.nytimes.com/2017/01/13/world/africa/sudan.html?ref=todayspaper&smid=tw-share',
      'https://www.nytimes.com/2017/01/13/world/africa/sudan.html',
    ],
    ['https://www.theguardian.com/world/x?CMP=share_btn_tw', 'https://www.theguardian.com/world/x'],
    ['https://a.example/s?ref_src=twsrc%5Etfw&ref_url=https%3A%2F%2Ft.co', 'https://a.example/s'],
    // Parameters that select the document stay, in their order.
    ['https://a.example/s?id=42&utm_source=x&page=2', 'https://a.example/s?id=42&page=2'],
    ['https://a.example/s?q=uk+news&lang=en', 'https://a.example/s?q=uk+news&lang=en'],
    // On code hosts `ref` is a branch, part of the document.
    ['https://github.com/o/r/blob/x.md?ref=main', 'https://github.com/o/r/blob/x.md?ref=main'],
    ['https://a.example/s#section-2', 'https://a.example/s'],
  ])('%s → %s', (url, expected) => {
    expect(stripTracking(new URL(url))).toBe(expected);
  });
});
