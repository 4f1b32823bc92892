/**
 * The time-expression tagger: runs every rule's precompiled regex once over the text, keeps the
 * leftmost-longest non-overlapping matches whose normaliser accepts them, and returns TIMEX3-valued
 * spans. Linear in the text's length (each rule is one regex scan without nested unbounded repetition).
 */
import type { Timex } from '../types';
import { parseIsoDate } from './calendar';
import { calendarDateRules } from './rules/calendar-dates';
import { durationRules } from './rules/durations';
import { relativeRules } from './rules/relative';
import type { Rule, RuleContext } from './rules/rule';
import { vagueRules } from './rules/vague';
import { yearPhraseRules } from './rules/year-phrases';
import { tenseAround, type Tense } from './tense';
import { isTimexValue } from './values';

const RULES: Rule[] = [...calendarDateRules, ...yearPhraseRules, ...relativeRules, ...durationRules, ...vagueRules];

/** How far back (characters) a quarter can be the referent of "a year earlier". */
const QUARTER_ANAPHORA_WINDOW = 300;

interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  match: RegExpExecArray;
}

/** How far (characters) tense markers are looked for around an expression. */
const TENSE_WINDOW = 160;

/**
 * The clause around [start, end): from the previous to the next sentence-final punctuation or line break,
 * at most TENSE_WINDOW characters away, so tense lookup stays O(1) per expression on any input.
 */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  const minA = Math.max(0, start - TENSE_WINDOW);
  while (a > minA && !isBoundary(text, a - 1)) a--;
  let b = end;
  const maxB = Math.min(text.length, end + TENSE_WINDOW);
  while (b < maxB && !isBoundary(text, b)) b++;
  return [a, b];
}

function isBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13) return true;
  // ". " / "? " / "! " followed by a space: good enough for a tense window (abbreviations only shorten it).
  return (
    (c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32 && !/[A-Z]\.$/.test(text.slice(i - 2, i + 1))
  );
}

function tag(text: string, dct: string | null): Timex[] {
  const candidates: Candidate[] = [];
  for (const rule of RULES) {
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      candidates.push({ start: m.index, end: m.index + m[0].length, rule, match: m });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);

  let current: Candidate | null = null;
  let tense: Tense | null = null;
  let lastQuarter: RuleContext['lastQuarter'] = null;
  const ctx: RuleContext = {
    dct: parseIsoDate(dct),
    text,
    lastQuarter: null,
    tense() {
      if (tense !== null || !current) return tense ?? 'none';
      const [a, b] = clauseAround(text, current.start, current.end);
      tense = tenseAround(text, a, b, current.start, current.end);
      return tense;
    },
  };

  const out: Timex[] = [];
  let taken = 0;
  for (const c of candidates) {
    if (c.start < taken) continue;
    current = c;
    tense = null;
    ctx.lastQuarter = lastQuarter && c.start - lastQuarter.end <= QUARTER_ANAPHORA_WINDOW ? lastQuarter : null;
    const hit = c.rule.build(c.match, ctx);
    if (!hit || !isTimexValue(hit.value)) continue;
    const start = c.start + (hit.trim ?? 0);
    const timex: Timex = {
      start,
      end: c.end,
      text: text.slice(start, c.end),
      type: hit.type,
      value: hit.value,
    };
    if (hit.unresolved) timex.unresolved = true;
    out.push(timex);
    taken = c.end;
    if (/^\d{4}-Q[1-4]$/.test(hit.value) && !c.rule.name.includes('ago'))
      lastQuarter = { value: hit.value, end: c.end };
  }
  return out;
}

/**
 * Finds the time expressions of `text` and normalises them to TIMEX3 values against `dct`, the
 * publication date (ISO date or datetime; null when unknown, in which case relative expressions keep
 * "X" placeholders and carry `unresolved: true`). Never throws: unusable input gives [].
 */
export function tagTimexes(text: string, dct: string | null): Timex[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return tag(text, typeof dct === 'string' ? dct : null);
  } catch {
    return [];
  }
}
