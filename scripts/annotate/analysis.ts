import { analyze, isNotAnalysed } from '../../utils/analysis/index';
import type { AnalysisResult } from '../../utils/analysis/types';

/** The analysis of one text as the command prints it: results, or empty results and the reason none were made. */
export type AnalysisOutput = AnalysisResult & { notAnalysed?: 'language' };

/**
 * Runs the shared analysis pipeline (the extension's own) on a text with its publication date and language. A text
 * the pipeline does not analyse (not English) gets empty results and `notAnalysed: "language"`, as the contract says.
 */
export function analyse(text: string, publishedTime: string | null, lang: string | null): AnalysisOutput {
  const outcome = analyze(text, { publishedTime, lang });
  if (isNotAnalysed(outcome)) {
    return { people: [], countries: [], timexes: [], events: [], notAnalysed: 'language' };
  }
  return outcome;
}
