/**
 * Candidate matches of the grammar's rules. The tagger uses `scanByFirstWord`: one pass over the text's
 * word starts, trying only the rules that can start with that word (sticky regexes), which is several times
 * faster than running every rule's regex over the whole text. `scanEveryRule` does exactly that full scan
 * and is kept as the reference the dispatch is tested against.
 */
import { anaphoricRules } from './rules/anaphoric';
import { calendarDateRules } from './rules/calendar-dates';
import { clockHolidayRules } from './rules/clock-holidays';
import { durationRules } from './rules/durations';
import { relativeRules } from './rules/relative';
import type { Rule } from './rules/rule';
import { vagueRules } from './rules/vague';
import { yearPhraseRules } from './rules/year-phrases';

/** Every rule, in priority order (earlier wins between equal extents). */
export const RULES: readonly Rule[] = [
  ...calendarDateRules,
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

/** Candidates of every rule, tried at each word start whose word the rule can start with. Ordered by start. */
export function scanByFirstWord(text: string): Candidate[] {
  const out: Candidate[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const at = m.index;
    const token = m[0];
    if (isDigit(token.charCodeAt(0))) {
      const before = text.charCodeAt(at - 1);
      if (before === 39 || before === 0x2019) tryRules(text, at - 1, DISPATCH.get("'"), out);
      tryRules(text, at, DISPATCH.get('#d'), out);
      continue;
    }
    let n = 1;
    while (n < token.length && n < 16 && isLetter(token.charCodeAt(n))) n++;
    if (n >= 16) continue; // no grammar word is that long
    tryRules(text, at, DISPATCH.get(token.slice(0, n).toLowerCase()), out);
  }
  return out;
}

/** Candidates of every rule by a full scan of its regex (reference implementation, for tests). */
export function scanEveryRule(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of RULES) {
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, rule, match: m });
    }
  }
  return out;
}
