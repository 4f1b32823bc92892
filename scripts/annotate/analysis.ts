import type { AnalysisResult } from '../../utils/analysis/types';

/** The analysis of one text as the command prints it: results, or empty results and the reason none were made. */
export type AnalysisOutput = AnalysisResult & { notAnalysed?: 'language' };

/** The analysis pipeline's entry point, as utils/analysis/index.ts exports it. */
type Analyze = (
  text: string,
  options: { publishedTime: string | null; lang: string | null },
) => AnalysisResult | { notAnalysed: 'language'; lang: string | null } | Promise<unknown>;

const EMPTY: AnalysisResult = { people: [], countries: [], timexes: [], events: [] };

let analyzeModule: Promise<Analyze | null> | undefined;

/**
 * The pipeline, loaded once. utils/analysis/index.ts is being written alongside this command; until it exists the
 * command prints empty analysis results (the extraction part is complete on its own).
 */
function loadAnalyze(): Promise<Analyze | null> {
  const modulePath = '../../utils/analysis/index';
  analyzeModule ??= import(/* @vite-ignore */ modulePath).then(
    (mod: { analyze?: Analyze }) => mod.analyze ?? null,
    () => null,
  );
  return analyzeModule;
}

/** Runs the shared analysis pipeline on a text with its publication date and language. */
export async function analyse(
  text: string,
  publishedTime: string | null,
  lang: string | null,
): Promise<AnalysisOutput> {
  const analyze = await loadAnalyze();
  if (analyze === null) return { ...EMPTY };
  const result = (await analyze(text, { publishedTime, lang })) as AnalysisResult | { notAnalysed: 'language' };
  if ('notAnalysed' in result) return { ...EMPTY, notAnalysed: 'language' };
  return result;
}
