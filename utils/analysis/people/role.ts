/**
 * The description an article gives a person: a title before the name ("Russian President Vladimir Putin") or an
 * appositive after it ("Choe Son Hui, North Korea's foreign minister,"). Works on tokens, never on raw regexes.
 */
import { CALENDAR_WORDS, ROLE_MODIFIERS, TITLE_WORDS } from './lexicon';
import type { Tokens } from './tokenize';

/** Honorifics are titles but say nothing about a person's position. */
const HONORIFICS = new Set('mr mr. mrs mrs. ms ms. miss sir dame madam'.split(' '));
const DETERMINERS = new Set(['the', 'a', 'an']);
const STOP = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '!', '?', '—', '–']);
const MAX_ROLE_TOKENS = 8;

const isCapitalised = (w: string) => w !== w.toLowerCase() && w[0] === w[0]?.toUpperCase();
const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase()) && !HONORIFICS.has(w.toLowerCase());

/** Whether a token may be part of a role: a title word, a modifier, a capitalised word or a possessive. */
function roleWord(w: string): boolean {
  const lw = w.toLowerCase();
  if (CALENDAR_WORDS.has(lw) || HONORIFICS.has(lw)) return false;
  return isTitle(w) || ROLE_MODIFIERS.has(lw) || isCapitalised(w) || lw === "'s" || lw === '’s' || lw === 'of';
}

/**
 * The role written before the name starting at token `first`, e.g. "South Korean Unification Minister".
 * @param personTokens tokens that belong to person mentions (a role never swallows another name)
 */
export function titleBefore(t: Tokens, first: number, personTokens: Uint8Array): [number, number] | null {
  const last = first - 1;
  const head = t.words[last];
  if (head === undefined || personTokens[last]) return null;
  // "Secretary of State Warren Christopher": the title word may sit before an "of" phrase.
  const ofTitle = t.words[last - 1] === 'of' && isTitle(t.words[last - 2] ?? '') && isCapitalised(head);
  if (!isTitle(head) && !ofTitle) return null;
  let a = last;
  while (a - 1 >= 0 && last - a + 1 < MAX_ROLE_TOKENS && !t.sentenceStart[a]) {
    const w = t.words[a - 1] ?? '';
    if (personTokens[a - 1] || !roleWord(w)) break;
    a--;
  }
  while (a < last && (t.words[a] === 'of' || t.words[a]?.startsWith("'"))) a++;
  return [a, last];
}

/** The appositive role after the name ending at token `end` (exclusive): ", the foreign minister,". */
export function appositiveAfter(t: Tokens, end: number, personTokens: Uint8Array): [number, number] | null {
  if (t.words[end] !== ',') return null;
  let a = end + 1;
  if (DETERMINERS.has((t.words[a] ?? '').toLowerCase())) a++;
  let b = a;
  let head = -1;
  while (b < t.words.length && b - a < MAX_ROLE_TOKENS && !t.sentenceStart[b]) {
    const w = t.words[b] ?? '';
    if (STOP.has(w) || personTokens[b]) break;
    const possessor = t.words[b + 1] === "'s" || t.words[b + 1] === '’s'; // "the company's chief executive"
    if (isTitle(w)) head = b;
    else if (possessor) {
      // a possessor is part of the role
    } else if (!roleWord(w) && head < 0) return null;
    else if (!roleWord(w) && !['for', 'to', 'at', 'in', 'and'].includes(w.toLowerCase())) break;
    b++;
  }
  // The phrase must end at a clause boundary, and its head must be a title ("the foreign minister").
  const next = t.words[b];
  if (head < 0 || (next !== undefined && !STOP.has(next) && !t.sentenceStart[b])) return null;
  return [a, b - 1];
}
