import { markAnalysisError, markNotAnalysed, saveAnalysis } from '@/utils/db/analysis';
import { mentionCount } from '@/utils/db/analysisRecords';
import { articleText } from '@/utils/db/articles';
import { errorMessage } from '@/utils/messaging/result';
import type { AnalysisState } from '@/utils/db/schema';
import type { BackgroundDeps } from './deps';
import { ensureSelectors } from './selectors';

/** Where an article ended up after one analysis attempt. */
export interface AnalysisOutcome {
  articleId: number;
  state: AnalysisState;
  /** People + country + date mentions (0 unless 'done'). */
  mentionCount: number;
}

/**
 * Analyses one stored article and stores the outcome: 'done' with its analysis, 'not-analysed-language', or
 * 'error' with the message. Reads the text from the database, so it can run at any time after a restart.
 * An article whose text changed while it ran stays 'pending' (the next run picks it up).
 */
export async function analyseArticle(deps: BackgroundDeps, articleId: number): Promise<AnalysisOutcome> {
  const { db } = deps;
  const [article, text] = await db.transaction('r', db.articles, db.articleTexts, () =>
    Promise.all([db.articles.get(articleId), articleText(db, articleId)]),
  );
  if (article === undefined || text === undefined) throw new Error(`No article ${articleId}`);
  const stamp = { version: deps.analysisVersion, text };
  let outcome;
  try {
    outcome = await deps.analyze(text, { publishedTime: article.publishedTime, lang: article.lang });
  } catch (error) {
    await markAnalysisError(db, articleId, `Analysis failed: ${errorMessage(error)}`, deps.now());
    return { articleId, state: 'error', mentionCount: 0 };
  }
  if ('notAnalysed' in outcome) {
    const saved = await markNotAnalysed(db, articleId, outcome.lang, { ...stamp, now: deps.now() });
    return { articleId, state: saved ? 'not-analysed-language' : 'pending', mentionCount: 0 };
  }
  const saved = await saveAnalysis(db, articleId, outcome, { ...stamp, now: deps.now() });
  // Selectors are stored with the mentions right away, so the page (and every revisit) can mark at once.
  if (saved) await ensureSelectors(db, articleId);
  return saved
    ? { articleId, state: 'done', mentionCount: mentionCount(outcome) }
    : { articleId, state: 'pending', mentionCount: 0 };
}
