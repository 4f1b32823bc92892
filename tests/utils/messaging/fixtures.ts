import type { ArticleExtracted } from '@/utils/messaging';

/** A valid `articleExtracted` payload; tests spread it and break one field. */
export function extractedPayload(overrides: Partial<ArticleExtracted> = {}): ArticleExtracted {
  return {
    pageUrl: 'https://news.example.org/2023/11/08/satellite?utm_source=x',
    meta: {
      title: 'North Korea says it will launch a satellite',
      byline: 'A. Reporter',
      siteName: 'Example News',
      lang: 'en',
      url: 'https://news.example.org/2023/11/08/satellite',
      publishedTime: '2023-11-08T09:30:00+09:00',
      publishedSource: 'json-ld',
      excerpt: 'Pyongyang said on Wednesday…',
      wordCount: 9,
    },
    text: 'North Korea said on Wednesday it would launch a satellite.',
    ...overrides,
  };
}
