/**
 * Rules for calendar dates written out: ISO and numeric dates, month–day(–year), day–month(–year),
 * month–year, bare months (year from DCT and tense), bare years, fiscal years, decades and centuries.
 */
import { formatWeek, pad, isValidYmd } from '../calendar';
import { monthWithModifier, yearFor } from '../anchor';
import { monthOf, parseOrdinal, RX, STARTS } from '../lexicon';
import { B, capitalised, compile, E, hit, type Rule, type RuleContext, type RuleHit } from './rule';

const F = { ...RX, B, E, mod: '(?:early|mid|late|the end of|the beginning of|the start of|the middle of)' };

/** Full date or month-day without a year: year from the DCT and tense; placeholder without a DCT. */
function monthDay(month: number, day: number, year: string | undefined, ctx: RuleContext): RuleHit | null {
  if (year) {
    const y = Number(year.length === 2 ? `19${year}` : year);
    return isValidYmd(y, month, day) ? { type: 'DATE', value: `${pad(y, 4)}-${pad(month)}-${pad(day)}` } : null;
  }
  if (!isValidYmd(2000, month, day)) return null;
  if (!ctx.dct) return { type: 'DATE', value: `XXXX-${pad(month)}-${pad(day)}`, unresolved: true };
  const y = yearFor(ctx.dct, month, day, ctx.tense());
  return isValidYmd(y, month, day) ? { type: 'DATE', value: `${pad(y, 4)}-${pad(month)}-${pad(day)}` } : null;
}

const NAME_BEFORE = /\p{Lu}[\p{L}.]*\s+$/u;
const NOT_NAME =
  /(?:^|\s)(?:In|On|By|Since|Until|From|Through|Last|Next|This|Early|Late|Mid|The|And|Or|Of|Between)\s+$/u;

