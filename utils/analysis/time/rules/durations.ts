/**
 * Rules for durations ("three years", "the past six months", "a five-year low", "decades") and sets
 * ("every week", "annually", "twice a year", "each Thursday").
 */
import { pad } from '../calendar';
import { monthOf, parseNumber, RX, UNITS, unitOf, WEEKDAYS, STARTS } from '../lexicon';
import { B, compile, E, type Rule, type RuleHit } from './rule';

const F = {
  ...RX,
  B,
  E,
  approx: '(?:more than|less than|no more than|fewer than|at least|at most|up to)',
  det: '(?:the|another|each of the|all)',
  adj: '(?:past|last|next|first|previous|coming|following|final|ensuing|initial|latest|remaining|same|whole|entire|full|full|additional|further|other|preceding|succeeding|upcoming|prior)',
};

/** TIMEX3 duration value for `n` units ("X" when vague): P3Y, PT2H, P2Q, P20Y for two decades. */
export function durationValue(n: number | null, unitWord: string): string | null {
  const unit = unitOf(unitWord);
  const spec = UNITS[unit];
  if (!spec) return null;
  if (unit === 'weekend') return n === null ? 'PXWE' : `P${n}WE`;
  const amount = n === null ? 'X' : n * spec.factor;
  if (typeof amount === 'number' && !Number.isInteger(amount)) return fractional(amount, spec.code, spec.time);
  return `P${spec.time ? 'T' : ''}${amount}${spec.code}`;
}

/** "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M; a decimal last component where no smaller unit divides evenly. */
function fractional(amount: number, code: string, time: boolean): string {
  const whole = Math.floor(amount);
  const smaller: Record<string, [string, number, boolean]> = time
    ? { H: ['M', 60, true], M: ['S', 60, true] }
    : { Y: ['M', 12, false], W: ['D', 7, false], D: ['H', 24, true] };
  const next = smaller[code];
  const rest = next ? (amount - whole) * next[1] : NaN;
  if (!next || !Number.isInteger(rest)) return `P${time ? 'T' : ''}${amount}${code}`;
  const head = whole > 0 ? `${whole}${code}` : '';
  if (time) return `PT${head}${rest}${next[0]}`;
  return next[2] ? `P${head || '0D'}T${rest}${next[0]}` : `P${head}${rest}${next[0]}`;
}

const SET_WORDS: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P1Q',
  annually: 'P1Y',
  yearly: 'P1Y',
  annual: 'P1Y',
};

