/**
 * What the extension costs a page's main thread, from the DevTools protocol rather than from the extension's own
 * user timings: a V8 CPU profile (Profiler domain, 100 µs sampling) says which samples ran the content script
 * (a chrome-extension:// frame anywhere on the stack), and a trace of the renderer's tasks (Tracing domain,
 * `RunTask` events) says which tasks those samples fell in. The extension's main-thread time is the sampled
 * content-script JS; the longest task it causes is the longest task holding any of its samples (with whatever style
 * and layout that task forced). Both use the same monotonic clock (µs), so samples fall inside their tasks.
 */
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: wall time minus the time the thread was not running. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The extension's cost to a page over one recording. */
export interface ExtensionCost {
  /** Sampled main-thread JS time of the content script, ms. */
  scriptMs: number;
  /** Longest renderer task holding content-script samples, ms (0 when none). */
  longestTaskMs: number;
  /** Renderer tasks over 50 ms that hold content-script samples. */
  longTasks: number;
  /** CPU time of that longest task (trace thread time), ms: on a loaded machine wall time also counts waiting. */
  longestTaskCpuMs: number;
  /**
   * Most content-script JS sampled inside one task, ms. A task holding our code may be the page's own (a
   * MutationObserver callback runs at the end of the page task that changed the DOM), so this says what we added.
   */
  ownLongestMs: number;
  /**
   * Main-thread time evaluating the extension's content scripts (trace `EvaluateScript`: compiling the bundle and
   * running its top level), which the CPU profile's samples only partly see. ms.
   */
  evaluateMs: number;
  /** The same in CPU time (trace thread time), ms. */
  evaluateCpuMs: number;
}

/**
 * Starts recording on a page's CDP session; `stop()` returns the extension's cost. Without `profile` only the trace
 * runs: the sampling profiler slows the code it samples (it logs every function compiled), so the evaluation's thread
 * time is taken without it where that time is the figure; the sampled figures are then zero.
 */
export async function recordExtensionCost(
  cdp: CDPSession,
  { profile = true }: { profile?: boolean } = {},
): Promise<{ stop: () => Promise<ExtensionCost> }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel', '__metadata'],
    },
  });
  if (profile) await cdp.send('Profiler.start');
  return {
    stop: async () => {
      const sampled = profile
        ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile
        : { nodes: [], startTime: 0, endTime: 0 };
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', onData);
      if (profile) await cdp.send('Profiler.disable');
      return extensionCost(sampled, events);
    },
  };
}

/** Timestamps (µs) and durations of the samples that ran extension code. */
function extensionSamples(profile: Profile): { ts: number; dur: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const own = byId.get(id)?.callFrame.url.startsWith('chrome-extension://') ?? false;
    const up = parent.get(id);
    const value = own || (up !== undefined && isExtension(up));
    memo.set(id, value);
    return value;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: { ts: number; dur: number }[] = [];
  let ts = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    ts += deltas[i] ?? 0;
    const next = i + 1 < samples.length ? ts + (deltas[i + 1] ?? 0) : profile.endTime;
    if (isExtension(samples[i]!)) out.push({ ts, dur: Math.max(next - ts, 0) });
  }
  return out;
}

function extensionCost(profile: Profile, events: TraceEvent[]): ExtensionCost {
  const samples = extensionSamples(profile);
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), cpu: (e.tdur ?? e.dur ?? 0) / 1000 }));
  let longest = 0;
  let longestCpu = 0;
  let ownLongest = 0;
  let longTasks = 0;
  for (const task of tasks) {
    const inside = samples.filter((s) => s.ts >= task.start && s.ts <= task.end);
    if (inside.length === 0) continue;
    const ms = (task.end - task.start) / 1000;
    if (ms > longest) {
      longest = ms;
      longestCpu = task.cpu;
    }
    ownLongest = Math.max(ownLongest, inside.reduce((n, s) => n + Math.min(s.dur, task.end - s.ts), 0) / 1000);
    if (ms > 50) longTasks++;
  }
  const evaluations = events.filter(
    (e) =>
      e.name === 'EvaluateScript' &&
      e.ph === 'X' &&
      mainThreads.has(`${e.pid}:${e.tid}`) &&
      (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
  );
  const evaluateMs = evaluations.reduce((n, e) => n + (e.dur ?? 0) / 1000, 0);
  const evaluateCpuMs = evaluations.reduce((n, e) => n + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  return {
    scriptMs: samples.reduce((n, s) => n + s.dur, 0) / 1000,
    longestTaskMs: longest,
    longTasks,
    evaluateMs,
    evaluateCpuMs,
    longestTaskCpuMs: longestCpu,
    ownLongestMs: ownLongest,
  };
}
