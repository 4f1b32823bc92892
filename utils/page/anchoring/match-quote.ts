import search from 'approx-string-match';

/** Where a quote was found in the normalised page text, and how well it and its context fit (0..1). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
}

/** What is known about where the quote was: normalised context and the expected offset. */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Expected start in the searched text, or undefined when unknown. */
  hint?: number;
}

// Weights as in Hypothesis' anchoring: the quote counts most, context disambiguates, position breaks ties.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT;

/** Below this an approximate candidate is rejected: a wrong mark is worse than a missing one. */
const MIN_APPROXIMATE_SCORE = 0.7;
/** Shortest quote matched approximately: "May" with one error matches half the words of a page. */
const MIN_APPROXIMATE_LENGTH = 5;
/** Characters either side of the hint searched approximately before the whole text is. */
const APPROXIMATE_WINDOW = 4000;

/** Similarity 0..1 of `actual` to `expected` context; exact affixes short-circuit the edit-distance search. */
function contextScore(actual: string, expected: string, anchoredAtEnd: boolean): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (anchoredAtEnd ? actual.endsWith(expected) : actual.startsWith(expected)) return 1;
  const matches = search(actual, expected, expected.length);
  const best = matches.reduce((min, m) => Math.min(min, m.errors), expected.length);
  return 1 - best / expected.length;
}

function scoreCandidate(text: string, start: number, end: number, quoteScore: number, context: QuoteContext): number {
  const prefix = context.prefix ? text.slice(Math.max(0, start - context.prefix.length), start) : '';
  const suffix = context.suffix ? text.slice(end, end + context.suffix.length) : '';
  const prefixScore = contextScore(prefix, context.prefix, true);
  const suffixScore = contextScore(suffix, context.suffix, false);
  const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(start - context.hint) / Math.max(1, text.length);
  return (
    (QUOTE_WEIGHT * quoteScore +
      CONTEXT_WEIGHT * prefixScore +
      CONTEXT_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore) /
    MAX_SCORE
  );
}

/** Every start of `quote` in `text`; callers cache it per distinct quote. */
export function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** How many characters of `expected` end exactly at `end` in `text` (cheap, exact context agreement). */
function agreeingBefore(text: string, end: number, expected: string): number {
  let k = 0;
  while (
    k < expected.length &&
    end - 1 - k >= 0 &&
    text.charCodeAt(end - 1 - k) === expected.charCodeAt(expected.length - 1 - k)
  ) {
    k += 1;
  }
  return k;
}

/** How many characters of `expected` start exactly at `start` in `text`. */
function agreeingAfter(text: string, start: number, expected: string): number {
  let k = 0;
  while (k < expected.length && start + k < text.length && text.charCodeAt(start + k) === expected.charCodeAt(k))
    k += 1;
  return k;
}

/** Candidates that get the full (edit-distance) context score; the rest are ranked by exact agreement only. */
const FULLY_SCORED = 3;

/**
 * Ranks exact occurrences of a quote by context and position. A common quote ("Russia") occurs hundreds of times in
 * a long article, so candidates are visited outward from the expected position and ranked by how many context
 * characters agree exactly (cheap): the first whose context agrees in full is the nearest such and wins at once.
 * Otherwise only the few best, and the nearest, get the edit-distance score. `occurrences` is ascending.
 */
export function bestExactMatch(
  text: string,
  quoteLength: number,
  occurrences: readonly number[],
  context: QuoteContext,
): QuoteMatch | null {
  const count = occurrences.length;
  if (count === 0) return null;
  const full = context.prefix.length + context.suffix.length;
  const hint = context.hint ?? 0;
  // Two cursors walking away from the hint: `hi` at the first occurrence at or after it, `lo` just before.
  let hi = 0;
  for (let step = count; step > 0;) {
    const half = step >> 1;
    if (occurrences[hi + half]! < hint) {
      hi += half + 1;
      step -= half + 1;
    } else step = half;
  }
  let lo = hi - 1;
  const shortlist: Array<{ start: number; agree: number }> = [];
  let nearest = -1;
  while (lo >= 0 || hi < count) {
    const takeHi = lo < 0 || (hi < count && occurrences[hi]! - hint <= hint - occurrences[lo]!);
    const start = takeHi ? occurrences[hi++]! : occurrences[lo--]!;
    if (nearest < 0) nearest = start;
    const agree =
      agreeingBefore(text, start, context.prefix) + agreeingAfter(text, start + quoteLength, context.suffix);
    if (agree === full) {
      return { start, end: start + quoteLength, score: scoreCandidate(text, start, start + quoteLength, 1, context) };
    }
    if (shortlist.length < FULLY_SCORED || agree > shortlist[shortlist.length - 1]!.agree) {
      shortlist.push({ start, agree });
      shortlist.sort((x, y) => y.agree - x.agree);
      if (shortlist.length > FULLY_SCORED) shortlist.pop();
    }
  }
  let best: QuoteMatch | null = null;
  for (const start of new Set([nearest, ...shortlist.map((c) => c.start)])) {
    const score = scoreCandidate(text, start, start + quoteLength, 1, context);
    if (!best || score > best.score) best = { start, end: start + quoteLength, score };
  }
  return best;
}

/**
 * Bounded fuzzy search for a quote that no longer occurs exactly (a typo fixed, a word changed): edit distance up to a
 * quarter of its length (Myers' bit-parallel algorithm, approx-string-match), near the hint first, then everywhere.
 */
export function bestApproximateMatch(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  if (quote.length < MIN_APPROXIMATE_LENGTH) return null;
  const maxErrors = Math.floor(quote.length / 4);
  const windows: Array<[number, number]> = [];
  if (context.hint !== undefined && text.length > 2 * APPROXIMATE_WINDOW) {
    windows.push([Math.max(0, context.hint - APPROXIMATE_WINDOW), context.hint + APPROXIMATE_WINDOW]);
  }
  windows.push([0, text.length]);
  for (const [from, to] of windows) {
    let best: QuoteMatch | null = null;
    for (const m of search(text.slice(from, to), quote, maxErrors)) {
      const start = from + m.start;
      const end = from + m.end;
      const score = scoreCandidate(text, start, end, 1 - m.errors / quote.length, context);
      if (!best || score > best.score) best = { start, end, score };
    }
    if (best && best.score >= MIN_APPROXIMATE_SCORE) return best;
  }
  return null;
}
