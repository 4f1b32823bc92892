/**
 * Resolution of underspecified and relative expressions against the document creation time (DCT),
 * the way HeidelTime does for news. With no DCT, values keep "X" placeholders for what the DCT would
 * supply ("XXXX-05", "XXXX-WXX-5") and are flagged unresolved — never guessed from today's date.
 */
import { addDays, formatWeek, formatYmd, isoWeek, pad, weekday, type Ymd } from './calendar';
import type { Tense } from './tense';

/** A resolved value; `unresolved` when the DCT was needed but missing. */
export interface Resolved {
  value: string;
  unresolved?: boolean;
}

const unresolved = (value: string): Resolved => ({ value, unresolved: true });

/** Quarter (1–4) of month m. */
export const quarterOf = (m: number): number => Math.ceil(m / 3);

/** Months after the DCT's that a clause not marked as future still reads as this year's ("said it would vote in December"). */
const NEAR_FUTURE_MONTHS = 2;

/**
 * The year of an underspecified month (and day), as a news reader takes it: the DCT's year, except that
 * a month well after the DCT's is last year's unless the clause is in the future tense (news mostly
 * reports the past), and a month before the DCT's in a future-tense clause is next year's.
 */
export function yearFor(dct: Ymd, month: number, day: number | null, tense: Tense): number {
  const ahead = month - dct.m;
  if (tense !== 'future' && ahead > NEAR_FUTURE_MONTHS) return dct.y - 1;
  // Only an earlier month: a day earlier in the DCT's own month is a deadline just passed ("by Jan. 14" on Jan. 15),
  // far likelier than one almost a year ahead.
  if (tense === 'future' && ahead < 0) return dct.y + 1;
  return dct.y;
}

/** NEAR_FUTURE_MONTHS in weeks, so that a week number and a month name are read alike. */
const NEAR_FUTURE_WEEKS = Math.round((NEAR_FUTURE_MONTHS * 52) / 12);

/**
 * The ISO year of a week number given without one ("in week 45"), by `yearFor`'s policy: the DCT's ISO year, except
 * that a week well after the DCT's is last year's unless the clause is in the future tense, and an earlier week in a
 * future-tense clause is next year's.
 */
export function isoYearForWeek(dct: Ymd, week: number, tense: Tense): number {
  const current = isoWeek(dct);
  const ahead = week - current.week;
  if (tense !== 'future' && ahead > NEAR_FUTURE_WEEKS) return current.year - 1;
  if (tense === 'future' && ahead < 0) return current.year + 1;
  return current.year;
}

/** "last"/"next"/"this" applied to a month name: the previous/next occurrence strictly before/after the DCT's month. */
export function monthWithModifier(dct: Ymd | null, month: number, mod: string, tense: Tense): Resolved {
  if (!dct) return unresolved(`XXXX-${pad(month)}`);
  let y: number;
  if (mod === 'last' || mod === 'past' || mod === 'previous') y = month < dct.m ? dct.y : dct.y - 1;
  else if (mod === 'next' || mod === 'coming') y = month > dct.m ? dct.y : dct.y + 1;
  else if (mod === 'this') y = dct.y;
  else y = yearFor(dct, month, null, tense);
  return { value: `${pad(y, 4)}-${pad(month)}` };
}

/** The date of a weekday: past tense → on or before the DCT, future → on or after; "last"/"next" exclude the DCT's week day. */
export function weekdayDate(dct: Ymd | null, wd: number, mod: string, tense: Tense): Resolved & { date?: Ymd } {
  if (!dct) return unresolved(`XXXX-WXX-${wd}`);
  const today = weekday(dct);
  const back = (today - wd + 7) % 7;
  const fwd = (wd - today + 7) % 7;
  let delta: number;
  if (mod === 'last' || mod === 'past' || mod === 'previous') delta = -(back || 7);
  else if (mod === 'next' || mod === 'coming') delta = fwd || 7;
  else if (mod === 'this') delta = fwd <= 3 || tense === 'future' ? fwd : -back;
  else if (tense === 'future') delta = fwd;
  else delta = -back;
  const date = addDays(dct, delta);
  return { value: formatYmd(date), date };
}

/**
 * The value `n` units away from the DCT at the unit's granularity ("last month" → shift(-1, 'month')).
 * Returns null for units without a calendar granularity.
 */
export function shift(dct: Ymd | null, unit: string, n: number): Resolved | null {
  if (!dct) {
    const ph: Record<string, string> = {
      day: 'XXXX-XX-XX',
      night: 'XXXX-XX-XX',
      week: 'XXXX-WXX',
      weekend: 'XXXX-WXX-WE',
      month: 'XXXX-XX',
      quarter: 'XXXX-QX',
      year: 'XXXX',
      decade: 'XXX',
      century: 'XX',
    };
    return ph[unit] ? unresolved(ph[unit]) : null;
  }
  switch (unit) {
    case 'day':
    case 'night':
      return { value: formatYmd(addDays(dct, n)) };
    case 'week':
      return { value: formatWeek(addDays(dct, 7 * n)) };
    case 'weekend':
      return { value: `${formatWeek(addDays(dct, 7 * n))}-WE` };
    case 'month': {
      const k = dct.y * 12 + dct.m - 1 + n;
      return { value: `${pad(Math.floor(k / 12), 4)}-${pad((k % 12) + 1)}` };
    }
    case 'quarter': {
      const k = dct.y * 4 + quarterOf(dct.m) - 1 + n;
      return { value: `${pad(Math.floor(k / 4), 4)}-Q${(k % 4) + 1}` };
    }
    case 'year':
      return { value: pad(dct.y + n, 4) };
    case 'decade':
      return { value: pad(Math.floor(dct.y / 10) + n, 3) };
    case 'century':
      return { value: pad(Math.floor(dct.y / 100) + n, 2) };
    default:
      return null;
  }
}

/** The year of a season: "last summer" is the latest one already begun, "next" the first not yet begun. */
export function seasonYear(dct: Ymd, code: string, mod: string, tense: Tense): number {
  const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  const begun = dct.m >= (startMonth[code] ?? 1);
  if (mod === 'last' || mod === 'past') return begun && dct.m > (startMonth[code] ?? 1) + 2 ? dct.y : dct.y - 1;
  if (mod === 'next' || mod === 'coming') return begun ? dct.y + 1 : dct.y;
  if (mod === 'this') return dct.y;
  if (mod === '') return tense === 'past' && !begun ? dct.y - 1 : dct.y;
  return dct.y;
}

const PRECISION_NEEDED: Record<string, number> = { year: 0, decade: 0, century: 0, quarter: 1, month: 1 };

/**
 * The date of an earlier calendar value ("1998", "1998-06", "1998-06-03") as an anchor for `unit` steps, or
 * null when it is not precise enough ("two days later" cannot follow "in 1998").
 */
export function referentOf(value: string | null, unit: string): Ymd | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!m) return null;
  const precision = m[3] ? 2 : m[2] ? 1 : 0;
  if (precision < (PRECISION_NEEDED[unit] ?? 2)) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : 1, d: m[3] ? Number(m[3]) : 1 };
}
