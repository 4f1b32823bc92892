/**
 * Sentence similarity for recognising the same event reported by several articles. Token Jaccard over
 * content words: cheap, order-free, and robust to the rewording news agencies apply to the same wire story.
 */

/** Words too common to tell two sentences apart. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his in into is it its of on or said says ' +
    'she that the their they this to was were which who will with would after also over than then there'
  ).split(' '),
);

/** Lower-cased content words of a sentence (letters and digits of any script), stop words removed. */
export function contentTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = match[0];
    if (!STOP_WORDS.has(token)) tokens.add(token);
  }
  return tokens;
}

/** |A ∩ B| / |A ∪ B|; 1 for two empty sets (two empty sentences say the same nothing). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}
