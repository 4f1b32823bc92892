import type { ArticleRecord } from '../db/schema';
import type { ExportedArticle } from '../export/types';

/** The article record an imported article becomes, before the database gives it an id. */
export function toArticleRecord(a: ExportedArticle, now: number): Omit<ArticleRecord, 'id'> {
  const m = a.article;
  return {
    url: m.url,
    title: m.title,
    byline: m.byline,
    siteName: m.siteName,
    lang: m.lang,
    publishedTime: m.publishedTime,
    publishedSource: a.dateline.publishedSource,
    excerpt: m.excerpt,
    wordCount: m.wordCount,
    firstVisited: a.dateline.firstVisited,
    lastVisited: a.dateline.lastVisited,
    visits: a.dateline.visits,
    starred: a.dateline.starred ? 1 : 0,
    // No analysisVersion: the background re-runs its own analysis over the imported text when it next starts,
    // while the imported analysis serves meanwhile.
    analysisState: 'done',
    analysedAt: now,
  };
}
