import { describe, expect, it } from 'vitest';
import { createSlicer, runSliced, WorkCancelled, yieldToOthers } from '@/utils/ui/slicedWork';

/** Steps that each busy-wait `ms`, recording when each ran. */
function* busySteps(count: number, ms: number, log: number[]): Generator<void, string> {
  for (let i = 0; i < count; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end);
    log.push(performance.now());
    yield;
  }
  return 'done';
}

describe('runSliced', () => {
  it.each([
    // [steps, ms per step, budget, fewest pauses expected]
    [20, 1, 4, 4],
    [10, 3, 8, 3],
    [6, 0, 8, 0],
  ])('%i steps of %i ms with a %i ms budget pause at least %i times', async (count, ms, budget, fewest) => {
    const log: number[] = [];
    let pauses = 0;
    const slicer = createSlicer(() => {
      pauses++;
      return yieldToOthers();
    }, budget);

    const actual = await runSliced(busySteps(count, ms, log), slicer);

    expect(actual).toBe('done');
    expect(log).toHaveLength(count);
    expect(pauses).toBeGreaterThanOrEqual(fewest);
    // Never more than one pause per step: a pause only once the budget is used.
    expect(pauses).toBeLessThanOrEqual(ms === 0 ? 0 : count);
  });

  it('lets queued tasks run at each pause', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('other task'), 0);

    await runSliced(
      (function* () {
        order.push('slice 1');
        yield;
        order.push('slice 2');
      })(),
      createSlicer(yieldToOthers, 0),
    );

    expect(order).toEqual(['slice 1', 'other task', 'slice 2']);
  });

  it('stops at the next pause once cancelled', async () => {
    let cancelled = false;
    const log: number[] = [];
    const work = runSliced(
      busySteps(50, 1, log),
      createSlicer(yieldToOthers, 2, () => cancelled),
    );
    cancelled = true;

    await expect(work).rejects.toBeInstanceOf(WorkCancelled);
    expect(log.length).toBeLessThan(50);
  });
});
