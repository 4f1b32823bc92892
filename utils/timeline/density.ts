/**
 * The arithmetic of the timeline chart's density bars: which calendar unit the bars count by at a zoom level, the
 * window of buckets read around the view, bucket keys as time ranges and labels, and the extent the counts span.
 * Pure. Bucket keys are prefixes of ISO days ("2023", "2023-05", "2023-05-07"), so a bucket is every day key that
 * starts with it: one index range in the database.
 */
import { DAY_MS, type View } from './chartScale';

/** What a density bar counts by. */
export type DensityUnit = 'year' | 'month' | 'day';

/** How many matching events start within a bucket. */
export interface DensityBucket {
  /** "2023" (year), "2023-05" (month) or "2023-05-07" (day). */
  key: string;
  count: number;
}

/** A window of month or day buckets to read: keys from `from` (inclusive) to `to` (exclusive), of one unit. */
export interface DensityWindow {
  unit: 'month' | 'day';
  from: string;
  to: string;
}

/** Bars narrower than this (pixels) would blur into each other: the unit gets coarser. */
export const MIN_BAR_PX = 6;

const KEY_LENGTH: Record<DensityUnit, number> = { year: 4, month: 7, day: 10 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The unit of a bucket key. */
export function unitOf(key: string): DensityUnit {
  return key.length === KEY_LENGTH.day ? 'day' : key.length === KEY_LENGTH.month ? 'month' : 'year';
}

/** The bucket of `unit` that a day ("2023-05-07") falls in. */
export function bucketOfDay(day: string, unit: DensityUnit): string {
  return day.slice(0, KEY_LENGTH[unit]);
}

/** The bucket key of `unit` holding the instant `ms` (UTC). Years outside 0–9999 are clamped (keys have 4 digits). */
export function keyAt(ms: number, unit: DensityUnit): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < 0) return unit === 'year' ? '0000' : unit === 'month' ? '0000-01' : '0000-01-01';
  if (y > 9999) return unit === 'year' ? '9999' : unit === 'month' ? '9999-12' : '9999-12-31';
  const year = pad(y, 4);
  if (unit === 'year') return year;
  const month = `${year}-${pad(d.getUTCMonth() + 1, 2)}`;
  return unit === 'month' ? month : `${month}-${pad(d.getUTCDate(), 2)}`;
}

/** The time a bucket covers, UTC midnight to UTC midnight (end exclusive). */
export function bucketRange(key: string): View {
  const [y, m, d] = key.split('-').map(Number) as [number, number?, number?];
  const start = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  start.setUTCFullYear(y);
  const end = new Date(start);
  if (d !== undefined) end.setUTCDate(d + 1);
  else if (m !== undefined) end.setUTCMonth(m);
  else end.setUTCFullYear(y + 1);
  return { start: start.getTime(), end: end.getTime() };
}

/** The next bucket key of the same unit. */
export function nextKey(key: string): string {
  return keyAt(bucketRange(key).end, unitOf(key));
}

/** "2023", "May 2023", "7 May 2023". */
export function bucketLabel(key: string): string {
  const [y, m, d] = key.split('-');
  if (m === undefined) return String(Number(y));
  const month = `${MONTHS[Number(m) - 1]} ${Number(y)}`;
  return d === undefined ? month : `${Number(d)} ${month}`;
}

/** The finest unit whose buckets stay at least {@link MIN_BAR_PX} wide in a view `width` pixels wide. */
export function densityUnit(view: View, width: number): DensityUnit {
  const pxPerDay = (Math.max(1, width) * DAY_MS) / (view.end - view.start);
  if (pxPerDay >= MIN_BAR_PX) return 'day';
  if (pxPerDay * 28 >= MIN_BAR_PX) return 'month';
  return 'year';
}

/**
 * The buckets to read for a view: the view and one view's width on either side (small pans need no new read), as
 * whole buckets of the unit that fits the zoom; null where year counts (read once for the whole timeline) suffice.
 */
export function densityWindow(view: View, width: number): DensityWindow | null {
  const unit = densityUnit(view, width);
  if (unit === 'year') return null;
  const span = view.end - view.start;
  return { unit, from: keyAt(view.start - span, unit), to: nextKey(keyAt(view.end + span, unit)) };
}

/** True when `window` was read for `unit` and holds every bucket the view touches. */
export function windowCovers(window: DensityWindow | null, view: View, width: number): boolean {
  const unit = densityUnit(view, width);
  if (unit === 'year') return window === null;
  if (window === null || window.unit !== unit) return false;
  return window.from <= keyAt(view.start, unit) && keyAt(view.end, unit) < window.to;
}

/**
 * The time the counted events span: from the first to the last non-empty year, or, with `trim`, leaving out the
 * earliest and latest `trim` share of the events (a few "the 1900s" should not squeeze a year of news into pixels).
 * Null when nothing is counted.
 */
export function countedExtent(years: readonly DensityBucket[], trim = 0): View | null {
  const nonEmpty = years.filter((b) => b.count > 0);
  const total = nonEmpty.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  let seen = 0;
  let first: string | undefined;
  let last: string | undefined;
  for (const b of nonEmpty) {
    seen += b.count;
    if (first === undefined && seen > total * trim) first = b.key;
    if (last === undefined && seen >= total * (1 - trim)) last = b.key;
  }
  return { start: bucketRange(first!).start, end: bucketRange(last!).end };
}
