import type { HistoryEntry } from '@/utils/db/articles';

/** 2023-11-08 12:00 UTC, the tests' "now". */
export const NOW = Date.UTC(2023, 10, 8, 12, 0, 0);

/** A history entry; tests override what they look at. */
export function entry(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: 1,
    url: 'https://news.example.org/a',
    title: 'North Korea says it will launch a satellite',
    byline: null,
    siteName: 'Example News',
    lang: 'en',
    publishedTime: '2023-11-08T09:30:00+09:00',
    publishedSource: 'json-ld',
    excerpt: null,
    wordCount: 300,
    firstVisited: NOW - 2 * 3600_000,
    lastVisited: NOW - 2 * 3600_000,
    visits: 1,
    starred: 0,
    analysisState: 'done',
    ...overrides,
  };
}
