/**
 * The shipped tagger model: hashed feature weights, pruned and quantised to 16 bits, stored as base64 so the
 * JSON stays small and loads in a few milliseconds. Encoding lives here beside decoding so they cannot drift.
 */

/** Entity tags in IOB2; B of type k is 1 + 2k, I is 2 + 2k. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const TAG_COUNT = TAGS.length;
/** A weight table: float while training, int16 once shipped. */
export type Weights = Float32Array | Int16Array;

/** The "previous tag" value at the start of a sentence. */
export const BOS_TAG = TAG_COUNT;

/** The JSON file in utils/analysis/people/model/. */
export interface ModelFile {
  version: 1;
  /** Feature buckets = 2^bits. */
  bits: number;
  tags: string[];
  /** Gazetteer of lowercase given names, newline-separated. */
  firstNames: string;
  /** Weights of the first (sentence) and second (document) stage. */
  stages: PackedWeights[];
  /** How the model was made (corpus, epochs, seed, scores) — informative only. */
  meta: Record<string, unknown>;
}

/** One weight table, pruned and quantised. */
export interface PackedWeights {
  /** Weight = int16 × scale. */
  scale: number;
  /** Base64 of the varint-encoded gaps between non-zero weight indices. */
  index: string;
  /** Base64 of the little-endian int16 weights, in index order. */
  values: string;
}

/** A loaded model. */
export interface Model {
  mask: number;
  /**
   * Dense weight tables, one per stage, (2^bits × TAG_COUNT) each, as the stored int16 values: a stage's scale is
   * common to all its weights, so it does not change which tag scores best, and 16 bits halve the cache misses.
   */
  stages: Int16Array[];
  firstNames: ReadonlySet<string>;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const B64_VALUES = new Uint8Array(128);
for (let i = 0; i < 64; i++)
  B64_VALUES['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/**
 * A native base64 decoder where the runtime has one — the browsers' `Uint8Array.fromBase64` (Chrome 140+, Firefox
 * 133+) or Node's Buffer for the command line — since the hand-written loop below runs its first ~1 MB in the
 * interpreter (tens of milliseconds of cold start) where a native decode takes about one.
 */
const nativeFromBase64: ((s: string) => Uint8Array) | null = (() => {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (fromBase64) return (s: string) => fromBase64.call(Uint8Array, s);
  const nodeBuffer = (globalThis as { Buffer?: { from(s: string, encoding: 'base64'): Uint8Array } }).Buffer;
  // Copied: a small Buffer sits in a shared pool at an offset an Int16Array view could not start at.
  if (nodeBuffer) return (s: string) => new Uint8Array(nodeBuffer.from(s, 'base64'));
  return null;
})();

/** Decodes base64 into bytes: natively where the runtime can, else by hand. */
function fromBase64(b64: string): Uint8Array {
  return nativeFromBase64 ? nativeFromBase64(b64) : fromBase64ByHand(b64);
}

/** Decodes base64 straight into bytes (atob would build an intermediate string of the same size). */
export function fromBase64ByHand(b64: string): Uint8Array {
  let len = b64.length;
  while (len > 0 && b64.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = B64_VALUES[b64.charCodeAt(i)] ?? 0;
    const b = B64_VALUES[b64.charCodeAt(i + 1)] ?? 0;
    const c = B64_VALUES[b64.charCodeAt(i + 2) & 127] ?? 0;
    const d = B64_VALUES[b64.charCodeAt(i + 3) & 127] ?? 0;
    out[o++] = (a << 2) | (b >> 4);
    if (o < out.length) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < out.length) out[o++] = ((c & 3) << 6) | d;
  }
  return out;
}

/** Packs dense weight tables into a model file, dropping weights smaller than `minWeight`. */
export function encodeModel(
  stages: Float32Array[],
  bits: number,
  minWeight: number,
  firstNames: string[],
  meta: Record<string, unknown>,
): ModelFile {
  return {
    version: 1,
    bits,
    tags: [...TAGS],
    firstNames: firstNames.join('\n'),
    stages: stages.map((w) => pack(w, minWeight)),
    meta,
  };
}

function pack(weights: Float32Array, minWeight: number): PackedWeights {
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
    scale,
    index: toBase64(Uint8Array.from(idx)),
    values: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)),
  };
}

/** Unpacks a model file into dense weights. */
export function decodeModel(file: ModelFile): Model {
  return {
    mask: (1 << file.bits) - 1,
    stages: file.stages.map((p) => unpack(p, file.bits)),
    firstNames: new Set(file.firstNames.split('\n')),
  };
}

function unpack(file: PackedWeights, bits: number): Int16Array {
  const weights = new Int16Array((1 << bits) * TAG_COUNT);
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
    weights[pos] = vals[k++] ?? 0;
  }
  return weights;
}
