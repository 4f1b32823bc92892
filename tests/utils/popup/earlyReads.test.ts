import { describe, expect, it } from 'vitest';
import { publishEarlyReads, takeEarlyReads, type EarlyReads } from '@/utils/popup/earlyReads';

describe('publishEarlyReads / takeEarlyReads', () => {
  it('hands the reads over once', async () => {
    const scope = {};
    const expected: EarlyReads = {
      history: Promise.resolve({ articles: [] }),
      page: Promise.resolve({ tabId: 3, url: 'https://news.example/a', articleId: null }),
    };
    publishEarlyReads(scope, expected);

    const first = takeEarlyReads(scope);
    const second = takeEarlyReads(scope);

    await expect(first.history).resolves.toEqual({ articles: [] });
    await expect(first.page).resolves.toEqual({ tabId: 3, url: 'https://news.example/a', articleId: null });
    expect(second).toEqual({ history: undefined, page: undefined });
  });

  it.each([
    ['nothing published', {}],
    ['something else under the name', { __datelineEarly: 'not reads' }],
    ['reads that are not promises', { __datelineEarly: { history: [], page: { url: null } } }],
  ])('leaves the work to the popup when %s', (_name, scope) => {
    expect(takeEarlyReads(scope)).toEqual({ history: undefined, page: undefined });
  });
});
