import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { panView, zoomView, type View } from '@/utils/timeline/chartScale';

/**
 * Mouse, trackpad and touch gestures of the timeline chart. The wheel zooms around the pointer (a trackpad pinch
 * arrives as a wheel with ctrlKey) and sideways scrolling pans; one pointer dragging pans; two pointers pinching zoom
 * around their middle. Returns the pointer handlers to spread on the SVG.
 */
export function useChartGestures(
  svgRef: RefObject<SVGSVGElement>,
  view: View,
  setView: (update: View | ((v: View) => View)) => void,
  width: number,
) {
  const pointers = useRef(new Map<number, number>());
  const drag = useRef<{ x: number; view: View; distance: number } | null>(null);

  // Registered by hand: a listener added by Preact may be passive, and a passive one cannot stop the page scrolling.
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

  const onPointerDown = (e: PointerEvent) => {
    pointers.current.set(e.pointerId, e.clientX);
    const xs = [...pointers.current.values()];
    drag.current = { x: e.clientX, view, distance: xs.length === 2 ? Math.abs(xs[0]! - xs[1]!) : 0 };
  };
  const onPointerMove = (e: PointerEvent) => {
    const start = drag.current;
    if (!start || !pointers.current.has(e.pointerId)) return;
    pointers.current.set(e.pointerId, e.clientX);
    // Capture only once the pointer really moves, so that a plain click still reaches the event under it.
    if (Math.abs(e.clientX - start.x) > 3) (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
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
    const rest = [...pointers.current.values()];
    drag.current = rest.length > 0 ? { x: rest[0]!, view, distance: 0 } : null;
  };
  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp };
}
