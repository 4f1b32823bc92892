import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterElementPainted,
  afterFirstPaint,
  afterNextFrame,
  ELEMENT_PAINT_FALLBACK_MS,
  FIRST_PAINT_FALLBACK_MS,
} from '@/utils/ui/afterFirstPaint';

type Scope = Parameters<typeof afterFirstPaint>[1];

/**
 * A window with what the functions use: Paint Timing (when `paints`), Element Timing (when `elements`), the load
 * event, frames, timers. `paint(...names)` reports paint entries; `paintElement(...ids)` element entries.
 */
function fakeWindow({
  paints,
  elements = paints,
  readyState = 'loading',
  hidden = false,
}: {
  paints: boolean;
  elements?: boolean;
  readyState?: string;
  hidden?: boolean;
}) {
  let report: ((names: string[]) => void) | undefined;
  let reportElements: ((ids: string[]) => void) | undefined;
  const listeners: Record<string, () => void> = {};
  const frames: (() => void)[] = [];
  interface List {
    getEntriesByName: (n: string) => unknown[];
    getEntries: () => { identifier?: string }[];
  }
  class PerformanceObserver {
    static supportedEntryTypes = [...(paints ? ['paint'] : []), ...(elements ? ['element'] : [])];
    constructor(private readonly callback: (list: List) => void) {}
    observe({ type }: { type: string }) {
      if (type === 'element') {
        reportElements = (ids) =>
          this.callback({ getEntriesByName: () => [], getEntries: () => ids.map((identifier) => ({ identifier })) });
        return;
      }
      if (!paints) throw new TypeError('paint is not a supported entry type');
      report = (names) =>
        this.callback({ getEntriesByName: (n) => names.filter((m) => m === n), getEntries: () => [] });
    }
    disconnect() {
      report = undefined;
      reportElements = undefined;
    }
  }
  const scope = {
    PerformanceObserver,
    document: { readyState, visibilityState: hidden ? 'hidden' : 'visible' },
    addEventListener: (type: string, listener: () => void) => void (listeners[type] = listener),
    setTimeout: (work: () => void, ms: number) => setTimeout(work, ms),
    requestAnimationFrame: (work: () => void) => frames.push(work),
  };
  return {
    scope: scope as unknown as Scope,
    paint: (...names: string[]) => report?.(names),
    paintElement: (...ids: string[]) => reportElements?.(ids),
    load: () => listeners.load?.(),
    frame: () => frames.splice(0).forEach((work) => work()),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterFirstPaint', () => {
  it('runs once the first contentful paint is reported, and only once', () => {
    const page = fakeWindow({ paints: true });
    const then = vi.fn();
    afterFirstPaint(then, page.scope);

    page.paint('first-paint');
    expect(then).not.toHaveBeenCalled();
    page.paint('first-contentful-paint');
    page.load();
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS);

    expect(then).toHaveBeenCalledTimes(1);
  });

  it('in a browser without Paint Timing, runs a while after the load event', () => {
    const page = fakeWindow({ paints: false });
    const then = vi.fn();
    afterFirstPaint(then, page.scope);

    page.load();
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS - 1);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);

    expect(then).toHaveBeenCalledTimes(1);
  });

  it('in a hidden page (a background tab: no paints, slow timers), runs at the load event', () => {
    const page = fakeWindow({ paints: true, hidden: true });
    const then = vi.fn();
    afterFirstPaint(then, page.scope);
    expect(then).not.toHaveBeenCalled();

    page.load();

    expect(then).toHaveBeenCalledTimes(1);
  });

  it('falls back from now on when the page has loaded already', () => {
    const page = fakeWindow({ paints: false, readyState: 'complete' });
    const then = vi.fn();

    afterFirstPaint(then, page.scope);
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS);

    expect(then).toHaveBeenCalledTimes(1);
  });
});

describe('afterNextFrame', () => {
  it("runs after the next frame's callbacks, not before", () => {
    const page = fakeWindow({ paints: true });
    const then = vi.fn();
    afterNextFrame(then, page.scope);

    vi.runAllTimers();
    expect(then).not.toHaveBeenCalled();
    page.frame();
    vi.runAllTimers();

    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs at once in a hidden page, which has no frames', () => {
    const page = fakeWindow({ paints: true, hidden: true });
    const then = vi.fn();

    afterNextFrame(then, page.scope);

    expect(then).toHaveBeenCalledTimes(1);
  });
});

describe('afterElementPainted', () => {
  it('runs once the named element is reported painted, and only once', () => {
    const page = fakeWindow({ paints: true });
    const then = vi.fn();
    afterElementPainted('history-first-row', then, page.scope);

    page.paintElement('something-else');
    page.frame();
    expect(then).not.toHaveBeenCalled();
    page.paintElement('history-first-row');
    vi.advanceTimersByTime(ELEMENT_PAINT_FALLBACK_MS);

    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs ELEMENT_PAINT_FALLBACK_MS later when the paint is never reported', () => {
    const page = fakeWindow({ paints: true });
    const then = vi.fn();
    afterElementPainted('history-first-row', then, page.scope);

    vi.advanceTimersByTime(ELEMENT_PAINT_FALLBACK_MS - 1);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);

    expect(then).toHaveBeenCalledTimes(1);
  });

  it('in a browser without Element Timing (Firefox), runs after the next frame', () => {
    const page = fakeWindow({ paints: true, elements: false });
    const then = vi.fn();
    afterElementPainted('history-first-row', then, page.scope);

    vi.runAllTimers();
    expect(then).not.toHaveBeenCalled();
    page.frame();
    vi.runAllTimers();

    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs at once in a hidden page, which paints nothing', () => {
    const page = fakeWindow({ paints: true, hidden: true });
    const then = vi.fn();

    afterElementPainted('history-first-row', then, page.scope);

    expect(then).toHaveBeenCalledTimes(1);
  });
});
