/**
 * Splits news text into CoNLL-style tokens ("Korea's" → "Korea", "'s"; "U.S." and "Yung-ho" stay whole) and marks
 * where sentences start, in one linear pass.
 */

/** Tokens of one text, with their offsets. */
export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
  /** 1 where a sentence starts at this token. */
  sentenceStart: Uint8Array;
}

// Initials and dotted abbreviations ("U.S.", "J."), words with inner hyphens/dots/apostrophes, numbers with
// separators, and single punctuation marks, in that order of preference. A dot before a capitalised word is a
// sentence end with its space lost in extraction ("Nairobi.Mr Obama"), not part of a word.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|\p{L}\.(?=\s|$)|[\p{L}\p{M}\p{N}]+(?:(?:[-‐&]|\.(?!\p{Lu}\p{Ll}))[\p{L}\p{M}\p{N}]+|[,:/]\p{N}+|['’](?![sS]\b|[tT]\b|re\b|ll\b|ve\b|[dDmM]\b)\p{L}+)*|['’](?:[sS]|[tT]|re|ll|ve|[dDmM])\b|\S/uy;

/** Quotes and brackets that can open a sentence. */
export const OPENERS: ReadonlySet<string> = new Set(['"', "'", '“', '‘', '(', '[']);

/** Abbreviations whose final period belongs to the word, not to the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col capt lt sgt maj adm cmdr insp rev st jr sr co corp inc ltd vs no ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig est dept univ'
  ).split(' '),
);

const isUpper = (c: number) =>
  (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));

/** Tokenises `text`; never throws. */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const breaks: number[] = [];
  let pos = 0;
  let pendingBreak = true;
  const n = text.length;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c <= 32 || c === 0xa0) {
      if (c === 10 || c === 13) pendingBreak = true;
      pos++;
      continue;
    }
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    let end = m ? pos + m[0].length : pos + 1;
    // Keep the period of a known abbreviation ("Mr.") with its word.
    if (text.charCodeAt(end) === 46 && ABBREVIATIONS.has(text.slice(pos, end).toLowerCase())) end++;
    words.push(text.slice(pos, end));
    starts.push(pos);
    ends.push(end);
    breaks.push(pendingBreak ? 1 : 0);
    pendingBreak = false;
    pos = end;
  }
  const sentenceStart = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    if (breaks[i]) {
      sentenceStart[i] = 1;
      continue;
    }
    const prev = words[i - 1] ?? '';
    if (prev === '.' || prev === '!' || prev === '?') {
      // A sentence starts after terminal punctuation at a capitalised word, a number, or a quote or bracket
      // that opens before one ("(Taken with…").
      const w = words[i] ?? '';
      const next = OPENERS.has(w) ? (words[i + 1] ?? '') : w;
      if (isUpper(next.charCodeAt(0)) || /^\p{N}/u.test(next) || w === '"' || w === '“') sentenceStart[i] = 1;
    }
  }
  return { words, starts, ends, sentenceStart };
}
