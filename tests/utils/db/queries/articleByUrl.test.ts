import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '@/utils/db/articles';
import { findArticleIdByUrl, urlCandidates } from '@/utils/db/queries/articleByUrl';
import type { DatelineDB } from '@/utils/db/schema';
import { extractedPayload } from '../../messaging/fixtures';
import { freshDb } from '../helpers';

let db: DatelineDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('urlCandidates', () => {
  it.each([
    ['a plain address', 'https://a.example/x', ['https://a.example/x']],
    ['a fragment', 'https://a.example/x#c', ['https://a.example/x#c', 'https://a.example/x']],
    [
      'tracking parameters',
      'https://a.example/x?utm_source=y&id=2',
      ['https://a.example/x?utm_source=y&id=2', 'https://a.example/x?id=2'],
    ],
    ['not a web address', 'chrome://newtab/', []],
    ['garbage', 'not a url', []],
  ])('for %s', (_name, url, expected) => {
    expect(urlCandidates(url)).toEqual(expected);
  });
});

describe('findArticleIdByUrl', () => {
  it('finds an article by the tab address, with a fragment and tracking parameters, and nothing else', async () => {
    const { id } = await saveArticle(db, extractedPayload(), 1);

    const actual = await Promise.all(
      [
        'https://news.example.org/2023/11/08/satellite',
        'https://news.example.org/2023/11/08/satellite?utm_source=x#top',
        'https://news.example.org/2023/11/08/other',
      ].map((url) => findArticleIdByUrl(db, url)),
    );

    expect(actual).toEqual([id, id, null]);
  });
});
