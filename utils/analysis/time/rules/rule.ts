/** The shape of one tagging rule and the context its normaliser sees. */
import type { TimexType } from '../../types';
import type { Ymd } from '../calendar';
import type { Tense } from '../tense';

/** What a rule's normaliser gets besides its match. */
export interface RuleContext {
  /** Publication date, or null when unknown. */
  dct: Ymd | null;
  /** Tense of the clause around the match (computed lazily, once per match). */
  tense(): Tense;
  /** The analysed text (read-only). */
  text: string;
  /** The latest quarter value resolved earlier in the text and where it ended, for "a year earlier". */
  lastQuarter: { value: string; end: number } | null;
  /** The latest calendar date, month or year value tagged earlier in the text ("that year" refers to it). */
  lastDate: string | null;
}

/** A normalised time expression, before offsets are attached. */
export interface RuleHit {
  type: TimexType;
  value: string;
  unresolved?: boolean;
  /** Characters to drop from the start of the match (a determiner the conventions leave out). */
  trim?: number;
}

/** One pattern of the grammar: a global regex and the normaliser of its matches (null rejects the match). */
export interface Rule {
  name: string;
  re: RegExp;
  /**
   * Every word a match can start with (lower-case letters of the first token; "#d" for a token starting
   * with a digit; "'" for an apostrophe). The tagger tries the rule only at such words, so a missing word
   * silently loses matches: the dispatch test compares against a full scan.
   */
  starts: readonly string[];
  /** Whether the rule's values refer back to earlier expressions (they then never become referents). */
  anaphoric?: boolean;
  build(m: RegExpExecArray, ctx: RuleContext): RuleHit | null;
}

/** Left word boundary that also works before "'" and after "." (regex fragment). */
export const B = "(?<![\\p{L}\\p{N}_'’-])";
/** Right word boundary (regex fragment); a hyphenated continuation ("the last quarter-century") is no boundary. */
export const E = '(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])';

/**
 * Compiles a grammar pattern: global, case-insensitive; `{name}` is replaced by fragments. Unicode
 * classes (`\p{L}`, `\p{N}`, written only inside brackets) become Latin ranges so the regex needs no `u`
 * flag, with which V8 compiles case-insensitive alternations about three times slower (cold start).
 */
export function compile(source: string, fragments: Record<string, string>, caseSensitive = false): RegExp {
  // `\p{L}`-style escapes are left alone: only names preceded by something other than "p" are fragments.
  const expanded = source
    .replace(/(?<!\\p)\{([a-zA-Z]\w*)\}/g, (whole, k: string) => fragments[k] ?? whole)
    .replace(/\\p\{L\}/g, 'A-Za-z\\u00C0-\\u024F')
    .replace(/\\p\{N\}/g, '0-9');
  return new RegExp(expanded, caseSensitive ? 'g' : 'gi');
}

/** A hit whose value needs the DCT and so is flagged unresolved when there is none. */
export function hit(type: TimexType, r: { value: string; unresolved?: boolean }): RuleHit {
  return r.unresolved ? { type, value: r.value, unresolved: true } : { type, value: r.value };
}

/** Whether the word starts with a capital letter (month and weekday names must). */
export const capitalised = (s: string | undefined): boolean => !!s && /^\p{Lu}/u.test(s);
