/**
 * Rules for expressions relative to the publication date: "yesterday", "last month", "this week",
 * "earlier this year", "two years ago", "last Friday", "the weekend", "the quarter".
 */
import { addDays, formatYmd } from '../calendar';
import { referentOf, shift, weekdayDate } from '../anchor';
import { parseNumber, RX, UNITS, unitOf, WEEKDAYS, DAY_PARTS, STARTS } from '../lexicon';
import { B, capitalised, compile, E, hit, type Rule, type RuleContext, type RuleHit } from './rule';

const F = {
  ...RX,
  B,
  E,
  mod: '(?:early|late|earlier|later|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of)',
  approx: '(?:more than|less than|no more than|at least)',
};

const DAY_WORDS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** Direction of a relative modifier: -1 last, 0 this, +1 next. */
function direction(mod: string, ctx: RuleContext, unit: string): number | null {
  const w = mod.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:this|the current|current|the present|this coming)$/.test(w)) return 0;
  if (/^(?:last|the last|the past|the previous|previous|past|this past|the preceding)$/.test(w)) return -1;
  if (/^(?:next|the next|the coming|the following|coming)$/.test(w)) return 1;
  if (/^(?:the latest|the most recent|latest|most recent)$/.test(w)) return unit === 'quarter' ? -1 : 0;
  // Bare "the quarter"/"the weekend": the one just gone in a past-tense clause, else the current/next one.
  if (w === 'the' && unit !== 'quarter' && unit !== 'weekend') return 0;
  if (w === 'the') return ctx.tense() === 'past' ? -1 : unit === 'weekend' && ctx.tense() === 'future' ? 1 : 0;
  return null;
}

/** "two years ago": the DCT shifted at the unit's granularity; vague amounts ("years ago") → PAST_REF. */
function ago(
  amount: string | undefined,
  unitWord: string,
  sign: number,
  ctx: RuleContext,
  fromReferent = false,
): RuleHit | null {
  const unit = unitOf(unitWord);
  const n = amount ? parseNumber(amount) : null;
  if (n === null || !Number.isInteger(n)) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  const spec = UNITS[unit];
  if (!spec) return null;
  if (spec.time)
    return ctx.dct
      ? { type: 'DATE', value: formatYmd(ctx.dct) }
      : { type: 'DATE', value: 'XXXX-XX-XX', unresolved: true };
  // "a year earlier" after a quarter in the text means that quarter a year before (earnings reports).
  if (unit === 'year' && ctx.lastQuarter && /^\d{4}-Q\d$/.test(ctx.lastQuarter.value)) {
    const y = Number(ctx.lastQuarter.value.slice(0, 4)) + sign * n;
    return { type: 'DATE', value: `${y}${ctx.lastQuarter.value.slice(4)}` };
  }
  const base = unit === 'decade' || unit === 'century' ? 'year' : unit;
  // "two years later" counts from the story's last date, not from publication; with none it is left to
  // the duration rule ("two years").
  if (fromReferent) {
    const ref = referentOf(ctx.lastDate, base);
    const r = ref && shift(ref, base, sign * n * spec.factor);
    return r ? { type: 'DATE', value: r.value } : null;
  }
  const r = shift(ctx.dct, base, sign * n * spec.factor);
  return r ? hit('DATE', r) : null;
}

