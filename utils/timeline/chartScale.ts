/**
 * The arithmetic of the timeline chart: the visible time window, zoom and pan within limits, axis ticks whose unit
 * follows the zoom (centuries down to days), and lanes so that overlapping events do not hide each other. Pure;
 * times are epoch milliseconds at UTC midnight, since event dates are calendar days without a zone.
 */

export const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;

/** The visible window, start inclusive, end exclusive. */
export interface View {
  start: number;
  end: number;
}

/** The narrowest window: a few days, so single days are wide enough to read. */
export const MIN_SPAN = 4 * DAY_MS;
/** The widest window: a few centuries, beyond which news dates are rare. */
export const MAX_SPAN = 500 * YEAR_MS;

/** "2023-05-01" → epoch ms at UTC midnight. */
export function dayToMs(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** The window that shows every item, with a margin; a default year around `now` when there are none. */
export function fitView(items: readonly View[], now: number = Date.now()): View {
  if (items.length === 0) return { start: now - YEAR_MS / 2, end: now + YEAR_MS / 2 };
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start);
    end = Math.max(end, item.end);
  }
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN * 8, (end - start) * 1.1));
  const middle = (start + end) / 2;
  return { start: middle - span / 2, end: middle + span / 2 };
}

/** Ranges longer than this (decades, centuries) do not decide the first view on their own. */
const BROAD_MS = 400 * DAY_MS;

/**
 * The first view: fitted to the events dated to a year or finer when there are any, so that one "the 1990s" does not
 * squeeze a year of news into a few pixels; "Fit all" ({@link fitView}) shows the broad ranges too.
 */
export function initialView(items: readonly View[], now: number = Date.now()): View {
  const precise = items.filter((i) => i.end - i.start <= BROAD_MS);
  return fitView(precise.length > 0 ? precise : items, now);
}

/** Zooms by `factor` (< 1 zooms in) keeping the time under `anchor` (a fraction of the width) in place. */
export function zoomView(view: View, factor: number, anchor = 0.5): View {
  const span = view.end - view.start;
  const next = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span * factor));
  const pivot = view.start + span * anchor;
  return { start: pivot - next * anchor, end: pivot - next * anchor + next };
}

/** Moves the window by a fraction of its width (negative: back in time). */
export function panView(view: View, fraction: number): View {
  const shift = (view.end - view.start) * fraction;
  return { start: view.start + shift, end: view.end + shift };
}

/** Tick units, finest first. */
export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

const UNIT_MS: Record<TickUnit, number> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: YEAR_MS / 12,
  quarter: YEAR_MS / 4,
  year: YEAR_MS,
  decade: 10 * YEAR_MS,
  century: 100 * YEAR_MS,
};
const UNITS = Object.keys(UNIT_MS) as TickUnit[];

/** One axis tick; `major` ticks start the next larger unit and are drawn stronger. */
export interface Tick {
  time: number;
  label: string;
  major: boolean;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first boundary of `unit` at or before `time`. */
function floorTo(time: number, unit: TickUnit): Date {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day':
      return new Date(Date.UTC(y, m, d.getUTCDate()));
    case 'week': {
      // ISO weeks start on Monday.
      const day = new Date(Date.UTC(y, m, d.getUTCDate()));
      day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
      return day;
    }
    case 'month':
      return new Date(Date.UTC(y, m, 1));
    case 'quarter':
      return new Date(Date.UTC(y, m - (m % 3), 1));
    case 'year':
      return new Date(Date.UTC(y, 0, 1));
    case 'decade':
      return new Date(Date.UTC(y - (((y % 10) + 10) % 10), 0, 1));
    case 'century':
      return new Date(Date.UTC(y - (((y % 100) + 100) % 100), 0, 1));
  }
}

function step(d: Date, unit: TickUnit): Date {
  const n = new Date(d);
  if (unit === 'day') n.setUTCDate(n.getUTCDate() + 1);
  else if (unit === 'week') n.setUTCDate(n.getUTCDate() + 7);
  else if (unit === 'month') n.setUTCMonth(n.getUTCMonth() + 1);
  else if (unit === 'quarter') n.setUTCMonth(n.getUTCMonth() + 3);
  else n.setUTCFullYear(n.getUTCFullYear() + (unit === 'year' ? 1 : unit === 'decade' ? 10 : 100));
  return n;
}

function tickFor(d: Date, unit: TickUnit): Tick {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const month = MONTH_NAMES[m]!;
  switch (unit) {
    case 'day':
    case 'week':
      return day === 1 && m === 0
        ? { time: d.getTime(), label: `${day} ${month} ${y}`, major: true }
        : { time: d.getTime(), label: `${day} ${month}`, major: day <= (unit === 'week' ? 7 : 1) };
    case 'month':
      return { time: d.getTime(), label: m === 0 ? `${month} ${y}` : month, major: m === 0 };
    case 'quarter':
      return { time: d.getTime(), label: m === 0 ? `Q1 ${y}` : `Q${m / 3 + 1}`, major: m === 0 };
    case 'year':
      return { time: d.getTime(), label: String(y), major: y % 10 === 0 };
    case 'decade':
      return { time: d.getTime(), label: `${y}s`, major: y % 100 === 0 };
    case 'century':
      return { time: d.getTime(), label: `${y}s`, major: y % 1000 === 0 };
  }
}

/** The finest unit whose ticks stay at least `minSpacing` pixels apart, and its ticks within the view. */
export function axisTicks(view: View, width: number, minSpacing = 72): { unit: TickUnit; ticks: Tick[] } {
  const msPerPx = (view.end - view.start) / Math.max(1, width);
  const unit = UNITS.find((u) => UNIT_MS[u] / msPerPx >= minSpacing) ?? 'century';
  const ticks: Tick[] = [];
  for (let d = floorTo(view.start, unit); d.getTime() < view.end && ticks.length < 500; d = step(d, unit)) {
    if (d.getTime() >= view.start) ticks.push(tickFor(d, unit));
  }
  return { unit, ticks };
}

/**
 * Lanes for items laid out left to right (pixel extents, sorted or not): each goes to the first lane where it
 * clears the previous item by `gap` pixels; past `maxLanes` they share the last lane.
 */
export function assignLanes(items: readonly { x1: number; x2: number }[], gap: number, maxLanes: number): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.x1 - items[b]!.x1);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(items.length).fill(0);
  for (const i of order) {
    const { x1, x2 } = items[i]!;
    let lane = laneEnds.findIndex((end) => x1 >= end + gap);
    if (lane < 0) lane = laneEnds.length < maxLanes ? laneEnds.length : maxLanes - 1;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, x2);
    lanes[i] = lane;
  }
  return lanes;
}

/** "May 2023 – Dec 2023": the visible window in words, for the chart's label and screen readers. */
export function describeView(view: View): string {
  const fmt = (t: number) => {
    const d = new Date(t);
    return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  };
  return `${fmt(view.start)} – ${fmt(view.end - 1)}`;
}
