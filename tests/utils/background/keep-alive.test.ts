import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepAliveWhile } from '@/utils/background/keep-alive';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A watch whose reports the test makes, and whether it is still watched. */
function fakeWatch() {
  let report: (busy: boolean) => void = () => {};
  const state = { watching: false };
  const watch = (onChange: (busy: boolean) => void) => {
    report = onChange;
    state.watching = true;
    return () => {
      state.watching = false;
    };
  };
  return { watch, report: (busy: boolean) => report(busy), state };
}

describe('keepAliveWhile', () => {
  it.each([
    ['nothing runs', [], 60_000, 0],
    ['work runs for 65 s', [[0, true]], 65_000, 3],
    [
      'work runs 45 s, then stops',
      [
        [0, true],
        [45_000, false],
      ],
      120_000,
      2,
    ],
    [
      'work reported twice runs 30 s (one timer, not two)',
      [
        [0, true],
        [1_000, true],
        [31_000, false],
      ],
      60_000,
      1,
    ],
  ] as const)('pings the browser every 20 s while %s', (_name, reports, runMs, expected) => {
    const { watch, report } = fakeWatch();
    const ping = vi.fn(() => Promise.resolve());
    keepAliveWhile(watch, ping);

    let at = 0;
    for (const [when, busy] of reports) {
      vi.advanceTimersByTime(when - at);
      at = when;
      report(busy);
    }
    vi.advanceTimersByTime(runMs - at);

    expect(ping).toHaveBeenCalledTimes(expected);
  });

  it('stops pinging and watching when stopped', () => {
    const { watch, report, state } = fakeWatch();
    const ping = vi.fn(() => Promise.resolve());
    const stop = keepAliveWhile(watch, ping);
    report(true);

    stop();
    vi.advanceTimersByTime(60_000);

    expect(ping).not.toHaveBeenCalled();
    expect(state.watching).toBe(false);
  });

  it('keeps pinging when a ping fails (a worker shutting down rejects calls)', async () => {
    const { watch, report } = fakeWatch();
    const ping = vi.fn(() => Promise.reject(new Error('Extension context invalidated')));
    keepAliveWhile(watch, ping);
    report(true);

    await vi.advanceTimersByTimeAsync(40_000);

    expect(ping).toHaveBeenCalledTimes(2);
  });
});