export const calendarDateRules: Rule[] = [
  {
    name: 'iso-date',
    starts: ['#d'],
    re: compile('{B}(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::\\d{2})?)?(?![\\p{N}])', F),
    build: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isValidYmd(y, mo, d)) return null;
      const date = `${m[1]}-${m[2]}-${m[3]}`;
      return m[4] ? { type: 'TIME', value: `${date}T${m[4]}:${m[5]}` } : { type: 'DATE', value: date };
    },
  },
  {
    // US order (11/08/2023); day-first when the first number cannot be a month.
    name: 'slash-date',
    starts: ['#d'],
    re: compile('{B}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\p{N}/])', F),
    build: (m) => {
      let [mo, d] = [Number(m[1]), Number(m[2])];
      if (mo > 12) [mo, d] = [d, mo];
      const y = m[3]!.length === 2 ? Number(m[3]) + (Number(m[3]) < 50 ? 2000 : 1900) : Number(m[3]);
      return isValidYmd(y, mo, d) ? { type: 'DATE', value: `${y}-${pad(mo)}-${pad(d)}` } : null;
    },
  },
  {
    // "November 8, 2023", "Tuesday, Nov. 7", "Sept. 30", "late Aug. 7".
    name: 'month-day',
    starts: [...STARTS.weekday, ...STARTS.month, 'early', 'mid', 'late'],
    re: compile(
      '{B}(?:{weekday},?\\s)?(?:(?:early|mid|late)[\\s-])?({month}|{monthAbbr})\\s({day})(?![\\p{N}]|:\\d)(?:,?\\s({year}))?(?![\\p{N}])',
      F,
    ),
    build: (m, ctx) => (capitalised(m[1]) ? monthDay(monthOf(m[1]!)!, parseOrdinal(m[2]!)!, m[3], ctx) : null),
  },
  {
    // "the week of March 6": the ISO week of that day.
    name: 'week-of',
    starts: ['the'],
    re: compile('{B}the\\sweek\\sof\\s({month}|{monthAbbr})\\s({day})(?![\\p{N}])(?:,?\\s({year}))?(?![\\p{N}])', F),
    build: (m, ctx) => {
      if (!capitalised(m[1])) return null;
      const day = monthDay(monthOf(m[1]!)!, parseOrdinal(m[2]!)!, m[3], ctx);
      if (!day || day.value.startsWith('X')) return day && { ...day, value: 'XXXX-WXX' };
      const [y, mo, d] = day.value.split('-').map(Number) as [number, number, number];
      return { type: 'DATE', value: formatWeek({ y, m: mo, d }) };
    },
  },
  {
    // "8 Nov 2023", "the 8th of November".
    name: 'day-month',
    starts: ['#d', 'the'],
    re: compile('{B}(?:the\\s)?({day})\\s(?:of\\s)?({month}|{monthAbbr})(?:,?\\s({year}))?{E}', F),
    build: (m, ctx) => (capitalised(m[2]) ? monthDay(monthOf(m[2]!)!, parseOrdinal(m[1]!)!, m[3], ctx) : null),
  },
  {
    // "July 1997", "late May 2023", "the end of November 1989".
    name: 'month-year',
    starts: [...STARTS.month, 'early', 'mid', 'late', 'the'],
    re: compile('{B}(?:{mod}[\\s-])?({month}|{monthAbbr})\\s(?:of\\s)?(?:({year})|(last|this|next)\\syear){E}', F),
    build: (m, ctx): RuleHit | null => {
      if (!capitalised(m[1])) return null;
      const month = pad(monthOf(m[1]!)!);
      if (m[2]) return { type: 'DATE', value: `${m[2]}-${month}` };
      // "July last year", "March next year".
      if (!ctx.dct) return { type: 'DATE', value: `XXXX-${month}`, unresolved: true };
      const y = ctx.dct.y + ({ last: -1, this: 0, next: 1 }[m[3]!.toLowerCase()] ?? 0);
      return { type: 'DATE', value: `${pad(y, 4)}-${month}` };
    },
  },
  {
    // Bare month names (full names only: "Jan" alone is usually a name), with "last", "next", "early" ….
    name: 'month',
    starts: [...STARTS.month, 'last', 'next', 'this', 'early', 'mid', 'late', 'the'],
    re: compile(
      '{B}(?:(last|next|this|early|mid|late|the end of|the beginning of|the start of|the middle of)[\\s-])?({month}){E}',
      F,
    ),
    build: (m, ctx) => {
      if (!capitalised(m[2])) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
      // "Theresa May", "Brian May": a capitalised word right before a bare month is a name.
      if (!m[1] && NAME_BEFORE.test(before) && !NOT_NAME.test(before)) return null;
      if (
        !m[1] &&
        m[2] === 'May' &&
        /^\s+(?:I|we|you|he|she|it|they|be|not|have)\b/.test(ctx.text.slice(m.index + 3, m.index + 12))
      ) {
        return null;
      }
      const mod = (m[1] ?? '').toLowerCase();
      return hit('DATE', monthWithModifier(ctx.dct, monthOf(m[2]!)!, mod, ctx.tense()));
    },
  },
  {
    // "1953", "fiscal 1989", "FY2023", "by 2050" (the year only), "early 1990".
    name: 'year',
    starts: ['#d', 'fiscal', 'calendar', 'fy', 'early', 'mid', 'late', 'the'],
    re: compile(
      '{B}(?:(?:fiscal(?:\\syear)?|calendar(?:\\syear)?|FY|{mod})[\\s-]?)?({year})(?![\\p{L}\\p{N}]|,\\d|\\.\\d|\\s?%|-\\d|\\s?[x×]\\s?\\d|\\s(?:percent|people|troops|tons|miles|dollars|pixels|units|shares))',
      F,
    ),
    build: (m, ctx) => {
      const prev = ctx.text.slice(Math.max(0, m.index - 4), m.index);
      const prevWord = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      // Amounts, numbers, dimensions ("1800 x 1920") and model numbers ("GTX 1080", "Windows 2000") are no years.
      if (/[$£€#]\s?$|No\.\s?$|\d[,.]$|\d\s?[x×]\s?$/.test(prev) || /\b[A-Z]{2,}\s$|\bWindows\s$/.test(prevWord))
        return null;
      return { type: 'DATE', value: m[1]! };
    },
  },
  {
    // Decades: "the 1990s", "the mid-1980s", "the '80s", "the nineties".
    name: 'decade',
    starts: [
      '#d',
      "'",
      'early',
      'mid',
      'late',
      'the',
      'twenties',
      'thirties',
      'forties',
      'fifties',
      'sixties',
      'seventies',
      'eighties',
      'nineties',
    ],
    re: compile(
      "{B}(?:the\\s)?(?:(?:early|mid|late)[\\s-])?(?:(1\\d|20)(\\d)0'?s|['’](\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){E}",
      F,
    ),
    build: (m, ctx) => {
      if (m[1]) return { type: 'DATE', value: `${m[1]}${m[2]}` };
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const d = m[3] ? Number(m[3]) : words.indexOf(m[4]!.toLowerCase()) + 2;
      // Two-digit decades are the latest one not after the DCT's decade.
      const dctDecade = ctx.dct ? Math.floor(ctx.dct.y / 10) : null;
      const century = dctDecade !== null && 200 + d <= dctDecade ? 20 : 19;
      return { type: 'DATE', value: `${century}${d}`, ...(ctx.dct ? {} : { unresolved: true }) };
    },
  },
  {
    // Centuries: "the 20th century" → 19, "the twenty-first century" → 20.
    name: 'century',
    starts: [...STARTS.ordinal, 'early', 'mid', 'late', 'the'],
    re: compile('{B}(?:the\\s)?(?:(?:early|mid|late)[\\s-])?({ordinal})[\\s-]century{E}', F),
    build: (m) => {
      const n = parseOrdinal(m[1]!);
      return n && n >= 1 && n <= 30 ? { type: 'DATE', value: pad(n - 1) } : null;
    },
  },
];
