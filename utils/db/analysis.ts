import type { AnalysisResult } from '@/utils/analysis/types';
import { analysisToRows } from './analysisRecords';
import { articleText } from './articles';
import { entityKeysOf, refreshDerived } from './derived';
import { adjustEventDays, eventDaysOf, tallyEventDays } from './eventDays';
import { articleTables } from './queries/deleteArticles';
import { translateQuotaError } from './quota';
import type { DatelineDB } from './schema';

/** When and by which analysis version a result was produced. */
export interface AnalysisStamp {
  version: number;
  now: number;
  /**
   * The text that was analysed. If the stored text differs (the article was edited and re-saved meanwhile), the
   * result's offsets do not fit it: nothing is written and false is returned; the article stays 'pending'.
   */
  text: string;
}

/** The tables an analysis writes: an article's tables but its collection memberships, which analysis leaves alone. */
function analysisTables(db: DatelineDB) {
  return articleTables(db).filter((table) => table !== db.collectionItems);
}

async function deleteAnalysisRows(db: DatelineDB, articleId: number): Promise<void> {
  await Promise.all([
    db.people.where('articleId').equals(articleId).delete(),
    db.countries.where('articleId').equals(articleId).delete(),
    db.mentions.where('articleId').equals(articleId).delete(),
    db.events.where('articleId').equals(articleId).delete(),
  ]);
}

async function currentTextMatches(db: DatelineDB, articleId: number, text: string): Promise<boolean> {
  const stored = await articleText(db, articleId);
  if (stored === undefined) throw new Error(`No article ${articleId}`);
  return stored === text;
}

/**
 * Stores an article's analysis, replacing any previous one, in one transaction: all of it or (on any failure,
 * including a full disk, thrown as StorageQuotaError) none of it, previous analysis intact.
 * Returns false when the article's text changed since it was analysed (nothing written).
 */
export async function saveAnalysis(
  db: DatelineDB,
  articleId: number,
  result: AnalysisResult,
  stamp: AnalysisStamp,
): Promise<boolean> {
  const rows = analysisToRows(articleId, result);
  return translateQuotaError(() =>
    db.transaction('rw', analysisTables(db), async () => {
      if (!(await currentTextMatches(db, articleId, stamp.text))) return false;
      const before = await entityKeysOf(db, [articleId]);
      const daysBefore = await eventDaysOf(db, [articleId]);
      await deleteAnalysisRows(db, articleId);
      await db.people.bulkAdd(rows.people);
      await db.countries.bulkAdd(rows.countries);
      await db.mentions.bulkAdd(rows.mentions);
      await db.events.bulkAdd(rows.events);
      await db.articles.update(articleId, {
        analysisState: 'done',
        analysisVersion: stamp.version,
        analysedAt: stamp.now,
        analysisError: undefined,
      });
      await refreshDerived(db, [articleId], before);
      await adjustEventDays(db, daysBefore, tallyEventDays(rows.events));
      return true;
    }),
  );
}

/**
 * Records that the article is in a language the analysis does not handle (and drops any older analysis, which
 * no longer applies). Returns false when the text changed meanwhile.
 */
export async function markNotAnalysed(
  db: DatelineDB,
  articleId: number,
  lang: string | null,
  stamp: AnalysisStamp,
): Promise<boolean> {
  return translateQuotaError(() =>
    db.transaction('rw', analysisTables(db), async () => {
      if (!(await currentTextMatches(db, articleId, stamp.text))) return false;
      const before = await entityKeysOf(db, [articleId]);
      const daysBefore = await eventDaysOf(db, [articleId]);
      await deleteAnalysisRows(db, articleId);
      await refreshDerived(db, [articleId], before);
      await adjustEventDays(db, daysBefore, new Map());
      await db.articles.update(articleId, {
        analysisState: 'not-analysed-language',
        analysisVersion: stamp.version,
        analysedAt: stamp.now,
        analysisError:
          lang === null || lang === 'und' ? 'Language not recognised as English' : `Language not supported: ${lang}`,
      });
      return true;
    }),
  );
}

/** Records that the analysis failed (the message is shown to the user); the article is not retried by itself. */
export async function markAnalysisError(db: DatelineDB, articleId: number, message: string, now: number) {
  await db.articles.update(articleId, {
    analysisState: 'error',
    analysisError: message.slice(0, 500),
    analysedAt: now,
  });
}
