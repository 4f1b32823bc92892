/**
 * Gives the page's main thread back between chunks of work, so no task of Dateline's runs long: `scheduler.yield()`
 * where it exists (keeps our place in the queue), else a macrotask.
 */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Counts main-thread work between pauses and gives the thread back once a slice reaches the budget. */
export interface WorkMeter {
  /** Ends the current slice's bookkeeping without pausing (work done before the first pause). */
  note(): void;
  /** Pauses if this slice used `budgetMs` (always when `force`), then starts a new slice. */
  pause(force?: boolean): Promise<void>;
  /** Records a User Timing measure of the total work and the longest slice, then starts counting afresh. */
  report(name: string, detail: Record<string, unknown>): void;
}

/** A work meter for `win` that slices work at `budgetMs`. */
export function createWorkMeter(win: Window, budgetMs: number): WorkMeter {
  let sliceStart = performance.now();
  let firstStart = sliceStart;
  let busy = 0;
  let longest = 0;
  const close = () => {
    const now = performance.now();
    busy += now - sliceStart;
    longest = Math.max(longest, now - sliceStart);
    return now;
  };
  return {
    note() {
      sliceStart = close();
    },
    async pause(force = false) {
      if (!force && performance.now() - sliceStart < budgetMs) return;
      close();
      await yieldToPage(win);
      sliceStart = performance.now();
    },
    report(name, detail) {
      close();
      performance.measure(name, {
        start: firstStart,
        duration: busy,
        detail: { ...detail, busyMs: busy, longestSliceMs: longest },
      });
      busy = 0;
      longest = 0;
      sliceStart = firstStart = performance.now();
    },
  };
}
