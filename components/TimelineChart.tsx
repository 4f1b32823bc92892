import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { layoutMarkers, placeEvents, revealView, zoomAnchor } from '@/utils/timeline/chartMarkers';
import { describeView, fitView, initialView, panView, zoomView, type View } from '@/utils/timeline/chartScale';
import {
  countedExtent,
  densityUnit,
  densityWindow,
  windowCovers,
  type DensityBucket,
  type DensityWindow,
} from '@/utils/timeline/density';
import type { MergedEvent } from '@/utils/timeline/mergeEvents';
import { useChartGestures } from './TimelineChartGestures';
import { TimelineChartTicks } from './TimelineChartTicks';
import { TimelineChartToolbar } from './TimelineChartToolbar';
import { TimelineDensityBars } from './TimelineDensityBars';

/** Props of {@link TimelineChart}. */
export interface TimelineChartProps {
  /** Events with a calendar date (vague ones are listed, not plotted). */
  events: MergedEvent[];
  selectedKey: number | null;
  onSelect: (key: number) => void;
  /** Width before the chart has measured itself (and in tests, where nothing has a layout). */
  initialWidth?: number;
  /**
   * Every matching event counted per year, loaded or not (the list is read a page at a time): drawn as bars when the
   * zoom counts by year, and deciding the first view and Fit all.
   */
  overview?: readonly DensityBucket[] | null;
  /** True when `events` are the first page of more (the first view then follows `overview`, not the page). */
  partial?: boolean;
  /** Month or day counts of the window last asked for with `onDensityWindow`. */
  density?: { window: DensityWindow; buckets: readonly DensityBucket[] } | null;
  /** Asks for month or day counts around the view when the zoom needs them (null: year counts suffice). */
  onDensityWindow?: (window: DensityWindow | null) => void;
}

const LANES = 8;
const LANE_HEIGHT = 18;
const TOP = 14;
const AXIS_HEIGHT = 34;
const HEIGHT = TOP + LANES * LANE_HEIGHT + AXIS_HEIGHT;
/** More markers than this in view are not drawn one by one; the count says so. */
const MAX_MARKERS = 3000;
const ZOOM_STEP = 1.6;
/** The busiest bucket's bar reaches this far up the lanes, so the markers above stay clear. */
const DENSITY_HEIGHT = LANES * LANE_HEIGHT * 0.6;
/** The first view leaves out this share of the counted events at either end (stray old dates). */
const TRIM = 0.01;

