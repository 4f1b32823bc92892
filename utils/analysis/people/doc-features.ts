/**
 * Second-stage features of the people tagger: what the first stage said about each word across the document.
 */
import { DOC_FEATURES, mix, seed, type TokenFeatures } from './features';

/** Entity type of a tag: 0 none, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
const typeOf = (tag: number) => (tag + 1) >> 1;

/**
 * Second-stage features: what the first stage said about this token and about the same word elsewhere in the
 * document (its majority entity type there, whether it is part of a multi-word person name). They let the tagger
 * make a document's decisions consistent: "Parnevik" alone is a person when "Jesper Parnevik" is one.
 */
export function withDocumentFeatures(tf: TokenFeatures, tags: Uint8Array): TokenFeatures {
  const n = tags.length;
  // Entity-type counts per distinct word, 5 slots each, in one flat array (no allocation per word).
  const slot = new Map<string, number>();
  const wordSlot = new Int32Array(n);
  const counts = new Int32Array(n * 5);
  const nameRole = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (tf.skip[i]) continue;
    const w = tf.lowerWords[i] ?? '';
    let at = slot.get(w);
    if (at === undefined) slot.set(w, (at = slot.size * 5));
    wordSlot[i] = at;
    const t = tags[i] ?? 0;
    const k = at + typeOf(t);
    counts[k] = (counts[k] ?? 0) + 1;
    // Part of a multi-word person name: 1 as its first word, 2 as a later word.
    if (typeOf(t) === 1) {
      const multi = t === 2 || tags[i + 1] === 2;
      if (multi) nameRole.set(w, (nameRole.get(w) ?? 0) | (t === 1 ? 1 : 2));
    }
  }
  const majority = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (tf.skip[i]) continue;
    const at = wordSlot[i] ?? 0;
    const own = typeOf(tags[i] ?? 0);
    let best = 5; // no other occurrence
    let bestCount = 0;
    let others = 0;
    for (let k = 0; k < 5; k++) {
      const v = (counts[at + k] ?? 0) - (k === own ? 1 : 0);
      others += v;
      if (k > 0 && v > bestCount) [best, bestCount] = [k, v];
    }
    majority[i] = bestCount ? best : others ? 0 : 5;
  }
  const F = tf.width + DOC_FEATURES;
  const statics = new Int32Array(n * F);
  for (let i = 0; i < n; i++) {
    if (tf.skip[i]) continue;
    const o = i * F;
    for (let k = 0, src = i * tf.width; k < tf.width; k++) statics[o + k] = tf.statics[src + k] ?? 0;
    const S0 = tf.shape[i] ?? 0;
    const t0 = tags[i] ?? 0;
    const tm1 = i > 0 ? (tags[i - 1] ?? 0) : 0;
    const tp1 = tags[i + 1] ?? 0;
    const maj = majority[i] ?? 0;
    const d = o + tf.width;
    statics[d] = mix(mix(seed(50), maj), S0);
    statics[d + 1] = mix(mix(seed(51), nameRole.get(tf.lowerWords[i] ?? '') ?? 0), tf.capitalised[i] ?? 0);
    statics[d + 2] = mix(seed(52), t0);
    statics[d + 3] = mix(mix(seed(53), tm1), tp1);
    statics[d + 4] = mix(mix(seed(54), maj), t0);
    statics[d + 5] = mix(mix(seed(55), i > 0 ? (majority[i - 1] ?? 0) : 6), majority[i + 1] ?? 6);
  }
  return { ...tf, statics, width: F };
}
