/**
 * Cold start in Node: a fresh process loads the analysis bundled as the extension ships it (one ESM file, models
 * included) and analyses its first article. Measured in child processes, so nothing is warm.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fmt, type BenchRow } from './report';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');

/** Bundles utils/analysis/index.ts the way the background does (minified ESM); returns the file and its size. */
export async function bundleAnalysis(): Promise<{ file: string; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const file = join(dir, 'analysis.mjs');
  await build({
    entryPoints: [join(ROOT, 'utils/analysis/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    outfile: file,
    logLevel: 'silent',
  });
  return { file, bytes: statSync(file).size };
}

/** Median over `runs` fresh processes of (import + first analyze) on `text`, in ms. */
export async function benchColdStart(text: string, date: string | null, rows: BenchRow[], runs = 5): Promise<void> {
  const { file, bytes } = await bundleAnalysis();
  const input = join(file, '..', 'input.json');
  writeFileSync(input, JSON.stringify({ text, date }));
  const probe = join(file, '..', 'probe.mjs');
  writeFileSync(
    probe,
    `import { readFileSync } from 'node:fs';
const { text, date } = JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8'));
const t0 = performance.now();
const { analyze } = await import(${JSON.stringify(file)});
const t1 = performance.now();
analyze(text, { publishedTime: date, lang: 'en' });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));`,
  );
  const samples = Array.from({ length: runs }, () =>
    JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })),
  );
  const load = median(samples.map((s) => s.load));
  const first = median(samples.map((s) => s.first));
  rows.push(
    {
      area: 'Cold start',
      metric: 'Node: load analysis bundle + first article (seed), ms',
      value: fmt(load + first, 1),
      budget: '< 150 ms',
      ratio: `load ${fmt(load, 1)} + analyse ${fmt(first, 1)}`,
      verdict: load + first < 150 ? 'ok' : 'miss',
    },
    { area: 'Weight', metric: 'analysis bundle (minified, with models), kB', value: fmt(bytes / 1000, 1) },
  );
}
