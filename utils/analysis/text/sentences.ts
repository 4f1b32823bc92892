/**
 * English sentence splitting for news text. Linear, allocation-light: one scan over the text that
 * looks for sentence-final punctuation and decides, from the word before it and the word after it,
 * whether it ends a sentence. Line breaks always end a sentence (headlines, paragraphs, datelines).
 */

/** A span of the text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that never end a sentence: titles and forms that always precede a name or number. */
const NEVER_FINAL = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj cpl pvt rev fr sr jr st mt ft ' +
    'no nos vs v cf e.g i.e approx dept est fig gov’t hon pres supt messrs mmes mme mlle atty insp'
  ).split(' '),
);

/**
 * Abbreviations that end a sentence only when the next word is a typical sentence opener
 * ("... in the U.S. The president ..." splits, "the U.S. Senate" does not).
 */
const MAYBE_FINAL = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co ltd plc llc bros assn univ ave blvd rd a.m p.m etc al'
  ).split(' '),
);

/** Words that usually open a sentence, used to resolve abbreviations and dotted acronyms. */
const OPENERS = new Set(
  (
    'the a an he she it they we i you this that these those there his her its their our my but and ' +
    'or so yet in on at for with as if when while after before since although though however meanwhile ' +
    'still also then now today yesterday tomorrow some many most one two no not what who why how where ' +
    'mr mrs ms dr officials police critics analysts both each other another such during by from'
  ).split(' '),
);

const CLOSERS = '"\'”’)]»';

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 0x2009 || code === 0x202f;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** The word (letters and inner dots) ending right before index `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.’']/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, dot);
}

/** The word starting at index `i` (letters only), lower-cased. */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 20 && /\p{L}/u.test(text.charAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/** Whether a period at `dot` (followed by whitespace, then `next` at index `nextIdx`) ends a sentence. */
function periodEnds(text: string, dot: number, nextIdx: number): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  // A lone initial ("J. Smith", "George W. Bush").
  if (/^\p{Lu}$/u.test(word)) return false;
  const opener = OPENERS.has(wordAt(text, nextIdx));
  if (MAYBE_FINAL.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return opener;
  return true;
}

/**
 * Splits `text` into sentences. Spans exclude surrounding whitespace and never cross a line break;
 * closing quotes and brackets after the final punctuation belong to the sentence.
 * Never throws; returns [] for text without any non-space character.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = -1;
  const push = (end: number): void => {
    let e = end;
    while (e > start && /\s/.test(text.charAt(e - 1))) e--;
    if (start >= 0 && e > start) spans.push({ start, end: e });
    start = -1;
  };
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      if (start >= 0) push(i);
      continue;
    }
    if (start < 0) {
      // Any white space trim() would remove ("\u3000", "\v", a BOM), so that spans start where their text does.
      if (isSpace(code) || /\s/.test(text.charAt(i))) continue;
      start = i;
    }
    const c = text.charAt(i);
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Runs of final punctuation ("?!", "...") and closing quotes stay with the sentence.
    let j = i + 1;
    while (j < n && '.!?…'.includes(text.charAt(j))) j++;
    while (j < n && CLOSERS.includes(text.charAt(j))) j++;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k === j && k < n) {
      i = j - 1;
      continue; // "3.5", "U.S.-led", "example.com": no space, no boundary
    }
    if (k >= n || isLineBreak(text.charCodeAt(k))) {
      push(j);
      i = j - 1;
      continue;
    }
    const next = text.charAt(k);
    const opensSentence = isUpper(next) || /[\p{N}"“‘'([]/u.test(next);
    const ends = opensSentence && (c !== '.' || j - i > 1 || periodEnds(text, i, k));
    if (ends) push(j);
    i = j - 1;
  }
  if (start >= 0) push(n);
  return spans;
}
