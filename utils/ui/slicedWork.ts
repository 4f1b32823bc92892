/**
 * Background work on an extension page's main thread (the popup's search index), cut into slices short enough that a
 * keystroke, its database reads and its render never wait long behind it.
 */

/** Main-thread time one slice may take before the thread is given back, ms. */
export const SLICE_MS = 8;

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Gives the thread back until other work has run: a background-priority task where `scheduler.postTask` exists (it
 * runs after input, rendering and the database's answers that are waiting), else a macrotask. Not `scheduler.yield()`:
 * its continuation runs ahead of the tasks already queued, such as the answer to the keystroke's query.
 */
export function yieldToOthers(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => {}, { priority: 'background' });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Thrown out of sliced work that was cancelled between two slices. */
export class WorkCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'WorkCancelled';
  }
}

/** How sliced work gives the thread back and when it stops. */
export interface Slicer {
  /** Called at every step; gives the thread back once the current slice has taken its budget. */
  step(): Promise<void>;
}

/**
 * A slicer that gives the thread back with `pause` once a slice has run `budgetMs`, and throws {@link WorkCancelled}
 * after a pause when `cancelled()` says so (so cancelled work ends at its next slice).
 */
export function createSlicer(
  pause: () => Promise<void> = yieldToOthers,
  budgetMs = SLICE_MS,
  cancelled: () => boolean = () => false,
): Slicer {
  let sliceStart = performance.now();
  return {
    async step() {
      if (performance.now() - sliceStart < budgetMs) return;
      await pause();
      if (cancelled()) throw new WorkCancelled();
      sliceStart = performance.now();
    },
  };
}

/** Runs a generator of small steps to its end, one `slicer.step()` after each, and returns what it returns. */
export async function runSliced<T>(steps: Generator<void, T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicer.step();
  }
}
