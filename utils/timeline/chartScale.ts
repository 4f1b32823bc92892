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

/** Maps a time to its x in pixels for a chart `width` pixels wide showing `view`. */
export function timeToX(view: View, width: number): (time: number) => number {
  return (time) => ((time - view.start) / (view.end - view.start)) * width;
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

/** Tick steps, finest first: a calendar field and how many of it per tick. */
const STEPS = [
  { name: 'day', field: 'day', n: 1 },
  { name: '2 days', field: 'day', n: 2 },
  { name: 'week', field: 'day', n: 7 },
  { name: 'month', field: 'month', n: 1 },
  { name: 'quarter', field: 'month', n: 3 },
  { name: 'half-year', field: 'month', n: 6 },
  { name: 'year', field: 'year', n: 1 },
  { name: '2 years', field: 'year', n: 2 },
  { name: '5 years', field: 'year', n: 5 },
  { name: 'decade', field: 'year', n: 10 },
  { name: '20 years', field: 'year', n: 20 },
  { name: '50 years', field: 'year', n: 50 },
  { name: 'century', field: 'year', n: 100 },
] as const;

/** The name of a tick step ("day", "quarter", "5 years"…). */
export type TickUnit = (typeof STEPS)[number]['name'];
type Step = (typeof STEPS)[number];

const APPROX_MS = { day: DAY_MS, month: YEAR_MS / 12, year: YEAR_MS } as const;

/** One axis tick; `major` ticks start the next larger unit and are drawn stronger. */
export interface Tick {
  time: number;
  label: string;
  major: boolean;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** The first tick of `step` at or before `time`. */
function floorTo(time: number, step: Step): Date {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (step.field === 'year') return new Date(Date.UTC(y - mod(y, step.n), 0, 1));
  if (step.field === 'month') return new Date(Date.UTC(y, m - mod(m, step.n), 1));
  const day = Date.UTC(y, m, d.getUTCDate());
  // Weeks start on Monday (1 Jan 1970 was a Thursday); two-day steps keep to even days since the epoch.
  const offset = step.n === 7 ? mod(day / DAY_MS - 4, 7) : mod(day / DAY_MS, step.n);
  return new Date(day - offset * DAY_MS);
}

function next(d: Date, step: Step): Date {
  const n = new Date(d);
  if (step.field === 'day') n.setUTCDate(n.getUTCDate() + step.n);
  else if (step.field === 'month') n.setUTCMonth(n.getUTCMonth() + step.n);
  else n.setUTCFullYear(n.getUTCFullYear() + step.n);
  return n;
}

function tickFor(d: Date, step: Step): Tick {
  const time = d.getTime();
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const month = MONTH_NAMES[m]!;
  if (step.field === 'day') {
    if (day === 1 && m === 0) return { time, label: `${day} ${month} ${y}`, major: true };
    return { time, label: `${day} ${month}`, major: day <= step.n };
  }
  if (step.field === 'month') {
    const first = m === 0;
    if (step.n === 1) return { time, label: first ? `${month} ${y}` : month, major: first };
    const part = step.n === 3 ? `Q${m / 3 + 1}` : `H${m / 6 + 1}`;
    return { time, label: first ? `${part} ${y}` : part, major: first };
  }
  const bigger = step.n < 10 ? 10 : step.n * 5;
  return { time, label: step.n < 10 ? String(y) : `${y}s`, major: mod(y, bigger) === 0 };
}

/** The finest step whose ticks stay at least `minSpacing` pixels apart, and its ticks within the view. */
export function axisTicks(view: View, width: number, minSpacing = 72): { unit: TickUnit; ticks: Tick[] } {
  const msPerPx = (view.end - view.start) / Math.max(1, width);
  const step = STEPS.find((s) => (APPROX_MS[s.field] * s.n) / msPerPx >= minSpacing) ?? STEPS[STEPS.length - 1]!;
  const ticks: Tick[] = [];
  for (let d = floorTo(view.start, step); d.getTime() < view.end && ticks.length < 500; d = next(d, step)) {
    if (d.getTime() >= view.start) ticks.push(tickFor(d, step));
  }
  return { unit: step.name, ticks };
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
