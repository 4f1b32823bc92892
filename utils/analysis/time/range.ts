/**
 * The calendar range a TIMEX3 value covers, for timelines. Conventions (documented choices):
 * seasons are the northern-hemisphere meteorological ones (SP = Mar–May, SU = Jun–Aug, FA = Sep–Nov,
 * WI = Dec of the year to the end of Feb of the next); halves are Jan–Jun / Jul–Dec; "WE" is Saturday–Sunday;
 * a decade "199" is 1990–1999 and a century "19" is 1900–1999 (the value's digits, as TIMEX3 writes them);
 * "199X" is the decade too; PAST_REF, PRESENT_REF, FUTURE_REF, durations, sets and values with unknown
 * parts ("XXXX-05") have no calendar range (both ends null).
 */
import { addDays, daysInMonth, formatYmd, isoWeekMonday } from './calendar';

const NONE = { start: null, end: null } as const;

function span(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): { start: string; end: string } {
  return { start: formatYmd({ y: y1, m: m1, d: d1 }), end: formatYmd({ y: y2, m: m2, d: d2 }) };
}

/** Calendar range (ISO dates, inclusive) of a TIMEX3 value; nulls where the range is open or unknown. */
export function timexRange(value: string): { start: string | null; end: string | null } {
  const v = (typeof value === 'string' ? value : '').split('T')[0]!;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) {
    const d = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: d, end: d };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? span(y, mo, 1, y, mo, daysInMonth(y, mo)) : NONE;
  }
  if ((m = /^(\d{4})$/.exec(v))) return span(Number(m[1]), 1, 1, Number(m[1]), 12, 31);
  if ((m = /^(\d{3})X?$/.exec(v))) return span(Number(m[1]) * 10, 1, 1, Number(m[1]) * 10 + 9, 12, 31);
  if ((m = /^(\d{2})(?:XX)?$/.exec(v))) return span(Number(m[1]) * 100, 1, 1, Number(m[1]) * 100 + 99, 12, 31);
  if ((m = /^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$/.exec(v))) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    if (!m[3]) return { start: formatYmd(monday), end: formatYmd(addDays(monday, 6)) };
    if (m[3] === 'WE') return { start: formatYmd(addDays(monday, 5)), end: formatYmd(addDays(monday, 6)) };
    const day = formatYmd(addDays(monday, Number(m[3]) - 1));
    return { start: day, end: day };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    return span(y, q * 3 - 2, 1, y, q * 3, daysInMonth(y, q * 3));
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const y = Number(m[1]);
    return m[2] === '1' ? span(y, 1, 1, y, 6, 30) : span(y, 7, 1, y, 12, 31);
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) {
    const y = Number(m[1]);
    if (m[2] === 'WI') return span(y, 12, 1, y + 1, 2, daysInMonth(y + 1, 2));
    const first = { SP: 3, SU: 6, FA: 9 }[m[2] as 'SP' | 'SU' | 'FA'];
    return span(y, first, 1, y, first + 2, daysInMonth(y, first + 2));
  }
  return NONE;
}
