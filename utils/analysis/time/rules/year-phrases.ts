/**
 * Rules for year phrases beyond bare digits: spelled-out years of broadcast transcripts ("nineteen
 * ninety-six", "the year two thousand"), "year-end", "the year" (a duration), and "the 1988 quarter".
 */
import { pad } from '../calendar';
import { parseNumber, RX } from '../lexicon';
import { B, compile, E, type Rule, type RuleHit } from './rule';

const ONES = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const F = {
  ...RX,
  B,
  E,
  twoDigits: `(?:${TENS}(?:[- ]${ONES})?|${TEENS}|(?:oh|o)[- ]${ONES})`,
  ones: ONES,
  teens: TEENS,
};

/** "ninety-six" → 96, "oh five" → 5. */
function twoDigitValue(words: string): number | null {
  const w = words.toLowerCase().replace(/^(?:oh|o)[- ]/, '');
  return parseNumber(w);
}

export const yearPhraseRules: Rule[] = [
  {
    // "nineteen ninety-six", "the winter of nineteen ninety-four" (the season rule takes the year digits only).
    name: 'spelled-year',
    starts: ['the', 'nineteen'],
    re: compile('{B}(?:the\\syear\\s)?nineteen[\\s-](?:hundred\\s(?:and\\s)?)?({twoDigits}){E}', F),
    build: (m): RuleHit | null => {
      const n = twoDigitValue(m[1]!);
      return n !== null && n >= 0 && n < 100 ? { type: 'DATE', value: `19${pad(n)}` } : null;
    },
  },
  {
    name: 'spelled-year-2000s',
    starts: ['the', 'two'],
    re: compile('{B}(?:the\\syear\\s)?two\\sthousand(?:\\s(?:and\\s)?({ones}|{teens}|{twoDigits}))?{E}', F),
    build: (m, ctx): RuleHit | null => {
      // A bare "two thousand" is a number unless introduced as a year.
      if (
        !/^the\syear/i.test(m[0]) &&
        !/\b(?:in|since|by|until|of)\s$/i.test(ctx.text.slice(Math.max(0, m.index - 7), m.index))
      ) {
        return null;
      }
      const n = m[1] ? twoDigitValue(m[1]) : 0;
      return n !== null && n < 100 ? { type: 'DATE', value: `20${pad(n)}` } : null;
    },
  },
  {
    // "year-end", "year's end", "the end of the year" (the DCT's year).
    name: 'year-end',
    starts: ['the', 'year'],
    re: compile("{B}(?:(?:the\\s)?year(?:['’]s\\s|[\\s-])end){E}", F),
    build: (_m, ctx): RuleHit =>
      ctx.dct ? { type: 'DATE', value: pad(ctx.dct.y, 4) } : { type: 'DATE', value: 'XXXX', unresolved: true },
  },
  {
    // "the year" is a span when it is bounded ("the year ended Sept. 30", "the whole year"); otherwise it is the year
    // in focus, the DCT's ("sales for the year", "the first nine months of the year", "for the full year").
    name: 'the-year',
    starts: ['the'],
    re: compile(
      "{B}the\\s(?:(full|whole|entire|fiscal)\\s)?year(?![\\p{L}\\p{N}'’-]|\\s(?:\\d|ago|earlier|before|after|later|of|in\\b))(?=(\\s(?:that\\s)?(?:ended|ending|ends|to\\s(?:date|end))\\b)?)",
      F,
    ),
    build: (m, ctx): RuleHit => {
      const bounded = m[2] !== undefined || /^(?:whole|entire)$/i.test(m[1] ?? '');
      if (bounded) return { type: 'DURATION', value: 'P1Y' };
      return ctx.dct ? { type: 'DATE', value: pad(ctx.dct.y, 4) } : { type: 'DATE', value: 'XXXX', unresolved: true };
    },
  },
  {
    // "the 1988 period", "the 1988 third quarter", "the 1989 fiscal year".
    name: 'year-period',
    anaphoric: true,
    starts: ['the'],
    re: compile(
      '{B}the\\s({year})\\s(?:(first|second|third|fourth)\\s)?(quarter|period|fiscal\\syear|season)(?![\\p{L}\\p{N}])',
      F,
    ),
    build: (m, ctx): RuleHit => {
      const ord = ['first', 'second', 'third', 'fourth'].indexOf((m[2] ?? '').toLowerCase()) + 1;
      if (ord > 0) return { type: 'DATE', value: `${m[1]}-Q${ord}` };
      // "the 1988 period" after "the third quarter" is that quarter of 1988.
      const q = ctx.lastQuarter?.value.slice(4);
      return { type: 'DATE', value: q && /period|quarter/i.test(m[3]!) ? `${m[1]}${q}` : m[1]! };
    },
  },
];
