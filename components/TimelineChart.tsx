import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  assignLanes,
  axisTicks,
  DAY_MS,
  dayToMs,
  describeView,
  fitView,
  initialView,
  panView,
  zoomView,
  type View,
} from '@/utils/timeline/chartScale';
import type { MergedEvent } from '@/utils/timeline/mergeEvents';
import { useChartGestures } from './TimelineChartGestures';

/** Props of {@link TimelineChart}. */
export interface TimelineChartProps {
  /** Events with a calendar date (vague ones are listed, not plotted). */
  events: MergedEvent[];
  selectedKey: number | null;
  onSelect: (key: number) => void;
  /** Width before the chart has measured itself (and in tests, where nothing has a layout). */
  initialWidth?: number;
}

const LANES = 8;
const LANE_HEIGHT = 18;
const TOP = 14;
const AXIS_HEIGHT = 34;
const HEIGHT = TOP + LANES * LANE_HEIGHT + AXIS_HEIGHT;
/** More markers than this in view are not drawn one by one; the count says so. */
const MAX_MARKERS = 3000;
const ZOOM_STEP = 1.6;

interface Placed {
  event: MergedEvent;
  start: number;
  end: number;
}

function placed(events: MergedEvent[]): Placed[] {
  return events.map((event) => ({
    event,
    start: dayToMs(event.start!),
    end: dayToMs(event.end ?? event.start!) + DAY_MS,
  }));
}

/**
 * A hand-drawn SVG timeline: events as dots (a day) or bars (longer ranges) over a time axis whose ticks adapt from
 * centuries to days. Zoom with the wheel, a pinch, the buttons or + and −; pan by dragging, with the arrow keys or
 * the buttons; 0 or Home fits everything. Clicking an event selects it.
 */
export function TimelineChart({ events, selectedKey, onSelect, initialWidth = 800 }: TimelineChartProps) {
  const items = useMemo(() => placed(events), [events]);
  const [view, setView] = useState<View>(() => initialView(items));
  const [width, setWidth] = useState(initialWidth);
  const svgRef = useRef<SVGSVGElement>(null);

  useEffect(() => setView(initialView(items)), [items]);

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
    if (!item) return;
    setView((v) => {
      if (item.end > v.start && item.start < v.end) return v;
      const span = v.end - v.start;
      const middle = (item.start + item.end) / 2;
      return { start: middle - span / 2, end: middle + span / 2 };
    });
  }, [selectedKey, items]);

  const x = (t: number) => ((t - view.start) / (view.end - view.start)) * width;
  const visible = items.filter((i) => i.end > view.start && i.start < view.end);
  const drawn = visible.slice(0, MAX_MARKERS).map((i) => {
    const x1 = x(i.start);
    const x2 = x(i.end);
    const point = x2 - x1 < 10;
    const cx = (x1 + x2) / 2;
    return { ...i, x1: point ? cx - 5 : x1, x2: point ? cx + 5 : x2, point };
  });
  const lanes = assignLanes(drawn, 3, LANES);
  const { ticks } = axisTicks(view, width);
  const axisY = TOP + LANES * LANE_HEIGHT + 4;

  // Buttons and keys zoom around the selected event when it is in view, else around the middle.
  const selectedItem = visible.find((i) => i.event.key === selectedKey);
  const anchor = selectedItem ? Math.min(1, Math.max(0, x((selectedItem.start + selectedItem.end) / 2) / width)) : 0.5;
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
      Home: () => fitView(items),
      '0': () => fitView(items),
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    setView(action());
  };

  const pointerHandlers = useChartGestures(svgRef, view, setView, width);

  const range = describeView(view);
  return (
    <div class="timeline-chart">
      <div class="timeline-chart__toolbar">
        <button type="button" class="button" onClick={() => setView(zoomOut())} aria-label="Zoom out">
          −
        </button>
        <button type="button" class="button" onClick={() => setView(zoomIn())} aria-label="Zoom in">
          +
        </button>
        <button type="button" class="button" onClick={() => setView(panView(view, -0.5))} aria-label="Earlier">
          ←
        </button>
        <button type="button" class="button" onClick={() => setView(panView(view, 0.5))} aria-label="Later">
          →
        </button>
        <button type="button" class="button" onClick={() => setView(fitView(items))}>
          Fit all
        </button>
        <span class="timeline-chart__range" aria-live="polite">
          {range}
          {visible.length > MAX_MARKERS && ` · showing ${MAX_MARKERS} of ${visible.length} events; zoom in for all`}
        </span>
        <span class="timeline-chart__legend">
          <span class="legend-dot" aria-hidden="true" /> one source{' '}
          <span class="legend-dot legend-dot--multi" aria-hidden="true" /> several sources
        </span>
      </div>
      <svg
        ref={svgRef}
        class="timeline-chart__svg"
        width="100%"
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="group"
        aria-roledescription="timeline"
        aria-label={`${events.length} dated events, showing ${range}. Plus and minus zoom, arrow keys move, 0 fits all.`}
        tabindex={0}
        onKeyDown={onKeyDown}
        {...pointerHandlers}
      >
        {ticks.map((t) => (
          <g key={t.time} class={t.major ? 'tick tick--major' : 'tick'}>
            <line x1={x(t.time)} x2={x(t.time)} y1={TOP - 8} y2={axisY + 6} />
            <text x={x(t.time) + 3} y={axisY + 20}>
              {t.label}
            </text>
          </g>
        ))}
        <line class="axis" x1={0} x2={width} y1={axisY} y2={axisY} />
        {drawn.map((d, i) => {
          const y = TOP + lanes[i]! * LANE_HEIGHT;
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
