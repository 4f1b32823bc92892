/**
 * Turns the tagger's output into candidate person spans, dropping what is never a person: titles, product names
 * ("Canon EOS 5D Mark IV"), organisations ("Unification Ministry"), months and lone sentence-initial words.
 */
import { CALENDAR_WORDS, NAME_PARTICLES, ORG_NAME_WORDS, PLACE_WORDS, TITLE_WORDS } from './lexicon';
import type { Tokens } from './tokenize';

/** B-PER and I-PER in the model's tag set. */
const B_PER = 1;
const I_PER = 2;
const B_MISC = 7;
const I_MISC = 8;

/** A run of tokens [start, end) the tagger called a person. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Words that continue a name even when the tagger missed them: East Asian given names written with a hyphen
 * ("Yung-ho", "Ching-te") and Arabic family names with a particle ("al-Saadani", "bin-Talal").
 */
const NAME_CONTINUATION = /^(?:\p{Lu}\p{Ll}+-\p{Ll}+|(?:al|el|bin|ibn|abu|ben)-\p{Lu}\p{Ll}+)$/u;
const INITIAL = /^\p{Lu}\.$/u;
const BRACKETS = new Set(['(', ')', '[', ']', '"', '“', '”']);
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$/;
const MAX_NAME_TOKENS = 4;

/**
 * Fixes what greedy tagging gets wrong most often in news: once inside an organisation or a nationality, it runs
 * on over the person that follows ("Federal Reserve Governor Lawrence Lindsey", "Australian Tom Moody"). A run of
 * capitalised words after a title word, or from a given name on within a MISC chunk, is made a person.
 */
export function repairTags(t: Tokens, tags: Uint8Array, isGivenName: (i: number) => boolean): Uint8Array {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    const tag = out[i] ?? 0;
    if (tag === 0 || tag === B_PER || tag === I_PER) continue;
    let j = i + 1;
    while (j < out.length && out[j] === (tag % 2 === 1 ? tag + 1 : tag)) j++;
    let from = -1;
    for (let k = i; k < j - 1; k++) if (TITLE_WORDS.has((t.words[k] ?? '').toLowerCase())) from = k + 1;
    // From a given name on, within a nationality ("Australian Tom Moody") or a chunk a title introduces
    // ("Secretary of State Antony Blinken", where "State" was read as an organisation).
    const lw = (k: number) => (t.words[k] ?? '').toLowerCase();
    const afterTitle = TITLE_WORDS.has(lw(i - 1)) || (lw(i - 1) === 'of' && TITLE_WORDS.has(lw(i - 2)));
    if (from < 0 && (tag === B_MISC || tag === I_MISC || afterTitle)) {
      for (let k = i + 1; k < j - 1 && from < 0; k++) if (isGivenName(k)) from = k;
    }
    const tail = t.words.slice(from, j);
    if (from > 0 && j - from <= MAX_NAME_TOKENS && tail.every(isCapitalised) && !tail.some(isOrgWord)) {
      for (let k = from; k < j; k++) out[k] = k === from ? B_PER : I_PER;
    }
    i = j - 1;
  }
  return out;
}

const isOrgWord = (w: string) => ORG_NAME_WORDS.has(w.toLowerCase());

/** A short model code mixing letters and digits ("D850", "5D", "a7"), not an ordinal or a measure ("46th", "20-year-old"). */
const isModelCode = (w: string) =>
  /^\p{L}{0,3}\p{N}+\p{L}{0,3}$/u.test(w) &&
  /\p{L}/u.test(w) &&
  !/^\p{N}+(?:st|nd|rd|th|s|am|pm|km|kg|cm|mm|m|ft|lb)$/iu.test(w);
const isCapitalised = (w: string) => w !== w.toLowerCase();

/** A product model code ("D850", "5D", "a7") inside the capitalised run around [a, b) marks a product name. */
function inProductName(t: Tokens, a: number, b: number): boolean {
  for (let i = a - 1; i >= Math.max(0, a - 3); i--) {
    if (t.sentenceStart[i + 1]) break;
    const w = t.words[i] ?? '';
    if (isModelCode(w)) return true;
    if (!isCapitalised(w)) break;
  }
  for (let i = a; i < b + 3 && i < t.words.length; i++) {
    if (i > a && t.sentenceStart[i]) break;
    const w = t.words[i] ?? '';
    if (isModelCode(w)) return true;
    if (i >= b && !isCapitalised(w)) break;
  }
  return false;
}

