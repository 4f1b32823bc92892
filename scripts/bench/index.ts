/**
 * `npm run bench`: every figure that matters in one run on this machine — analysis speed against compromise and
 * chrono-node, growth with text length, cold start, the page's cost in Chromium, storage and popup at scale, bundle
 * weight — printed as one table and written to docs/benchmarks.md. It reports; it never fails on a missed budget.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchAnalysisSpeed, benchScaling } from './analysis';
import { benchColdStart } from './cold-start';
import { METHODS } from './methods';
import { benchPage } from './page-cost';
import { extractedPages } from './pages';
import { toMarkdownReport, toMarkdownTable, type BenchRow, type BenchSkip } from './report';
import { benchStorage } from './storage';
import { benchWeight } from './weight';
import { benchWorker } from './worker';

const ROOT = resolve(import.meta.dirname, '../..');
/** The whole run must end within 13 minutes; the storage section leaves out its largest database past this. */
const DEADLINE_MS = 12 * 60_000;

/** A named part of the benchmark; a part that throws is reported as not measured and the run goes on. */
type Section = [name: string, run: (rows: BenchRow[], skips: BenchSkip[]) => Promise<void> | void];

async function main(): Promise<void> {
  const started = performance.now();
  const startLoad = loadavg()
    .map((n) => n.toFixed(1))
    .join(', ');
  const rows: BenchRow[] = [];
  const skips: BenchSkip[] = [];
  const pages = extractedPages();
  const seed = pages.find((p) => p.name === 'seed-article');
  const sections: Section[] = [
    ['Analysis speed', (r, s) => benchAnalysisSpeed(pages, r, s)],
    ['Analysis scaling', benchScaling],
    [
      'Cold start',
      async (r, s) => {
        if (!seed) s.push({ area: 'Cold start', reason: 'seed article not found in ../shared' });
        else await benchColdStart(seed.text, seed.date, r);
      },
    ],
    ['Weight', benchWeight],
    ['The page (Chromium)', benchPage],
    ['Service worker (Chromium)', benchWorker],
    ['Storage and the popup (Chromium)', (r, s) => benchStorage(r, s, started + DEADLINE_MS)],
  ];
  // BENCH_ONLY=page,storage runs only the sections whose names contain one of the words (case-insensitive).
  const only = (process.env.BENCH_ONLY ?? '').toLowerCase().split(',').filter(Boolean);
  const chosen = only.length ? sections.filter(([name]) => only.some((w) => name.toLowerCase().includes(w))) : sections;
  for (const [name, run] of chosen) {
    process.stderr.write(`bench: ${name}…\n`);
    try {
      await run(rows, skips);
    } catch (error) {
      skips.push({ area: name, reason: `failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  const now = new Date();
  console.log(toMarkdownTable(rows));
  if (skips.length) console.log(`\nNot measured: ${skips.map((s) => `${s.area} (${s.reason})`).join('; ')}`);
  // A partial run (BENCH_ONLY) prints its rows but leaves the full report alone.
  if (only.length) return;
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const load = `Load average (1, 5, 15 min) at the start: ${startLoad}; at the end: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(', ')} on ${cpus().length} CPUs.`;
  const report = toMarkdownReport(rows, skips, now).replace('\n\n| Area', `\n${load}\n\n| Area`);
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), `${report}\n${METHODS}`);
  console.log(`\nWrote docs/benchmarks.md in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

await main();
