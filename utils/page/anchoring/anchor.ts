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

/**
 * Anchors many selectors with one text walk: builds the root's index, then matches each quote (exact near its
 * position, else approximately) and returns a Range per selector, or null where it cannot be found.
 */
export function anchorAll(
  rootOrIndex: Element | TextIndex,
  selectors: readonly MentionSelector[],
  options: AnchorOptions = {},
): Array<Anchor | null> {
  const index = 'nodes' in rootOrIndex ? rootOrIndex : buildTextIndex(rootOrIndex);
  const hintOf = hintMapper(index, options.sourceText);
  const occurrenceCache = new Map<string, number[]>();

  const matches = selectors.map((selector): QuoteMatch | null => {
    const exact = collapseWhitespace(selector.quote.exact);
    if (!exact) return null;
    const context = {
      prefix: collapseContext(selector.quote.prefix).trimStart(),
      suffix: collapseContext(selector.quote.suffix).trimEnd(),
      hint: hintOf(selector.position.start),
    };
    let occurrences = occurrenceCache.get(exact);
    if (!occurrences) {
      occurrences = exactOccurrences(index.text, exact);
      occurrenceCache.set(exact, occurrences);
    }
    const match = bestExactMatch(index.text, exact.length, occurrences, context);
    if (match && (match.score >= MIN_EXACT_SCORE || occurrences.length === 1)) return match;
    return occurrences.length > 0 ? null : bestApproximateMatch(index.text, exact, context);
  });

  // Two selectors never claim one span: the better-fitting one keeps it. A mention the page root leaves out (a
  // caption the extraction kept) would otherwise take the place of the article's own, similar, sentence.
  const owner = new Map<string, number>();
  matches.forEach((match, i) => {
    if (!match) return;
    const key = `${match.start}:${match.end}`;
    const previous = owner.get(key);
    if (previous === undefined || matches[previous]!.score < match.score) owner.set(key, i);
  });
  return matches.map((match, i) => {
    if (!match || owner.get(`${match.start}:${match.end}`) !== i) return null;
    const range = rangeFromIndex(index, match.start, match.end);
    return range ? { range, score: match.score } : null;
  });
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
