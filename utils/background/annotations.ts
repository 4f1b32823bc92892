import type { DatelineDB } from '@/utils/db/schema';
import type { ArticleAnnotations } from '@/utils/messaging';
import type { AnalysisOutcome } from './analyse';

/** An article's stored analysis for the page, or null when there is no such article. */
export async function loadAnnotations(db: DatelineDB, articleId: number): Promise<ArticleAnnotations | null> {
  return db.transaction('r', [db.articles, db.people, db.countries, db.mentions, db.events], async () => {
    const article = await db.articles.get(articleId);
    if (article === undefined) return null;
    const [people, countries, mentions, events] = await Promise.all([
      db.people.where('articleId').equals(articleId).toArray(),
      db.countries.where('articleId').equals(articleId).toArray(),
      db.mentions.where('articleId').equals(articleId).sortBy('start'),
      db.events.where('articleId').equals(articleId).sortBy('timex.start'),
    ]);
    return { articleId, analysisState: article.analysisState, people, countries, mentions, events };
  });
}

/** The outcome of an article's last analysis as stored (for a revisit, which needs no new analysis). */
export async function storedOutcome(db: DatelineDB, articleId: number): Promise<AnalysisOutcome> {
  const article = await db.articles.get(articleId);
  if (article === undefined) throw new Error(`No article ${articleId}`);
  const mentionCount =
    article.analysisState === 'done' ? await db.mentions.where('articleId').equals(articleId).count() : 0;
  return { articleId, state: article.analysisState, mentionCount };
}