export const durationRules: Rule[] = [
  // Sets first: on equal extents ("$50 a year") a rate wins over a duration.
  {
    // "every week", "each year", "every other day", "each Thursday", "each July", "every three months".
    name: 'set-every',
    starts: ['every', 'each', 'per'],
    re: compile(
      '{B}(?:every|each|per)\\s(?:other\\s)?(?:({number})\\s)?({unit}|{weekday}|{month})(?!\\s(?:of|ago))(?![\\p{L}\\p{N}])',
      F,
    ),
    build: (m): RuleHit | null => {
      const word = m[2]!;
      const wd = WEEKDAYS[word.toLowerCase()];
      if (wd) return { type: 'SET', value: `XXXX-WXX-${wd}` };
      const month = monthOf(word);
      if (month && /^\p{Lu}/u.test(word)) return { type: 'SET', value: `XXXX-${pad(month)}` };
      const n = m[1] ? parseNumber(m[1]) : 1;
      const value = durationValue(/\bother\b/i.test(m[0]) ? 2 : n, word);
      return value ? { type: 'SET', value } : null;
    },
  },
  {
    // "daily", "annually", "twice a year", "$5 a month", "three times a week".
    name: 'set-word',
    starts: [
      ...STARTS.number,
      'hourly',
      'daily',
      'nightly',
      'weekly',
      'biweekly',
      'monthly',
      'annually',
      'yearly',
      'once',
      'twice',
      'per',
    ],
    re: compile(
      '{B}(?:(hourly|daily|nightly|weekly|biweekly|monthly|annually|yearly)|(?:(?:once|twice|(?:\\d+|{numWord}|several|many|few)\\stimes)\\s)?(?:a|per)\\s(hour|day|night|week|month|quarter|year))(?!\\s(?:ago|earlier|later|before|after)){E}',
      F,
    ),
    build: (m, ctx): RuleHit | null => {
      if (m[1]) return { type: 'SET', value: SET_WORDS[m[1].toLowerCase()]! };
      // "a year" is a set only after a rate ("twice a year", "5% a year", "$10 a day").
      const rate = /^(?:once|twice)\s|\stimes\s/i.test(m[0]);
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (!rate && !/(?:\d|%|percent|cents?|dollars?|each|apiece|pounds|euros|yen)\s$/i.test(before)) return null;
      return { type: 'SET', value: durationValue(1, m[2]!)! };
    },
  },
  {
    // "three years", "the past six months", "a week", "the next few days", "a five-year low", "nearly two decades".
    name: 'duration',
    starts: [
      ...STARTS.number,
      'the',
      'another',
      'each',
      'all',
      'past',
      'last',
      'next',
      'first',
      'previous',
      'coming',
      'following',
      'final',
      'ensuing',
      'initial',
      'latest',
      'remaining',
      'same',
      'whole',
      'entire',
      'full',
      'additional',
      'further',
      'other',
      'preceding',
      'succeeding',
      'upcoming',
      'prior',
      'more',
      'less',
      'no',
      'fewer',
      'at',
      'up',
    ],
    re: compile(
      '{B}(?:({det})\\s)?(?:{adj}\\s)?(?:{approx}\\s)?({number}|an?)(?:\\s(?:more|additional|straight|consecutive|full|long))?[\\s-]({unit})(?:[\\s-]long|\\s(?:and\\sa\\shalf|or\\sso))?(?![\\s-]olds?\\b){E}',
      F,
    ),
    build: (m, ctx): RuleHit | null => {
      const [whole, det, num0, unitWord] = [m[0], m[1], m[2]!, m[3]!];
      const num = num0.toLowerCase().replace(/,/g, '');
      const hyphen = new RegExp(`[-]${unitWord}`).test(whole);
      const after = ctx.text.slice(m.index + whole.length, m.index + whole.length + 4);
      // Fractions ("three-quarters", "a quarter of") and ordinals ("the 1988 second quarter") are not durations.
      if (/^quarters?$/i.test(unitWord) && (hyphen || /^\s+of\b/.test(after) || /^\s*-?\s*\d/.test(after))) return null;
      if (/^second$/i.test(unitWord) && !hyphen) return null;
      // Adjectival durations ("the five-year plan") leave the noun phrase's determiner out.
      const trim = det && hyphen && !/[\s-]long$/i.test(whole) ? det.length + 1 : 0;
      const n = parseNumber(num);
      // "a week" / "an hour" are durations; a bare digit before a unit needs the unit to be plural or hyphenated.
      const half = /and a half$/i.test(m[0]) ? 0.5 : 0;
      const value = durationValue(n === null ? null : n + half, unitWord);
      if (!value) return null;
      return trim ? { type: 'DURATION', value, trim } : { type: 'DURATION', value };
    },
  },
  {
    // Bare plurals after "for", "in", "over", "within": "for years", "in decades", "decades-long".
    name: 'vague-duration',
    starts: [...STARTS.unit, 'many'],
    re: compile(
      '(?<=\\b(?:for|in|over|within|took|take|takes|lasted)\\s)(?:many\\s)?(minutes|hours|days|weeks|months|years|decades|centuries)(?!\\s(?:ago|of|later|earlier|before|after)){E}|{B}(decades|years|months)-long{E}',
      F,
    ),
    build: (m) => {
      const value = durationValue(null, (m[1] ?? m[2])!);
      return value ? { type: 'DURATION', value } : null;
    },
  },
];
