/**
 * Greedy left-to-right tagging with an averaged-perceptron model over hashed features. Greedy decoding with
 * previous-tag features is as accurate as Viterbi for this task and costs one pass of additions per token.
 */
import { DYNAMIC_FEATURES, STATIC_FEATURES, dynamicFeatures, type TokenFeatures } from './features';
import { BOS_TAG, TAG_COUNT } from './model-format';

/** True when tag `t` may follow tag `prev` in IOB2 (an I- continues the same type). */
export function allowed(prev: number, t: number): boolean {
  return t === 0 || t % 2 === 1 || prev === t || prev === t - 1;
}

/** Fills `buckets` with the feature indices (bucket × TAG_COUNT) of token i given its previous tags. */
export function featureRows(
  tf: TokenFeatures,
  i: number,
  prev: number,
  prev2: number,
  mask: number,
  dyn: Int32Array,
  buckets: Int32Array,
): void {
  const o = i * STATIC_FEATURES;
  for (let k = 0; k < STATIC_FEATURES; k++) buckets[k] = ((tf.statics[o + k] ?? 0) & mask) * TAG_COUNT;
  dynamicFeatures(tf, i, prev, prev2, dyn);
  for (let k = 0; k < DYNAMIC_FEATURES; k++) buckets[STATIC_FEATURES + k] = ((dyn[k] ?? 0) & mask) * TAG_COUNT;
}

/** Returns the best allowed tag for the features in `buckets`, leaving the scores in `scores`. */
export function bestTag(weights: Float32Array, buckets: Int32Array, prev: number, scores: Float32Array): number {
  scores.fill(0);
  for (let k = 0; k < buckets.length; k++) {
    const row = buckets[k] ?? 0;
    for (let t = 0; t < TAG_COUNT; t++) scores[t] = (scores[t] ?? 0) + (weights[row + t] ?? 0);
  }
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < TAG_COUNT; t++) {
    const s = scores[t] ?? 0;
    if (s > bestScore && allowed(prev, t)) {
      best = t;
      bestScore = s;
    }
  }
  return best;
}

/** Tags every token of a document. */
export function tagTokens(
  weights: Float32Array,
  mask: number,
  tf: TokenFeatures,
  sentenceStart: Uint8Array,
): Uint8Array {
  const n = sentenceStart.length;
  const tags = new Uint8Array(n);
  const buckets = new Int32Array(STATIC_FEATURES + DYNAMIC_FEATURES);
  const dyn = new Int32Array(DYNAMIC_FEATURES);
  const scores = new Float32Array(TAG_COUNT);
  let prev = BOS_TAG;
  let prev2 = BOS_TAG;
  for (let i = 0; i < n; i++) {
    if (sentenceStart[i]) prev = prev2 = BOS_TAG;
    if (tf.skip[i]) {
      prev2 = prev;
      prev = 0;
      continue;
    }
    featureRows(tf, i, prev, prev2, mask, dyn, buckets);
    const t = bestTag(weights, buckets, prev, scores);
    tags[i] = t;
    prev2 = prev;
    prev = t;
  }
  return tags;
}
