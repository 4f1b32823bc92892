/**
 * Where the timeline chart draws its event markers: each dated event's extent in time, which ones fall in the view,
 * their pixel extents (a dot for anything narrower than a dot) and their lanes. Pure, like chartScale.
 */
import { assignLanes, DAY_MS, dayToMs, timeToX, type View } from './chartScale';
import type { MergedEvent } from './mergeEvents';

/** A dated event and its extent: midnight of its first day to midnight after its last, epoch ms (UTC). */
export interface PlacedEvent extends View {
  event: MergedEvent;
}

/** A marker to draw: its pixel extent, whether it is a dot, and its lane counted from the top. */
export interface Marker extends PlacedEvent {
  x1: number;
  x2: number;
  point: boolean;
  lane: number;
}

/** Ranges narrower than this many pixels are drawn as a dot this wide, so that a day stays visible and clickable. */
const POINT_WIDTH = 10;
/** The least gap in pixels between two markers in one lane. */
const LANE_GAP = 3;

/** Each event with its extent; every event must have a calendar date (`start`). */
export function placeEvents(events: readonly MergedEvent[]): PlacedEvent[] {
  return events.map((event) => ({
    event,
    start: dayToMs(event.start!),
    end: dayToMs(event.end ?? event.start!) + DAY_MS,
  }));
}

/** Whether the extent overlaps the view. */
export function inView(item: View, view: View): boolean {
  return item.end > view.start && item.start < view.end;
}

/**
 * The events in view, and markers for the first `maxMarkers` of them (more are not drawn one by one), spread over at
 * most `laneCount` lanes.
 */
export function layoutMarkers(
  items: readonly PlacedEvent[],
  view: View,
  width: number,
  maxMarkers: number,
  laneCount: number,
): { visible: PlacedEvent[]; markers: Marker[] } {
  const x = timeToX(view, width);
  const visible = items.filter((i) => inView(i, view));
  const extents = visible.slice(0, maxMarkers).map((i) => {
    const x1 = x(i.start);
    const x2 = x(i.end);
    const point = x2 - x1 < POINT_WIDTH;
    const middle = (x1 + x2) / 2;
    return point ? { x1: middle - POINT_WIDTH / 2, x2: middle + POINT_WIDTH / 2, point } : { x1, x2, point };
  });
  const lanes = assignLanes(extents, LANE_GAP, laneCount);
  const markers = extents.map((extent, i) => ({ ...visible[i]!, ...extent, lane: lanes[i]! }));
  return { visible, markers };
}

/** The view moved, its span kept, to centre `item` when it lies outside; the same view when it is in it. */
export function revealView(view: View, item: View): View {
  if (inView(item, view)) return view;
  const span = view.end - view.start;
  const middle = (item.start + item.end) / 2;
  return { start: middle - span / 2, end: middle + span / 2 };
}

/** Where zooming keeps still, as a fraction of the width: the middle of `item` (kept within the view), else 0.5. */
export function zoomAnchor(view: View, item: View | undefined): number {
  if (!item) return 0.5;
  const middle = (item.start + item.end) / 2;
  return Math.min(1, Math.max(0, (middle - view.start) / (view.end - view.start)));
}
