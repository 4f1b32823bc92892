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

/** How long `afterElementPainted` waits for the browser to report the element's paint before it runs anyway. */
export const ELEMENT_PAINT_FALLBACK_MS = 100;

/**
 * Calls `then` once, as soon as the browser reports the element named `identifier` (its `elementtiming` attribute)
 * painted on screen (Element Timing). The report comes a frame after the paint, when the main thread is free: work
 * that blocks it in between (the popup's code) would delay the report until the element has been replaced, and the
 * browser then drops it. Where the browser has no Element Timing (Firefox), after the next frame; in a hidden page, at
 * once; and ELEMENT_PAINT_FALLBACK_MS at the latest, for an element that is never painted.
 */
export function afterElementPainted(
  identifier: string,
  then: () => void,
  scope: Window & typeof globalThis = window,
): void {
  if (isHidden(scope)) {
    then();
    return;
  }
  // A browser ignores (does not reject) an entry type it does not know, so ask first.
  if (!scope.PerformanceObserver?.supportedEntryTypes?.includes('element')) {
    afterNextFrame(then, scope);
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    then();
  };
  const named = (entry: PerformanceEntry) => (entry as PerformanceEntry & { identifier?: string }).identifier;
  const observer = new scope.PerformanceObserver((list: PerformanceObserverEntryList) => {
    if (list.getEntries().some((entry) => named(entry) === identifier)) run();
  });
  observer.observe({ type: 'element', buffered: true });
  scope.setTimeout(run, ELEMENT_PAINT_FALLBACK_MS);
}
