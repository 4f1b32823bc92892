/**
 * Candidate matches of the grammar's rules. The tagger uses `scanByFirstWord`: one pass over the text's
 * word starts, trying only the rules that can start with that word (sticky regexes), which is several times
 * faster than running every rule's regex over the whole text. `scanEveryRule` tries every rule at every
 * word start and is the reference the dispatch is tested against.
 */
import { anaphoricRules } from './rules/anaphoric';
import { calendarDateRules } from './rules/calendar-dates';
import { clockHolidayRules } from './rules/clock-holidays';
import { durationRules } from './rules/durations';
import { relativeRules } from './rules/relative';
import type { Rule } from './rules/rule';
import { vagueRules } from './rules/vague';
import { weekNumberRules } from './rules/week-numbers';
import { yearPhraseRules } from './rules/year-phrases';

/** Every rule, in priority order (earlier wins between equal extents). */
export const RULES: readonly Rule[] = [
  ...calendarDateRules,
  ...weekNumberRules,
  ...yearPhraseRules,
  ...anaphoricRules,
  ...relativeRules,
  ...durationRules,
  ...vagueRules,
  ...clockHolidayRules,
];

/** A match of one rule. */
export interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  match: RegExpExecArray;
}

interface Entry {
  rule: Rule;
  sticky: RegExp;
}

/** First word → the rules (in priority order) that can start with it, with sticky copies of their regexes. */
const DISPATCH = new Map<string, Entry[]>();
for (const rule of RULES) {
  const entry = { rule, sticky: new RegExp(rule.re.source, `${rule.re.flags.replace('g', '')}y`) };
  for (const word of new Set(rule.starts)) {
    const list = DISPATCH.get(word);
    if (list) list.push(entry);
    else DISPATCH.set(word, [entry]);
  }
}

const TOKEN = /[A-Za-z0-9\u00C0-\u024F]+/g;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

function tryRules(text: string, at: number, entries: Entry[] | undefined, out: Candidate[]): void {
  if (!entries) return;
  for (const { rule, sticky } of entries) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m && m[0].length > 0) out.push({ start: at, end: at + m[0].length, rule, match: m });
  }
}

/** The rules to try at a word start, from its first word ("#d" for digits, "'" before an apostrophe). */
type Pick = (word: string) => Entry[] | undefined;

function scanWords(text: string, pick: Pick): Candidate[] {
  const out: Candidate[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const at = m.index;
    const token = m[0];
    const before = text.charCodeAt(at - 1);
    if (before === 39 || before === 0x2019) tryRules(text, at - 1, pick("'"), out);
    if (isDigit(token.charCodeAt(0))) {
      tryRules(text, at, pick('#d'), out);
      continue;
    }
    let n = 1;
    while (n < token.length && n < 16 && isLetter(token.charCodeAt(n))) n++;
    if (n >= 16) continue; // no grammar word is that long
    tryRules(text, at, pick(token.slice(0, n).toLowerCase()), out);
  }
  return out;
}

/** Candidates of the rules that can start with each word, tried at every word start. Ordered by start. */
export function scanByFirstWord(text: string): Candidate[] {
  return scanWords(text, (word) => DISPATCH.get(word));
}

const EVERY_RULE = RULES.map((rule) => ({
  rule,
  sticky: new RegExp(rule.re.source, `${rule.re.flags.replace('g', '')}y`),
}));

/**
 * Candidates of every rule tried at every word start, whatever the word: the reference `scanByFirstWord`
 * is tested against, so that a first word missing from a rule's `starts` shows up as a difference.
 */
export function scanEveryRule(text: string): Candidate[] {
  return scanWords(text, () => EVERY_RULE);
}
