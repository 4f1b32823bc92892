import { bestApproximateMatch, bestExactMatch, exactOccurrences, type QuoteMatch } from './match-quote';
import { collapseContext, collapseWhitespace, normalizedOffsets } from './normalize';
import { buildTextIndex, rangeFromIndex, type TextIndex } from './text-index';
import type { Anchor, MentionSelector } from './types';

/**
 * Below this, an exact quote whose context fits nowhere (the extraction kept a caption the page root excludes, say) is
 * not marked: it would land on another occurrence and mark the wrong sentence.
 */
const MIN_EXACT_SCORE = 0.8;

/** Options for anchoring many selectors against one page. */
export interface AnchorOptions {
  /**
   * The extracted text the selectors' positions index into. When given, positions become exact hints in normalised
   * coordinates (one pass over it); otherwise the position is scaled by length.
   */
  sourceText?: string;
}

/** Matches selectors one by one against an index, in document order, then turns the matches into Ranges. */
function createMatcher(index: TextIndex, options: AnchorOptions) {
  const hintOf = hintMapper(index, options.sourceText);
  const occurrenceCache = new Map<string, number[]>();
  // How far the page's text runs ahead of (or behind) the extraction at the last match: text the page has and the
  // extraction dropped (a headline, a dek) shifts every later position alike, so hints follow the drift.
  let drift = 0;

  const match = (selector: MentionSelector): QuoteMatch | null => {
    const exact = collapseWhitespace(selector.quote.exact);
    if (!exact) return null;
    const hint = hintOf(selector.position.start);
    const context = {
      prefix: collapseContext(selector.quote.prefix).trimStart(),
      suffix: collapseContext(selector.quote.suffix).trimEnd(),
      hint: hint === undefined ? undefined : Math.max(0, hint + drift),
    };
    let occurrences = occurrenceCache.get(exact);
    if (!occurrences) {
      occurrences = exactOccurrences(index.text, exact);
      occurrenceCache.set(exact, occurrences);
    }
    let found = bestExactMatch(index.text, exact.length, occurrences, context);
    if (found && found.score < MIN_EXACT_SCORE && occurrences.length > 1) found = null;
    if (!found && occurrences.length === 0) found = bestApproximateMatch(index.text, exact, context);
    if (found && hint !== undefined && found.score >= MIN_EXACT_SCORE) drift = found.start - hint;
    return found;
  };

  const finish = (matches: Array<QuoteMatch | null>): Array<Anchor | null> => {
    // Two selectors never claim one span: the better-fitting one keeps it. A mention the page root leaves out (a
    // caption the extraction kept) would otherwise take the place of the article's own, similar, sentence.
    const owner = new Map<string, number>();
    matches.forEach((m, i) => {
      if (!m) return;
      const key = `${m.start}:${m.end}`;
      const previous = owner.get(key);
      if (previous === undefined || matches[previous]!.score < m.score) owner.set(key, i);
    });
    return matches.map((m, i) => {
      if (!m || owner.get(`${m.start}:${m.end}`) !== i) return null;
      const range = rangeFromIndex(index, m.start, m.end);
      return range ? { range, start: m.start, score: m.score } : null;
    });
  };

  return { match, finish };
}

/**
 * Anchors many selectors with one text walk: builds the root's index, then matches each quote (exact near its
 * position, else approximately) and returns a Range per selector, or null where it cannot be found.
 * Selectors are best given in document order (as stored): each match corrects the next one's expected position.
 */
export function anchorAll(
  rootOrIndex: Element | TextIndex,
  selectors: readonly MentionSelector[],
  options: AnchorOptions = {},
): Array<Anchor | null> {
  const index = 'nodes' in rootOrIndex ? rootOrIndex : buildTextIndex(rootOrIndex);
  const matcher = createMatcher(index, options);
  return matcher.finish(selectors.map(matcher.match));
}

/**
 * `anchorAll` in slices: after every `budgetMs` of matching it awaits `pause()` (e.g. `scheduler.yield`), so that
 * marking a long article never makes a long task on the page's thread.
 */
export async function anchorAllInSlices(
  index: TextIndex,
  selectors: readonly MentionSelector[],
  options: AnchorOptions & { budgetMs: number; pause: () => Promise<void> },
): Promise<Array<Anchor | null>> {
  const matcher = createMatcher(index, options);
  const matches: Array<QuoteMatch | null> = [];
  let sliceStart = performance.now();
  for (const selector of selectors) {
    matches.push(matcher.match(selector));
    if (performance.now() - sliceStart > options.budgetMs) {
      await options.pause();
      sliceStart = performance.now();
    }
  }
  return matcher.finish(matches);
}

/** Anchors one selector under `root`. For many, use anchorAll: it walks the page once. */
export function anchor(root: Element, selector: MentionSelector, options: AnchorOptions = {}): Anchor | null {
  return anchorAll(root, [selector], options)[0] ?? null;
}

/** Maps a position in the source text to an expected offset in the page's normalised text. */
function hintMapper(index: TextIndex, sourceText: string | undefined): (position: number) => number | undefined {
  if (sourceText !== undefined) {
    const offsets = normalizedOffsets(sourceText);
    const last = offsets.length - 1;
    return (position) => offsets[Math.min(Math.max(0, position), last)];
  }
  return (position) => (Number.isFinite(position) ? Math.min(position, index.text.length) : undefined);
}
