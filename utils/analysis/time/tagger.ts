/**
 * The time-expression tagger: collects the rules' candidate matches (see scan.ts), keeps the
 * leftmost-longest non-overlapping ones whose normaliser accepts them, and returns TIMEX3-valued spans.
 * Linear in the text's length: every regex is bounded (no nested unbounded repetition) and the tense
 * lookup reads a fixed window around each expression.
 */
import type { Timex } from '../types';
import { parseIsoDate } from './calendar';
import type { RuleContext } from './rules/rule';
import { scanByFirstWord, scanEveryRule, type Candidate } from './scan';
import { tenseAround, type Tense } from './tense';
import { isTimexValue } from './values';

/** How far back (characters) a quarter can be the referent of "a year earlier". */
const QUARTER_ANAPHORA_WINDOW = 1000;

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
    (c === 46 || c === 33 || c === 63) &&
    text.charCodeAt(i + 1) === 32 &&
    !/[A-Z]\.$/.test(text.slice(Math.max(0, i - 2), i + 1))
  );
}

function tag(text: string, dct: string | null, scan: (text: string) => Candidate[]): Timex[] {
  const candidates = scan(text);
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);

  let current: Candidate | null = null;
  let tense: Tense | null = null;
  let lastQuarter: RuleContext['lastQuarter'] = null;
  const ctx: RuleContext = {
    dct: parseIsoDate(dct),
    text,
    lastQuarter: null,
    lastDate: null,
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
    // Referents for anaphora: expressions that are themselves anaphoric do not become referents.
    if (c.rule.anaphoric) continue;
    if (/^\d{4}-Q[1-4]$/.test(hit.value)) lastQuarter = { value: hit.value, end: c.end };
    if (/^\d{4}(?:-\d{2}){0,2}$/.test(hit.value) && hit.type === 'DATE') ctx.lastDate = hit.value;
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
    return tag(text, typeof dct === 'string' ? dct : null, scanByFirstWord);
  } catch {
    return [];
  }
}

/** `tagTimexes` over a full scan of every rule's regex: the reference the fast dispatch is tested against. */
export function tagTimexesByFullScan(text: string, dct: string | null): Timex[] {
  return tag(text, dct, scanEveryRule);
}
