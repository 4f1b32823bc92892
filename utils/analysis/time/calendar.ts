/**
 * Proleptic Gregorian calendar arithmetic on plain {y, m, d} triples (no Date objects, no time zones),
 * and the ISO 8601 week numbering TIMEX3 uses ("2023-W45").
 */

/** A calendar date; m is 1–12, d is 1–31. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Zero-pads `n` to `width` digits. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Whether `y` is a leap year. */
export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Days since 1970-01-01 (negative before). */
export function toDays({ y, m, d }: Ymd): number {
  // Howard Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `toDays`. */
export function fromDays(z: number): Ymd {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** `date` moved by `n` days. */
export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: Ymd): number {
  return ((((toDays(date) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week-numbering year and week of `date`. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekday(date));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

/** Number of ISO weeks (52 or 53) in ISO year `year`: the week of 28 December, which is always in the year's last week. */
export function isoWeeksInYear(year: number): number {
  return isoWeek({ y: year, m: 12, d: 28 }).week;
}

/** Monday of ISO week `week` of ISO year `year`. */
export function isoWeekMonday(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  return addDays(jan4, 1 - weekday(jan4) + (week - 1) * 7);
}

/** "YYYY-MM-DD". */
export function formatYmd({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** "YYYY-Www" of the ISO week containing `date`. */
export function formatWeek(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Whether y-m-d is a real calendar date. */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses the date part of an ISO date or datetime ("2023-11-08", "2023-11-08T09:30:00+09:00"); null if invalid. */
export function parseIsoDate(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s?.trim() ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}
