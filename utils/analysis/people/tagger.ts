/**
 * Greedy left-to-right tagging with an averaged-perceptron model over hashed features. Greedy decoding with
 * previous-tag features is as accurate as Viterbi for this task and costs one pass of additions per token.
 */
import { withDocumentFeatures } from './doc-features';
import { DYNAMIC_FEATURES, dynamicFeatures, type TokenFeatures } from './features';
import { BOS_TAG, TAG_COUNT, type Weights } from './model-format';

/** True when tag `t` may follow tag `prev` in IOB2 (an I- continues the same type). */
export function allowed(prev: number, t: number): boolean {
  return t === 0 || t % 2 === 1 || prev === t || prev === t - 1;
}

/** Buffer for featureRows: one entry per feature of a token. */
export const rowBuffer = (tf: TokenFeatures) => new Int32Array(tf.width + DYNAMIC_FEATURES);

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
  const w = tf.width;
  const o = i * w;
  for (let k = 0; k < w; k++) buckets[k] = ((tf.statics[o + k] ?? 0) & mask) * TAG_COUNT;
  dynamicFeatures(tf, i, prev, prev2, dyn);
  for (let k = 0; k < DYNAMIC_FEATURES; k++) buckets[w + k] = ((dyn[k] ?? 0) & mask) * TAG_COUNT;
}

/** Returns the best allowed tag for the features in `buckets`, leaving the scores in `scores`. */
export function bestTag(weights: Weights, buckets: Int32Array, prev: number, scores: Float32Array): number {
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
export function tagTokens(weights: Weights, mask: number, tf: TokenFeatures, sentenceStart: Uint8Array): Uint8Array {
  const n = sentenceStart.length;
  const tags = new Uint8Array(n);
  const buckets = rowBuffer(tf);
  const dyn = new Int32Array(DYNAMIC_FEATURES);
  const scores = new Float32Array(TAG_COUNT);
  let prev: number = BOS_TAG;
  let prev2: number = BOS_TAG;
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

/**
 * Tags a document with both stages: the sentence-level tagger, then the document-level one that also sees what
 * the first stage said about the same words elsewhere. With a one-stage model the first stage's tags are final.
 */
export function tagDocument(
  stages: readonly Weights[],
  mask: number,
  tf: TokenFeatures,
  sentenceStart: Uint8Array,
): { tags: Uint8Array; features: TokenFeatures } {
  const [first, second] = stages;
  if (!first) return { tags: new Uint8Array(sentenceStart.length), features: tf };
  const tags = tagTokens(first, mask, tf, sentenceStart);
  if (!second) return { tags, features: tf };
  const features = withDocumentFeatures(tf, tags);
  return { tags: tagTokens(second, mask, features, sentenceStart), features };
}
