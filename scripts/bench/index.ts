/**
 * `npm run bench`: every figure that matters in one run on this machine — analysis speed against compromise and
 * chrono-node, growth with text length, cold start, the page's cost in Chromium, storage and popup at scale, bundle
 * weight — printed as one table and written to docs/benchmarks.md. It reports; it never fails on a missed budget.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchAnalysisSpeed, benchScaling } from './analysis';
import { benchColdStart } from './cold-start';
import { extractedPages } from './pages';
import { toMarkdownReport, toMarkdownTable, type BenchRow, type BenchSkip } from './report';
import { benchWeight } from './weight';

const ROOT = resolve(import.meta.dirname, '../..');

/** A named part of the benchmark; a part that throws is reported as not measured and the run goes on. */
type Section = [name: string, run: (rows: BenchRow[], skips: BenchSkip[]) => Promise<void> | void];

async function main(): Promise<void> {
  const started = performance.now();
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
    ...(await optionalSections()),
  ];
  for (const [name, run] of sections) {
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
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), toMarkdownReport(rows, skips, now));
  console.log(`\nWrote docs/benchmarks.md in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

/** Sections that live in their own modules (browser and storage), loaded only if present in this checkout. */
async function optionalSections(): Promise<Section[]> {
  const out: Section[] = [];
  const mods = ['./storage', './browser'];
  for (const mod of mods) {
    try {
      const m = (await import(mod)) as { sections?: Section[] };
      out.push(...(m.sections ?? []));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
  }
  return out;
}

await main();
