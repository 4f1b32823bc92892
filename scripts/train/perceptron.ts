/**
 * Averaged-perceptron training of the greedy tagger (utils/analysis/people/tagger.ts): the same feature code and
 * decoder as at run time, trained on predicted (not gold) previous tags so training sees what tagging sees.
 */
import { DYNAMIC_FEATURES, mix, type TokenFeatures } from '../../utils/analysis/people/features';
import { BOS_TAG, TAG_COUNT } from '../../utils/analysis/people/model-format';
import { bestTag, featureRows } from '../../utils/analysis/people/tagger';

/** A training document with its features computed once. */
export interface TrainingDoc {
  tf: TokenFeatures;
  tags: number[];
  sentenceStart: Uint8Array;
}

/** Static feature slots that name the word itself (form, lowercase, word bigrams); see features.ts. */
const IDENTITY_SLOTS = [1, 2, 20, 21];

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains and returns averaged weights. `onEpoch` sees the averaged weights after each epoch. */
export function trainPerceptron(
  docs: TrainingDoc[],
  bits: number,
  epochs: number,
  seed: number,
  onEpoch?: (epoch: number, weights: Float32Array, errors: number) => void,
  dropout = 0,
): Float32Array {
  const unknown = (mix(0x2545f491, 63) & ((1 << bits) - 1)) * TAG_COUNT;
  const mask = (1 << bits) - 1;
  const size = (mask + 1) * TAG_COUNT;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const dyn = new Int32Array(DYNAMIC_FEATURES);
  const scores = new Float32Array(TAG_COUNT);
  const random = rng(seed);
  const order = docs.map((_, i) => i);
  let c = 1;
  const average = () => {
    const avg = new Float32Array(size);
    for (let i = 0; i < size; i++) avg[i] = (w[i] ?? 0) - (u[i] ?? 0) / c;
    return avg;
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    for (const d of order) {
      const doc = docs[d];
      if (!doc) continue;
      const buckets = new Int32Array(doc.tf.width + DYNAMIC_FEATURES);
      let prev: number = BOS_TAG;
      let prev2: number = BOS_TAG;
      for (let i = 0; i < doc.tags.length; i++) {
        if (doc.sentenceStart[i]) prev = prev2 = BOS_TAG;
        // Tokens the tagger never scores (see TokenFeatures.skip) are O in training too.
        if (doc.tf.skip[i]) {
          prev2 = prev;
          prev = 0;
          continue;
        }
        featureRows(doc.tf, i, prev, prev2, mask, dyn, buckets);
        const gold = doc.tags[i] ?? 0;
        // Word dropout: hide the identity of some entity words so the model learns the contexts and shapes of
        // names it has never seen (news names change; CoNLL's are from 1996).
        if (dropout && gold !== 0 && random() < dropout) {
          for (const k of IDENTITY_SLOTS) buckets[k] = unknown;
          buckets[doc.tf.width + 2] = unknown;
        }
        const guess = bestTag(w, buckets, prev, scores);
        if (guess !== gold) {
          errors++;
          for (let k = 0; k < buckets.length; k++) {
            const row = buckets[k] ?? 0;
            w[row + gold] = (w[row + gold] ?? 0) + 1;
            u[row + gold] = (u[row + gold] ?? 0) + c;
            w[row + guess] = (w[row + guess] ?? 0) - 1;
            u[row + guess] = (u[row + guess] ?? 0) - c;
          }
        }
        c++;
        prev2 = prev;
        prev = guess;
      }
    }
    onEpoch?.(epoch, average(), errors);
  }
  return average();
}
