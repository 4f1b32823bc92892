/** How long after the load event `afterFirstPaint` waits for a paint the browser does not report. */
export const FIRST_PAINT_FALLBACK_MS = 150;

const isHidden = (scope: Window) => scope.document.visibilityState === 'hidden';

/**
 * Calls `then` once, as soon as the page's first contentful paint is on screen (Paint Timing), so that work that can
 * wait (the popup's own code: 170 kB to load and run) stays out of the frame that shows the page. Where the browser
 * does not report paints, FIRST_PAINT_FALLBACK_MS after the load event; in a hidden page (a background tab), which
 * paints nothing and whose timers the browser slows to a crawl, at the load event.
 */
export function afterFirstPaint(then: () => void, scope: Window & typeof globalThis = window): void {
  let done = false;
  let observer: PerformanceObserver | undefined;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    then();
  };
  if (!isHidden(scope)) {
    try {
      observer = new scope.PerformanceObserver((list: PerformanceObserverEntryList) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) run();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No Paint Timing here: the fallback below runs it.
    }
  }
  const fallback = () => (isHidden(scope) ? run() : scope.setTimeout(run, FIRST_PAINT_FALLBACK_MS));
  if (scope.document.readyState === 'complete') fallback();
  else scope.addEventListener('load', fallback, { once: true });
}

/**
 * Calls `then` once the next frame's work on the main thread is done (its raster and presentation happen elsewhere),
 * or at once in a hidden page, which has no frames.
 */
export function afterNextFrame(then: () => void, scope: Window & typeof globalThis = window): void {
  if (isHidden(scope)) then();
  else scope.requestAnimationFrame(() => scope.setTimeout(then, 0));
}
