/**
 * Hashed features of the people tagger, shared by training (scripts/train/people.ts) and tagging so both see
 * exactly the same numbers. Each token's strings are hashed once; a feature is then an integer mix of a template
 * id with those hashes, so no feature string is ever built.
 */
import { CALENDAR_WORDS, NAME_PARTICLES, ORG_SUFFIXES, TITLE_WORDS } from './lexicon';
import { OPENERS } from './tokenize';

/** Number of features per token that do not depend on earlier tags (first stage). */
export const STATIC_FEATURES = 32;
/** Extra features of the second stage, computed from the first stage's tags across the document. */
export const DOC_FEATURES = 6;
/** Number of features per token that depend on the two previous tags. */
export const DYNAMIC_FEATURES = 4;

/** Per-token hashes that the tag-dependent features reuse. */
export interface TokenFeatures {
  /** `width` hashed features per token (unmasked 32-bit). */
  statics: Int32Array;
  /** Static features per token: STATIC_FEATURES, or STATIC_FEATURES + DOC_FEATURES in the second stage. */
  width: number;
  lower: Int32Array;
  shape: Int32Array;
  /** 1 where the token is capitalised and could start a name. */
  capitalised: Uint8Array;
  /**
   * 1 where the token and both its neighbours have no capital letter (and it is no name particle): it is tagged O
   * without scoring. Most tokens of news text are such, and skipping them makes tagging several times faster.
   */
  skip: Uint8Array;
  lowerWords: string[];
}

/** 32-bit FNV-1a of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Mixes a value into a hash (murmur3 finaliser steps). */
export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

const SEEDS = Array.from({ length: 64 }, (_, i) => mix(0x9e3779b1, i + 1));
/** The hash seed of feature template `t`. */
export const seed = (t: number) => SEEDS[t] ?? 0;

/** Compressed word shape: "Putin" → "Xx", "D850" → "Xd", "U.S." → "X.X.", "Yung-ho" → "Xx-x". */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    // ASCII fast path; other characters are classed by their case mappings.
    if (c >= 48 && c <= 57) k = 'd';
    else if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c < 128) k = w[i] ?? '';
    else {
      const ch = w[i] ?? '';
      if (ch.toLowerCase() !== ch) k = 'X';
      else if (ch.toUpperCase() !== ch) k = 'x';
      else k = ch;
    }
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');

/**
 * Computes the static features of a document's tokens.
 * @param firstNames lowercase given names (gazetteer shipped with the model)
 */
