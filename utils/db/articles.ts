import type { ArticleExtracted } from '@/utils/messaging/protocol';
import { refreshSearchRows } from './derived';
import { translateQuotaError } from './quota';
import type { AnalysisState, ArticleRecord, DatelineDB } from './schema';

/** What saving an extracted article did. */
export interface SavedArticle {
  id: number;
  /** True for an article not seen before. */
  created: boolean;
  /** The state after saving: 'pending' when the text is new or changed and must be analysed. */
  analysisState: AnalysisState;
}

/** The URL an article is stored under: the canonical one when the page gives it, without its #fragment. */
export function articleKey(extracted: Pick<ArticleExtracted, 'pageUrl' | 'meta'>): string {
  const url = new URL(extracted.meta.url ?? extracted.pageUrl);
  url.hash = '';
  return url.href;
}

/**
 * Stores an extracted article: one record per canonical URL. A revisit updates metadata, counts the visit and
 * moves lastVisited; if the text changed (the article was edited), the old analysis no longer fits its offsets,
 * so the article goes back to 'pending'. Throws StorageQuotaError when storage is full (nothing is changed).
 */
export async function saveArticle(db: DatelineDB, extracted: ArticleExtracted, now: number): Promise<SavedArticle> {
  const url = articleKey(extracted);
  const { meta, text } = extracted;
  const fields = {
    url,
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName,
    lang: meta.lang,
    publishedTime: meta.publishedTime,
    publishedSource: meta.publishedSource,
    excerpt: meta.excerpt,
    wordCount: meta.wordCount,
  };
  const tables = [db.articles, db.articleTexts, db.people, db.countries, db.searchRows, db.searchShards];
  return translateQuotaError(() =>
    db.transaction('rw', tables, async () => {
      const existing = await db.articles.where('url').equals(url).first();
      if (existing === undefined) {
        const id = await db.articles.add({
          ...fields,
          firstVisited: now,
          lastVisited: now,
          visits: 1,
          starred: 0,
          analysisState: 'pending',
        });
        await db.articleTexts.add({ articleId: id, text });
        await refreshSearchRows(db, [id]);
        return { id, created: true, analysisState: 'pending' as const };
      }
      const textChanged = (await articleText(db, existing.id)) !== text;
      if (textChanged) await db.articleTexts.put({ articleId: existing.id, text });
      const analysisState: AnalysisState = textChanged ? 'pending' : existing.analysisState;
      await db.articles.update(existing.id, {
        ...fields,
        lastVisited: Math.max(now, existing.lastVisited),
        visits: existing.visits + 1,
        analysisState,
      });
      await refreshSearchRows(db, [existing.id]);
      return { id: existing.id, created: false, analysisState };
    }),
  );
}

/** An article as the history lists it: its record, without its (possibly large) text, which is stored apart. */
export type HistoryEntry = ArticleRecord;

/** An article's stored text, or undefined when the article (or its text) is not stored. */
export async function articleText(db: DatelineDB, articleId: number): Promise<string | undefined> {
  return (await db.articleTexts.get(articleId))?.text;
}

/** Articles by last visit, newest first. */
export async function listHistory(
  db: DatelineDB,
  { limit = 50, offset = 0 }: { limit?: number; offset?: number } = {},
): Promise<HistoryEntry[]> {
  return db.articles.orderBy('lastVisited').reverse().offset(offset).limit(limit).toArray();
}

/** Ids of articles waiting for the analysis (new, or interrupted when the browser stopped the background), newest first. */
export async function articlesPendingAnalysis(db: DatelineDB): Promise<number[]> {
  const ids = await db.articles.where('analysisState').equals('pending').primaryKeys();
  return ids.sort((a, b) => b - a);
}

/**
 * Puts articles analysed by a version older than `currentVersion` back to 'pending' (their old analysis stays
 * until the new one replaces it) and returns how many. Articles in 'error' wait for an explicit retry so a
 * crashing input is not re-run on every start. Reads every analysed article, so run it on install/update and
 * browser start, not per message.
 */
export async function requeueOutdatedAnalyses(db: DatelineDB, currentVersion: number): Promise<number> {
  return db.articles
    .where('analysisState')
    .anyOf('done', 'not-analysed-language')
    .and((a) => (a.analysisVersion ?? 0) < currentVersion)
    .modify({ analysisState: 'pending' });
}
