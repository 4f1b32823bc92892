/**
 * The analysis pipeline: people, countries, time expressions and timeline events of an English news text.
 * Pure (no browser, DOM or storage), deterministic, and the same in the extension, the CLI and the tests.
 */
import { countryCodesIn, findCountries, isCountryForm } from './countries/index';
import { buildEvents } from './events';
import { detectEnglish } from './language';
import { findPeople } from './people/index';
import { splitSentences } from './text/sentences';
import { tagTimexes } from './time/index';
import type { AnalysisResult, Person } from './types';

/**
 * Version of the analysis engine, stored with every result: when it changes, stored articles can be re-analysed.
 * Bump it whenever a change to utils/analysis can change a result.
 */
export const ANALYSIS_VERSION = 2;

/** The outcome for a text the engine does not analyse: only English is analysed for now. */
export interface NotAnalysed {
  notAnalysed: 'language';
  /** The language the article declares, or "und" (undetermined) when it declares none and is not English. */
  lang: string;
}

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Publication date (ISO date or datetime): relative dates ("last month") resolve against it. Null when unknown. */
  publishedTime: string | null;
  /** The language the article declares (BCP 47, e.g. "en-GB"); null or absent when it declares none. */
  lang?: string | null;
}

/** Whether an outcome of {@link analyze} is the "not analysed" one. */
export function isNotAnalysed(outcome: AnalysisResult | NotAnalysed): outcome is NotAnalysed {
  return 'notAnalysed' in outcome;
}

const firstMention = (e: { mentions: readonly { start: number }[] }): number =>
  e.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);

/**
 * Analyses an article's text. A text in another language than English (by its declared `lang`, or, when none is
 * declared, by a stopword test) is not analysed: the outcome says so instead of returning unreliable entities.
 * Offsets in the result are UTF-16 indices into `text`, `end` exclusive; everything is ordered by first mention.
 */
export function analyze(text: string, opts: AnalyzeOptions): AnalysisResult | NotAnalysed {
  const input = typeof text === 'string' ? text : '';
  const lang = typeof opts?.lang === 'string' ? opts.lang.trim() : '';
  if (lang !== '' && !/^en(?:[-_]|$)/i.test(lang)) return { notAnalysed: 'language', lang };
  if (lang === '' && !detectEnglish(input)) return { notAnalysed: 'language', lang: 'und' };
  const publishedTime = typeof opts?.publishedTime === 'string' ? opts.publishedTime : null;

  // A person whose every mention is a country word ("North Korean") is the tagger's mistake: the country keeps it.
  const people: Person[] = findPeople(input, { countryCodesIn })
    .filter((p) => !p.mentions.every((m) => isCountryForm(m.text)))
    .sort((a, b) => firstMention(a) - firstMention(b));
  const countries = findCountries(input, { people }).sort((a, b) => firstMention(a) - firstMention(b));
  const timexes = tagTimexes(input, publishedTime).sort((a, b) => a.start - b.start || a.end - b.end);
  const events = buildEvents(input, splitSentences(input), timexes, people, countries);
  return { people, countries, timexes, events };
}