export function extractFeatures(
  words: readonly string[],
  sentenceStart: Uint8Array,
  firstNames: ReadonlySet<string>,
): TokenFeatures {
  const n = words.length;
  const lowerWords = new Array<string>(n);
  const lower = new Int32Array(n);
  const shape = new Int32Array(n);
  const exact = new Int32Array(n);
  const gaz = new Int32Array(n);
  const capitalised = new Uint8Array(n);
  const skip = new Uint8Array(n);
  const sentEnd = new Int32Array(n);
  const capsSentence = new Uint8Array(n);
  // Document-level evidence: is this word seen in lowercase, or capitalised mid-sentence, elsewhere?
  const lowerSeen = new Set<string>();
  const capSeen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const w = words[i] ?? '';
    const lw = w.toLowerCase();
    lowerWords[i] = lw;
    const s = shapeOf(w);
    lower[i] = hashString(lw);
    shape[i] = hashString(s);
    exact[i] = hashString(w);
    const first = s[0] === 'X';
    capitalised[i] = first ? 1 : 0;
    skip[i] = w === lw && !NAME_PARTICLES.has(lw) ? 1 : 0;
    gaz[i] =
      (firstNames.has(lw) ? 1 : 0) |
      (TITLE_WORDS.has(lw) ? 2 : 0) |
      (ORG_SUFFIXES.has(lw) ? 4 : 0) |
      (CALENDAR_WORDS.has(lw) ? 8 : 0);
  }
  // A word next to a capitalised one can still belong to a name or an organisation ("Bank of England").
  for (let i = 0; i < n; i++)
    if (skip[i] && (words[i - 1] !== lowerWords[i - 1] || words[i + 1] !== lowerWords[i + 1])) skip[i] = 0;
  // Sentence extents and all-caps sentences (headlines), where capitalisation says nothing.
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && !sentenceStart[j]) j++;
    let letters = 0;
    let lowers = 0;
    for (let k = i; k < j; k++) {
      const w = words[k] ?? '';
      if (w !== w.toUpperCase()) lowers++;
      if (w !== lowerWords[k]) letters++;
    }
    const caps = letters >= 2 && lowers === 0 ? 1 : 0;
    for (let k = i; k < j; k++) {
      sentEnd[k] = j;
      capsSentence[k] = caps;
      if (caps || sentenceStart[k] || (k > 0 && sentenceStart[k - 1] && OPENERS.has(words[k - 1] ?? ''))) continue;
      const lw = lowerWords[k] ?? '';
      if (capitalised[k]) capSeen.set(lw, (capSeen.get(lw) ?? 0) + 1);
      else if (words[k] === lw) lowerSeen.add(lw);
    }
    i = j;
  }
  const F = STATIC_FEATURES;
  const statics = new Int32Array(n * F);
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (sentenceStart[i]) start = i;
    if (skip[i]) continue;
    const end = sentEnd[i] ?? n;
    const lw = lowerWords[i] ?? '';
    const L0 = lower[i] ?? 0;
    const S0 = shape[i] ?? 0;
    const Lm1 = i - 1 >= start ? (lower[i - 1] ?? 0) : BOS;
    const Lm2 = i - 2 >= start ? (lower[i - 2] ?? 0) : BOS;
    const Lp1 = i + 1 < end ? (lower[i + 1] ?? 0) : EOS;
    const Lp2 = i + 2 < end ? (lower[i + 2] ?? 0) : EOS;
    const Sm1 = i - 1 >= start ? (shape[i - 1] ?? 0) : BOS;
    const Sp1 = i + 1 < end ? (shape[i + 1] ?? 0) : EOS;
    const Gm1 = i - 1 >= start ? (gaz[i - 1] ?? 0) : 16;
    const Gp1 = i + 1 < end ? (gaz[i + 1] ?? 0) : 16;
    const G0 = gaz[i] ?? 0;
    // A word right after a sentence-opening quote or bracket is sentence-initial too.
    const init = sentenceStart[i] || (i > 0 && sentenceStart[i - 1] && OPENERS.has(words[i - 1] ?? '')) ? 1 : 0;
    const caps = capsSentence[i] ?? 0;
    const cs = capSeen.get(lw) ?? 0;
    const doc = (lowerSeen.has(lw) ? 1 : 0) | (cs > (caps || init ? 0 : 1) ? 2 : 0);
    const o = i * F;
    let p = 0x811c9dc5;
    let x = 0x811c9dc5;
    const len = lw.length;
    statics[o] = seed(0);
    statics[o + 1] = mix(seed(1), exact[i] ?? 0);
    statics[o + 2] = mix(seed(2), L0);
    statics[o + 3] = mix(seed(3), S0);
    for (let k = 0; k < 4; k++) {
      p = k < len ? Math.imul(p ^ lw.charCodeAt(k), 0x01000193) : p;
      x = k < len ? Math.imul(x ^ lw.charCodeAt(len - 1 - k), 0x01000193) : x;
      statics[o + 4 + k] = mix(seed(4 + k), k < len ? p : 0);
      statics[o + 8 + k] = mix(seed(8 + k), k < len ? x : 0);
    }
    statics[o + 12] = mix(seed(12), Lm1);
    statics[o + 13] = mix(seed(13), Lp1);
    statics[o + 14] = mix(seed(14), Lm2);
    statics[o + 15] = mix(seed(15), Lp2);
    statics[o + 16] = mix(seed(16), Sm1);
    statics[o + 17] = mix(seed(17), Sp1);
    statics[o + 18] = mix(mix(seed(18), Sm1), S0);
    statics[o + 19] = mix(mix(seed(19), S0), Sp1);
    statics[o + 20] = mix(mix(seed(20), Lm1), L0);
    statics[o + 21] = mix(mix(seed(21), L0), Lp1);
    statics[o + 22] = mix(mix(seed(22), init), S0);
    statics[o + 23] = mix(mix(seed(23), caps), S0);
    statics[o + 24] = mix(mix(mix(seed(24), G0), Gm1), Gp1);
    statics[o + 25] = mix(mix(seed(25), G0), S0);
    statics[o + 26] = mix(mix(mix(seed(26), doc), S0), caps | (init << 1));
    statics[o + 27] = mix(seed(27), Math.min(len, 12));
    statics[o + 28] = mix(mix(seed(28), Lm1), S0);
    statics[o + 29] = mix(mix(seed(29), S0), Lp1);
    statics[o + 30] = mix(mix(mix(seed(30), Sm1), S0), Sp1);
    statics[o + 31] = mix(mix(seed(31), Gm1), S0);
  }
  return { statics, width: F, lower, shape, capitalised, skip, lowerWords };
}

/** Writes the tag-dependent features of token i into `out` (DYNAMIC_FEATURES entries). */
export function dynamicFeatures(tf: TokenFeatures, i: number, prev: number, prev2: number, out: Int32Array): void {
  out[0] = mix(seed(40), prev);
  out[1] = mix(mix(seed(41), prev), prev2);
  out[2] = mix(mix(seed(42), prev), tf.lower[i] ?? 0);
  out[3] = mix(mix(seed(43), prev), tf.shape[i] ?? 0);
}
