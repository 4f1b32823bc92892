import type { MentionSelector } from './types';

/** Characters of context kept either side of a quote, as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Builds the selectors of the span `[start, end)` of `text` (the extracted article text the offsets index into).
 * Pure: the background runs it on the stored text right after analysis, the page and tests run it too.
 * Context never splits a surrogate pair, so stored strings are always valid UTF-16.
 */
export function describe(text: string, start: number, end: number): MentionSelector {
  if (!(start >= 0 && end <= text.length && start < end)) {
    throw new RangeError(`describe: span [${start}, ${end}) is outside a text of length ${text.length}`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart -= 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd += 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
