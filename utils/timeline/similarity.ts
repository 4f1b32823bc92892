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

/**
 * Index pairs [i, j] (i < j) that may reach Jaccard ≥ `threshold`, found by prefix filtering (Bayardo et al.,
 * "Scaling up all pairs similarity search"): with each set's tokens ordered rarest first, two sets that similar
 * must share a token within their first |S| − ⌈threshold·|S|⌉ + 1 tokens. Every truly similar pair is returned;
 * most dissimilar ones never are, so the cost follows the number of near-duplicates rather than n².
 */
export function candidatePairs(sets: readonly ReadonlySet<string>[], threshold: number): [number, number][] {
  const pairs: [number, number][] = [];
  if (threshold <= 0) {
    for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) pairs.push([i, j]);
    return pairs;
  }
  const frequency = new Map<string, number>();
  for (const set of sets) for (const token of set) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const byPrefixToken = new Map<string, number[]>();
  const empty: number[] = [];
  sets.forEach((set, i) => {
    if (set.size === 0) {
      // Two empty sets have Jaccard 1 and share no token: pair them directly.
      for (const j of empty) pairs.push([j, i]);
      empty.push(i);
      return;
    }
    const ordered = [...set].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : 1));
    const prefix = ordered.slice(0, set.size - Math.ceil(threshold * set.size) + 1);
    const seen = new Set<number>();
    for (const token of prefix) {
      const earlier = byPrefixToken.get(token);
      if (earlier) {
        for (const j of earlier) {
          if (seen.has(j)) continue;
          seen.add(j);
          pairs.push([j, i]);
        }
        earlier.push(i);
      } else byPrefixToken.set(token, [i]);
    }
  });
  return pairs;
}