export const relativeRules: Rule[] = [
  {
    // "today", "yesterday morning", "late yesterday", "tonight", "the day before yesterday".
    name: 'day-word',
    starts: [...STARTS.dayWord, 'early', 'late', 'earlier', 'later', 'the'],
    re: compile(
      '{B}(?:(early|late|earlier|later)\\s)?(?:the\\sday\\s(before|after)\\s)?(today|tonight|yesterday|tomorrow)(?:\\s({dayPart}))?{E}',
      F,
    ),
    build: (m, ctx) => {
      const word = m[3]!.toLowerCase();
      const offset = (DAY_WORDS[word] ?? 0) + (m[2] ? (m[2].toLowerCase() === 'before' ? -1 : 1) : 0);
      const part = word === 'tonight' ? 'NI' : m[4] ? DAY_PARTS[m[4].toLowerCase()] : undefined;
      const type = part ? 'TIME' : 'DATE';
      if (!ctx.dct) return { type, value: `XXXX-XX-XX${part ? `T${part}` : ''}`, unresolved: true };
      return { type, value: `${formatYmd(addDays(ctx.dct, offset))}${part ? `T${part}` : ''}` };
    },
  },
  {
    // "this morning", "last night", "this afternoon".
    name: 'day-part',
    starts: ['this', 'last', 'later', 'earlier'],
    re: compile('{B}(?:(?:later|earlier)\\s)?(this|last)\\s({dayPart}){E}', F),
    build: (m, ctx) => {
      const last = m[1]!.toLowerCase() === 'last';
      const part = DAY_PARTS[m[2]!.toLowerCase()]!;
      if (last && part !== 'NI') return null;
      if (!ctx.dct) return { type: 'TIME', value: `XXXX-XX-XXT${part}`, unresolved: true };
      return { type: 'TIME', value: `${formatYmd(addDays(ctx.dct, last ? -1 : 0))}T${part}` };
    },
  },
  {
    // "last month", "this week", "next year", "earlier this year", "the past year", "the quarter".
    name: 'this-last-next',
    starts: ['early', 'late', 'earlier', 'later', 'the', 'this', 'last', 'next', 'current', 'previous'],
    re: compile(
      '{B}(?:({mod})[\\s-](?:in\\s)?)?(this past|this coming|this|last|next|the past|the previous|the last|the next|the coming|the current|the following|the latest|the most recent|the preceding|current|previous|the)\\s(?:(fiscal|calendar)\\s)?(week|weekend|month|quarter|year|decade|century){E}',
      F,
    ),
    build: (m, ctx) => {
      const unit = m[4]!.toLowerCase();
      const det = m[2]!.toLowerCase();
      // Bare "the year/month/week" are anaphoric or durations; only "the quarter"/"the weekend" are dated.
      if (det === 'the' && !m[1] && unit !== 'quarter' && unit !== 'weekend') return null;
      const dir = direction(det, ctx, unit);
      if (dir === null) return null;
      const r = shift(ctx.dct, unit, dir);
      return r ? hit('DATE', r) : null;
    },
  },
  {
    // "two years ago", "a year earlier", "three weeks from now", "decades ago".
    name: 'ago',
    anaphoric: true,
    starts: [...STARTS.number, ...STARTS.unit, 'more', 'less', 'no', 'at'],
    re: compile(
      '{B}(?:{approx}\\s)?(?:({number}|an?)\\s)?({unit})(?:\\sor\\s(?:so|two))?\\s(ago|earlier|later|from\\snow|hence|back)(?![\\p{L}\\p{N}]|\\s(?:than|that|the|a|an|his|her|its|their))',
      F,
    ),
    build: (m, ctx) => {
      const dir = /^(?:ago|earlier|back)$/i.test(m[3]!) ? -1 : 1;
      if (!m[1] && !/s$/i.test(m[2]!)) return null;
      return ago(m[1], m[2]!, dir, ctx, /^later$/i.test(m[3]!));
    },
  },
  {
    // "year-earlier", "year-ago" (adjectives of earnings reports), "the year-earlier quarter".
    name: 'year-ago-adjective',
    anaphoric: true,
    starts: ['the', 'its', 'comparable', 'corresponding', 'same', 'year', 'a'],
    re: compile(
      '{B}(?:(the|its)\\s)?(?:(?:comparable|corresponding|same)\\s)?(?:year|a\\syear)[\\s-](?:earlier|ago)(?:\\s((?:first|second|third|fourth|fiscal)\\s)?(quarter|period|nine\\smonths|six\\smonths|half)(?![\\p{L}])|(?=[\\s-][\\p{L}]))',
      F,
    ),
    build: (m, ctx) => {
      const r = ago('1', 'year', -1, ctx);
      // Without a head noun the determiner belongs to the noun phrase, not to the expression.
      return r && m[1] && !m[3] ? { ...r, trim: m[1].length + 1 } : r;
    },
  },
  {
    // "Friday", "last Friday", "this coming Sunday", "Friday morning".
    name: 'weekday',
    starts: [...STARTS.weekday, 'last', 'next', 'this', 'coming', 'past', 'early', 'late'],
    re: compile(
      '{B}(?:(last|next|this|this past|this coming|coming|past|early|late)\\s)?({weekday})(?:\\s({dayPart}))?{E}',
      F,
    ),
    build: (m, ctx) => {
      if (!capitalised(m[2])) return null;
      const mod = (m[1] ?? '').toLowerCase().replace(/^this (past|coming)$/, '$1');
      const r = weekdayDate(ctx.dct, WEEKDAYS[m[2]!.toLowerCase()]!, mod, ctx.tense());
      const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : undefined;
      if (part) return hit('TIME', { value: `${r.value}T${part}`, unresolved: r.unresolved });
      return hit('DATE', r);
    },
  },
];
