import type { AnalysisResult } from '@/utils/analysis/types';
import type { DatelineDB } from '@/utils/db/schema';

/** What the analysis returns: a result, or a refusal for a language it does not handle. */
export type AnalyzeOutcome = AnalysisResult | { notAnalysed: 'language'; lang: string | null };

/** The analysis entry point (`analyze` from utils/analysis), injected so tests can make it fail. */
export type Analyzer = (
  text: string,
  options: { publishedTime: string | null; lang: string | null },
) => AnalyzeOutcome | Promise<AnalyzeOutcome>;

/**
 * Everything the background's logic needs, passed in rather than imported so tests run it against their own
 * database and analyzer. Holds no application state: that lives in the database.
 */
export interface BackgroundDeps {
  db: DatelineDB;
  analyze: Analyzer;
  /** Bump when the analysis changes its output: stored articles with an older version are analysed again. */
  analysisVersion: number;
  now: () => number;
}