/**
 * A hand-drawn SVG timeline: events as dots (a day) or bars (longer ranges) over a time axis whose ticks adapt from
 * centuries to days. Zoom with the wheel, a pinch, the buttons or + and −; pan by dragging, with the arrow keys or
 * the buttons; 0 or Home fits everything. Clicking an event selects it.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { events, selectedKey, onSelect, initialWidth = 800, overview, partial, density, onDensityWindow } = props;
  const items = useMemo(() => placeEvents(events), [events]);
  const counted = useMemo(() => (overview ? countedExtent(overview) : null), [overview]);
  const central = useMemo(() => (overview && partial ? countedExtent(overview, TRIM) : null), [overview, partial]);
  // When the loaded page is the first of more, it may hold only the earliest events: the first view shows where most
  // of the counted ones are. A whole timeline keeps the page's own first view.
  const firstView = () => (central ? fitView([central]) : initialView(items));
  const fitAll = () => fitView(counted ? [...items, counted] : items);
  const [view, setView] = useState<View>(firstView);
  const [width, setWidth] = useState(initialWidth);
  const svgRef = useRef<SVGSVGElement>(null);

  useEffect(() => setView(firstView()), [items, central?.start, central?.end]);

  // Month or day counts are read around the view, again only when the view leaves what was read.
  const asked = useRef<DensityWindow | null>(null);
  useEffect(() => {
    if (!onDensityWindow || windowCovers(asked.current, view, width)) return;
    asked.current = densityWindow(view, width);
    onDensityWindow(asked.current);
  }, [view, width, onDensityWindow]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(
      ([entry]) => entry && entry.contentRect.width > 0 && setWidth(entry.contentRect.width),
    );
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  // Bring a selected event into view when it was chosen from the list.
  useEffect(() => {
    const item = items.find((i) => i.event.key === selectedKey);
    if (item) setView((v) => revealView(v, item));
  }, [selectedKey, items]);

  const { visible, markers } = layoutMarkers(items, view, width, MAX_MARKERS, LANES);
  const axisY = TOP + LANES * LANE_HEIGHT + 4;

  // Buttons and keys zoom around the selected event when it is in view, else around the middle.
  const selectedItem = visible.find((i) => i.event.key === selectedKey);
  const anchor = zoomAnchor(view, selectedItem);
  const zoomIn = () => zoomView(view, 1 / ZOOM_STEP, anchor);
  const zoomOut = () => zoomView(view, ZOOM_STEP, anchor);

  const onKeyDown = (e: KeyboardEvent) => {
    const actions: Record<string, () => View> = {
      '+': zoomIn,
      '=': zoomIn,
      '-': zoomOut,
      _: zoomOut,
      ArrowLeft: () => panView(view, -0.1),
      ArrowRight: () => panView(view, 0.1),
      PageUp: () => panView(view, -0.9),
      PageDown: () => panView(view, 0.9),
      Home: fitAll,
      '0': fitAll,
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    setView(action());
  };

  const pointerHandlers = useChartGestures(svgRef, view, setView, width);

  const range = describeView(view);
  const unit = densityUnit(view, width);
  const bars = unit === 'year' ? overview : density && density.window.unit === unit ? density.buckets : null;
  const total = overview?.reduce((sum, b) => sum + b.count, 0);
  const counts =
    total === undefined
      ? `${events.length} dated events`
      : `${total.toLocaleString('en')} dated events, counted per ${unit}; ${events.length} loaded ones marked`;
  return (
    <div class="timeline-chart">
      <TimelineChartToolbar
        onZoomOut={() => setView(zoomOut())}
        onZoomIn={() => setView(zoomIn())}
        onEarlier={() => setView(panView(view, -0.5))}
        onLater={() => setView(panView(view, 0.5))}
        onFitAll={() => setView(fitAll())}
        range={range}
        capped={visible.length > MAX_MARKERS ? [MAX_MARKERS, visible.length] : null}
        barUnit={total === undefined ? null : unit}
      />
      <svg
        ref={svgRef}
        class="timeline-chart__svg"
        width="100%"
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="group"
        aria-roledescription="timeline"
        aria-label={`${counts}, showing ${range}. Plus and minus zoom, arrow keys move, 0 fits all.`}
        tabindex={0}
        onKeyDown={onKeyDown}
        {...pointerHandlers}
      >
        <TimelineChartTicks view={view} width={width} top={TOP - 8} baseline={axisY} />
        {bars && (
          <TimelineDensityBars buckets={bars} view={view} width={width} baseline={axisY} height={DENSITY_HEIGHT} />
        )}
        <line class="axis" x1={0} x2={width} y1={axisY} y2={axisY} />
        {markers.map((d) => {
          const y = TOP + d.lane * LANE_HEIGHT;
          const cls = `marker${d.event.key === selectedKey ? ' marker--selected' : ''}${d.event.sources.length > 1 ? ' marker--multi' : ''}`;
          const title = `${d.event.label}: ${d.event.text}${d.event.sources.length > 1 ? ` (${d.event.sources.length} sources)` : ''}`;
          return (
            <g key={d.event.key} class={cls} onClick={() => onSelect(d.event.key)} data-key={d.event.key}>
              <title>{title}</title>
              {d.point ? (
                <circle cx={(d.x1 + d.x2) / 2} cy={y + 6} r={d.event.sources.length > 1 ? 6 : 5} />
              ) : (
                <rect x={d.x1} y={y + 1} width={Math.max(2, d.x2 - d.x1)} height={10} rx={5} />
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
