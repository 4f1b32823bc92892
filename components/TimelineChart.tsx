import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  assignLanes,
  axisTicks,
  DAY_MS,
  dayToMs,
  describeView,
  fitView,
  panView,
  zoomView,
  type View,
} from '@/utils/timeline/chartScale';
import type { MergedEvent } from '@/utils/timeline/mergeEvents';

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
  const [view, setView] = useState<View>(() => fitView(items));
  const [width, setWidth] = useState(initialWidth);
  const svgRef = useRef<SVGSVGElement>(null);
  const pointers = useRef(new Map<number, number>());
  const drag = useRef<{ x: number; view: View; distance: number } | null>(null);

  useEffect(() => setView(fitView(items)), [items]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(
      ([entry]) => entry && entry.contentRect.width > 0 && setWidth(entry.contentRect.width),
    );
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  // The wheel zooms around the pointer (a trackpad pinch arrives as a wheel with ctrlKey); sideways scrolls pan.
  // Registered by hand because Preact's listeners are passive-by-default in some browsers and cannot preventDefault.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = svg.getBoundingClientRect();
      const anchor = rect.width > 0 ? (e.clientX - rect.left) / rect.width : 0.5;
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) setView((v) => panView(v, e.deltaX / Math.max(1, rect.width)));
      else setView((v) => zoomView(v, Math.exp(e.deltaY * (e.ctrlKey ? 0.01 : 0.002)), anchor));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
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

  const onKeyDown = (e: KeyboardEvent) => {
    const actions: Record<string, () => View> = {
      '+': () => zoomView(view, 1 / ZOOM_STEP),
      '=': () => zoomView(view, 1 / ZOOM_STEP),
      '-': () => zoomView(view, ZOOM_STEP),
      _: () => zoomView(view, ZOOM_STEP),
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

  const onPointerDown = (e: PointerEvent) => {
    pointers.current.set(e.pointerId, e.clientX);
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    const xs = [...pointers.current.values()];
    drag.current = { x: e.clientX, view, distance: xs.length === 2 ? Math.abs(xs[0]! - xs[1]!) : 0 };
  };
  const onPointerMove = (e: PointerEvent) => {
    const start = drag.current;
    if (!start || !pointers.current.has(e.pointerId)) return;
    pointers.current.set(e.pointerId, e.clientX);
    const xs = [...pointers.current.values()];
    if (xs.length === 2 && start.distance > 0) {
      const rect = svgRef.current!.getBoundingClientRect();
      const anchor = ((xs[0]! + xs[1]!) / 2 - rect.left) / Math.max(1, rect.width);
      setView(zoomView(start.view, start.distance / Math.max(1, Math.abs(xs[0]! - xs[1]!)), anchor));
    } else if (xs.length === 1) {
      setView(panView(start.view, -(e.clientX - start.x) / Math.max(1, width)));
    }
  };
  const onPointerUp = (e: PointerEvent) => {
    pointers.current.delete(e.pointerId);
    drag.current = pointers.current.size > 0 ? { x: [...pointers.current.values()][0]!, view, distance: 0 } : null;
  };

  const range = describeView(view);
  return (
    <div class="timeline-chart">
      <div class="timeline-chart__toolbar">
        <button type="button" onClick={() => setView(zoomView(view, ZOOM_STEP))} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => setView(zoomView(view, 1 / ZOOM_STEP))} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => setView(panView(view, -0.5))} aria-label="Earlier">
          ←
        </button>
        <button type="button" onClick={() => setView(panView(view, 0.5))} aria-label="Later">
          →
        </button>
        <button type="button" onClick={() => setView(fitView(items))}>
          Fit all
        </button>
        <span class="timeline-chart__range" aria-live="polite">
          {range}
          {visible.length > MAX_MARKERS && ` · showing ${MAX_MARKERS} of ${visible.length} events; zoom in for all`}
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
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
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
