/**
 * The word tokens country matching works on. Dotted acronyms ("U.S.", "U.K.") are one token; every other
 * non-space, non-letter character is a token of its own, so "Korea's" is "Korea" + "'" + "s" and "Guinea-Bissau"
 * is "Guinea" + "-" + "Bissau", and multi-word names match token by token.
 */

/** One token of the text. */
export interface Token {
  start: number;
  end: number;
  /** Normalised form: lower case, no diacritics, curly apostrophes straightened, an acronym's final dot dropped. */
  key: string;
  /** How the token is cased: 0 lower or no letters, 1 capitalised, 2 all upper case (two letters or more). */
  caps: 0 | 1 | 2;
}

const TOKEN = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const MARKS = /\p{M}/gu;

/** The normalised key of one token's text. */
export function tokenKey(raw: string): string {
  let key = raw.toLowerCase();
  if (/[^\x20-\x7e]/.test(key))
    key = key
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(/[’‘`´]/g, "'");
  if (key.length > 2 && key.endsWith('.')) key = key.slice(0, -1);
  return key;
}

/** How a token's text is cased (see {@link Token.caps}). */
export function casing(raw: string): 0 | 1 | 2 {
  const first = raw.charAt(0);
  if (first === first.toLowerCase()) return 0;
  if (raw.length < 2 || raw !== raw.toUpperCase()) return 1;
  // Upper case throughout: capitals only if at least two of the characters are letters ("U.S.", "UK", not "A.").
  let letters = 0;
  for (let i = 0; i < raw.length && letters < 2; i++) {
    const c = raw.charAt(i);
    if (c !== c.toLowerCase()) letters++;
  }
  return letters >= 2 ? 2 : 1;
}

/** Splits text into tokens, in order. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    tokens.push({ start, end: start + raw.length, key: tokenKey(raw), caps: casing(raw) });
  }
  return tokens;
}
