/**
 * The shipped tagger model: hashed feature weights, pruned and quantised to 16 bits, stored as base64 so the
 * JSON stays small and loads in a few milliseconds. Encoding lives here beside decoding so they cannot drift.
 */

/** Entity tags in IOB2; B of type k is 1 + 2k, I is 2 + 2k. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const TAG_COUNT = TAGS.length;
/** The "previous tag" value at the start of a sentence. */
export const BOS_TAG = TAG_COUNT;

/** The JSON file in utils/analysis/people/model/. */
export interface ModelFile {
  version: 1;
  /** Feature buckets = 2^bits. */
  bits: number;
  tags: string[];
  /** Weight = int16 × scale. */
  scale: number;
  /** Gazetteer of lowercase given names, newline-separated. */
  firstNames: string;
  /** Base64 of the varint-encoded gaps between non-zero weight indices. */
  index: string;
  /** Base64 of the little-endian int16 weights, in index order. */
  values: string;
  /** How the model was made (corpus, epochs, seed, scores) — informative only. */
  meta: Record<string, unknown>;
}

/** A loaded model. */
export interface Model {
  mask: number;
  weights: Float32Array;
  firstNames: ReadonlySet<string>;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Packs dense weights into a model file, dropping weights smaller than `minWeight`. */
export function encodeModel(
  weights: Float32Array,
  bits: number,
  minWeight: number,
  firstNames: string[],
  meta: Record<string, unknown>,
): ModelFile {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const idx: number[] = [];
  const vals: number[] = [];
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    if (Math.abs(w) < minWeight) continue;
    let gap = i - last;
    last = i;
    while (gap >= 0x80) {
      idx.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    idx.push(gap);
    vals.push(Math.round(w / scale));
  }
  const v = new Int16Array(vals);
  return {
    version: 1,
    bits,
    tags: [...TAGS],
    scale,
    firstNames: firstNames.join('\n'),
    index: toBase64(Uint8Array.from(idx)),
    values: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)),
    meta,
  };
}

/** Unpacks a model file into dense weights. */
export function decodeModel(file: ModelFile): Model {
  const weights = new Float32Array((1 << file.bits) * TAG_COUNT);
  const idx = fromBase64(file.index);
  const raw = fromBase64(file.values);
  const vals = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength >> 1);
  let pos = -1;
  let k = 0;
  for (let i = 0; i < idx.length && k < vals.length;) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = idx[i++] ?? 0;
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    pos += gap;
    weights[pos] = (vals[k++] ?? 0) * file.scale;
  }
  return { mask: (1 << file.bits) - 1, weights, firstNames: new Set(file.firstNames.split('\n')) };
}
