/** Rules for vague references (PRESENT_REF, PAST_REF, FUTURE_REF), seasons, quarters and halves. */
import type { Ymd } from '../calendar';
import { seasonYear } from '../anchor';
import { parseOrdinal, RX, SEASONS, STARTS } from '../lexicon';
import { B, compile, E, type Rule, type RuleContext, type RuleHit } from './rule';

const F = { ...RX, B, E, mod: '(?:early|mid|late|the end of|the beginning of|the start of|the middle of)' };

const VAGUE: Record<string, string> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  recently: 'PAST_REF',
  recent: 'PAST_REF',
  lately: 'PAST_REF',
  'the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
};

/** Year of a quarter without one: like months, the latest one begun in past-tense clauses, the next in future ones. */
function quarterYear(ctx: RuleContext, q: number): number {
  const dct = ctx.dct as Ymd;
  // News talks about the quarters of the current year; one not yet begun in a past-tense clause is last year's.
  return ctx.tense() === 'past' && q > Math.ceil(dct.m / 3) ? dct.y - 1 : dct.y;
}

/** Explicit year word of a quarter phrase ("of 1989", "this year's", "fiscal 1990"). */
function yearOf(word: string | undefined, dct: Ymd | null): number | null | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^\d{4}$/.test(w)) return Number(w);
  if (!dct) return null;
  if (w.startsWith('this') || w.startsWith('the current')) return dct.y;
  if (w.startsWith('last') || w.startsWith('the previous')) return dct.y - 1;
  if (w.startsWith('next')) return dct.y + 1;
  return undefined;
}

export const vagueRules: Rule[] = [
  {
    name: 'vague-ref',
    starts: [
      'now',
      'currently',
      'nowadays',
      'presently',
      'at',
      'these',
      'the',
      'recently',
      'lately',
      'recent',
      'current',
    ],
    re: compile(
      '{B}(now|currently|nowadays|presently|at present|these days|the present|recently|lately|the past|the (?:near |distant |foreseeable )?future|recent|current)(?![\\p{L}\\p{N}_-])',
      F,
    ),
    build: (m) => {
      const w = m[1]!.toLowerCase().replace(/^the (?:near |distant |foreseeable )future$/, 'the future');
      // Adjectival "current"/"recent" count too, as TimeML annotates them ("the current system").
      return { type: 'DATE', value: VAGUE[w] ?? 'PRESENT_REF' };
    },
  },
  {
    // "recent weeks", "the coming months", "past years", "future quarters".
    name: 'vague-span',
    starts: ['the', 'recent', 'coming', 'upcoming', 'past', 'future'],
    re: compile(
      '{B}(?:the\\s)?(recent|coming|upcoming|past|future)\\s(days|weeks|months|years|decades|quarters)(?!\\s(?:ago|of))(?![\\p{L}\\p{N}])',
      F,
    ),
    build: (m) => {
      const w = m[1]!.toLowerCase();
      return { type: 'DATE', value: w === 'recent' || w === 'past' ? 'PAST_REF' : 'FUTURE_REF' };
    },
  },
  {
    // "the near term", "in the long term" (the noun; "the long-term plan" is an adjective).
    name: 'term',
    starts: ['the'],
    re: compile('{B}the\\s(?:near|short|long|longer)\\sterm{E}', F),
    build: () => ({ type: 'DATE', value: 'FUTURE_REF' }),
  },
  {
    // "last summer", "the winter of 1994", "this fall", "spring 2023".
    name: 'season',
    starts: [...STARTS.season, 'this', 'last', 'next', 'the', 'early', 'late', 'mid'],
    re: compile(
      '{B}(?:(this past|this coming|this|last|next|the|early|late|mid)[\\s-])?(?:(early|late|mid)[\\s-])?({season})(?:\\s(?:of\\s)?({year}))?{E}',
      F,
    ),
    build: (m, ctx): RuleHit | null => {
      const code = SEASONS[m[3]!.toLowerCase()]!;
      const mod = (m[1] ?? '').toLowerCase().replace(/^this (past|coming)$/, '$1');
      if (m[4]) return { type: 'DATE', value: `${m[4]}-${code}` };
      // "fall" and bare "spring" are too often verbs/nouns: require a modifier.
      if (!m[1] && !m[2]) return null;
      if (code === 'FA' && mod === 'the' && !/\bin\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)))
        return null;
      if (!ctx.dct) return { type: 'DATE', value: `XXXX-${code}`, unresolved: true };
      return { type: 'DATE', value: `${seasonYear(ctx.dct, code, mod === 'the' ? '' : mod, ctx.tense())}-${code}` };
    },
  },
  {
    // "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "this year's second quarter",
    // "Q3 2023", "the first half".
    name: 'quarter',
    starts: [
      '#d',
      'the',
      'this',
      'last',
      'next',
      'fiscal',
      'calendar',
      'first',
      'second',
      'third',
      'fourth',
      'final',
      'q',
    ],
    re: compile(
      "{B}(?:(the|this year's|last year's|next year's|the year's)\\s)?(?:(?:fiscal|calendar)[\\s-])?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-](?:fiscal[\\s-])?(quarter|half)(?:\\s(?:of\\s)?(?:fiscal\\s)?({year}|this year|last year|next year))?{E}|{B}Q([1-4])[\\s-]({year}){E}",
      F,
    ),
    build: (m, ctx) => {
      if (m[5]) return { type: 'DATE', value: `${m[6]}-Q${m[5]}` };
      const half = m[3]!.toLowerCase() === 'half';
      const ord = m[2]!.toLowerCase();
      const n = ord === 'final' || ord === 'last' ? (half ? 2 : 4) : parseOrdinal(ord);
      if (!n || n > (half ? 2 : 4)) return null;
      const explicit = yearOf(m[4], ctx.dct) ?? yearOf(m[1]?.replace("'s", ''), ctx.dct);
      const code = half ? `H${n}` : `Q${n}`;
      if (explicit) return { type: 'DATE', value: `${explicit}-${code}` };
      if (!ctx.dct) return { type: 'DATE', value: `XXXX-${code}`, unresolved: true };
      return { type: 'DATE', value: `${half ? ctx.dct.y : quarterYear(ctx, n)}-${code}` };
    },
  },
];