/** Person spans from IOB2 tags, leading titles stripped ("President Vladimir Putin" → "Vladimir Putin"). */
export function personSpans(t: Tokens, tags: Uint8Array): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PER && tags[i] !== I_PER) continue;
    let j = i + 1;
    // Adjacent person chunks are one name in running text ("Luiz" + "Inacio Lula da Silva"), and a following
    // hyphenated given name belongs to it ("Lai" + "Ching-te").
    while (j < tags.length && tags[j] === I_PER) j++;
    // An initial directly before another person chunk starts that name ("S." + "Waugh"); elsewhere adjacent
    // chunks stay apart, as in lists and tables (merging a given name + chunk measured worse on CoNLL dev).
    if (j === i + 1 && INITIAL.test(t.words[i] ?? '') && !t.sentenceStart[j]) {
      // A lone initial is no name: it takes the following person chunk, or else the next capitalised word.
      if (tags[j] === B_PER) {
        j++;
        while (j < tags.length && tags[j] === I_PER) j++;
      } else if (/^\p{Lu}\p{Ll}/u.test(t.words[j] ?? '')) j++;
    }
    // A middle initial the tagger started a new chunk with ("Donald" + "J. Trump").
    while (tags[j] === B_PER && INITIAL.test(t.words[j] ?? '') && !t.sentenceStart[j]) {
      j++;
      while (j < tags.length && tags[j] === I_PER) j++;
    }
    while (j < tags.length && !t.sentenceStart[j] && NAME_CONTINUATION.test(t.words[j] ?? '')) j++;
    // Regnal numbers: "Henry VIII", "Elizabeth I" (product names like "Mark IV" are dropped in clean()).
    if (
      j < tags.length &&
      !t.sentenceStart[j] &&
      REGNAL.test(t.words[j] ?? '') &&
      !/^\p{Lu}/u.test(t.words[j + 1] ?? '')
    ) {
      j++;
    }
    // Lowercase particles and the capitalised word after them ("Ursula" + "von der Leyen", "Gil" + "de Ferran").
    let k = j;
    while (k < j + 3 && k < tags.length && NAME_PARTICLES.has(t.words[k] ?? '') && !t.sentenceStart[k]) k++;
    if (k > j && k < tags.length && !t.sentenceStart[k] && /^\p{Lu}\p{Ll}/u.test(t.words[k] ?? '')) j = k + 1;
    // Brackets and quotes inside a chunk separate names ("Kaurinui (Robert) Parata" is not one name).
    let from = i;
    for (let k = i; k <= j; k++) {
      if (k < j && !BRACKETS.has(t.words[k] ?? '')) continue;
      const span = clean(t, from, k);
      if (span) out.push(span);
      from = k + 1;
    }
    i = j - 1;
  }
  return out;
}

/** Whether a word can end a name: not lowercase ("again"), unless a particle-led name ("al-Saadani"). */
const canEndName = (w: string) => /\p{Lu}/u.test(w);

function clean(t: Tokens, a: number, b: number): Span | null {
  const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase());
  const canStart = (w: string) => canEndName(w) || NAME_PARTICLES.has(w);
  while (a < b && (isTitle(t.words[a] ?? '') || !canStart(t.words[a] ?? ''))) a++;
  // Weekdays and months are never the end of a name ("Foreign Minister Jose Miguel Insulza Monday").
  while (b > a && (!canEndName(t.words[b - 1] ?? '') || CALENDAR_WORDS.has((t.words[b - 1] ?? '').toLowerCase()))) b--;
  if (b - a === 1 && INITIAL.test(t.words[a] ?? '')) return null;
  if (a >= b) return null;
  const words = t.words.slice(a, b);
  if (!words.some(isCapitalised)) return null;
  if (words.some(isOrgWord) || PLACE_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) return null;
  if (inProductName(t, a, b)) return null;
  return { start: a, end: b };
}

/** Whether a one-token span can stand for a person by itself (months and titles cannot). */
export function canStandAlone(word: string): boolean {
  const lw = word.toLowerCase();
  return !CALENDAR_WORDS.has(lw) && !TITLE_WORDS.has(lw);
}

/**
 * 1 for tokens of title-case lines ("Spy Satellite Program Receives Technical Assistance from Russia"): there a
 * capitalised word is no evidence of a name, so a lone word is not taken for a person on the tagger's word alone.
 */
export function titleCaseTokens(t: Tokens): Uint8Array {
  const out = new Uint8Array(t.words.length);
  for (let i = 0; i < t.words.length;) {
    let j = i + 1;
    while (j < t.words.length && !t.sentenceStart[j]) j++;
    let words = 0;
    let capitalised = 0;
    for (let k = i; k < j; k++) {
      const c = (t.words[k] ?? '')[0] ?? '';
      const lower = c.toLowerCase();
      if (lower === c.toUpperCase()) continue; // not a letter
      words++;
      if (c !== lower) capitalised++;
    }
    if (words >= 5 && capitalised < words && capitalised >= 0.75 * words) out.fill(1, i, j);
    i = j;
  }
  return out;
}

/**
 * Lowercase words the text also uses in a company or institution name ("Pirelli SpA", "Douglas & Lomason",
 * "Magna International Inc"): alone, such a word is that organisation, not a person.
 */
export function organisationWords(t: Tokens): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < t.words.length; i++) {
    const w = t.words[i] ?? '';
    if (w === '&') {
      out.add((t.words[i - 1] ?? '').toLowerCase());
      continue;
    }
    if (!isOrgWord(w) || !isCapitalised(w)) continue;
    for (let k = i - 1; k >= Math.max(0, i - 3) && isCapitalised(t.words[k] ?? '') && !t.sentenceStart[k + 1]; k--) {
      out.add((t.words[k] ?? '').toLowerCase());
    }
  }
  return out;
}
