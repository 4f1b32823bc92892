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
 * Finds, among the sets added so far, those that may reach Jaccard ≥ `threshold` with a new set, by prefix filtering
 * (Bayardo et al., "Scaling up all pairs similarity search"): with tokens ordered rarest first, two sets that
 * similar must share a token within their first |S| − ⌈threshold·|S|⌉ + 1 tokens. No truly similar set is missed;
 * most dissimilar ones are never looked at.
 */
export class PrefixIndex {
  private readonly byToken = new Map<string, number[]>();
  private readonly empty: number[] = [];
  private readonly sizes = new Map<number, number>();

  /** `frequency` of each token among all sets to come, for the rarest-first order. */
  constructor(
    private readonly threshold: number,
    private readonly frequency: ReadonlyMap<string, number>,
  ) {}

  private prefix(set: ReadonlySet<string>): string[] {
    const ordered = [...set].sort(
      (a, b) => (this.frequency.get(a) ?? 0) - (this.frequency.get(b) ?? 0) || (a < b ? -1 : 1),
    );
    const keep = this.threshold <= 0 ? ordered.length : set.size - Math.ceil(this.threshold * set.size) + 1;
    return ordered.slice(0, keep);
  }

  /**
   * Ids of added sets that may be similar to `set` (each once, in the order they were added). Sets whose size
   * alone rules out the threshold (Jaccard ≤ min/max of the sizes) are left out.
   */
  candidates(set: ReadonlySet<string>): number[] {
    // Two empty sets have Jaccard 1 and share no token; with a threshold ≤ 0 everything is a candidate.
    if (set.size === 0) return this.threshold <= 0 ? this.all() : [...this.empty];
    if (this.threshold <= 0) return this.all();
    const found = new Set<number>();
    const min = this.threshold * set.size;
    const max = set.size / this.threshold;
    for (const token of this.prefix(set)) {
      for (const id of this.byToken.get(token) ?? []) {
        const size = this.sizes.get(id)!;
        if (size >= min && size <= max) found.add(id);
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  /** Adds a set under `id`. */
  add(id: number, set: ReadonlySet<string>): void {
    this.sizes.set(id, set.size);
    if (set.size === 0) {
      this.empty.push(id);
      return;
    }
    for (const token of this.prefix(set)) {
      const list = this.byToken.get(token);
      if (list) list.push(id);
      else this.byToken.set(token, [id]);
    }
  }

  private all(): number[] {
    const ids = new Set<number>(this.empty);
    for (const list of this.byToken.values()) for (const id of list) ids.add(id);
    return [...ids].sort((a, b) => a - b);
  }
}

/** How many of the sets each token occurs in. */
export function tokenFrequency(sets: readonly ReadonlySet<string>[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const token of set) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  return frequency;
}
