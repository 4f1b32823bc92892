/** The benchmark's result rows, printed as one table and written to docs/benchmarks.md. */
import { cpus, totalmem, platform, release } from 'node:os';

/** One measured figure. `budget` is the target in words ("≤ 25% of compromise"); `ratio` compares with an alternative. */
export interface BenchRow {
  area: string;
  metric: string;
  value: string;
  budget?: string;
  ratio?: string;
  /** 'ok' | 'miss' against the budget, or undefined where there is no budget. */
  verdict?: 'ok' | 'miss';
}

/** A section that could not be measured (missing corpus, no browser…), reported instead of silently dropped. */
export interface BenchSkip {
  area: string;
  reason: string;
}

/** A one-line description of this machine, for the report header. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const memGiB = (totalmem() / 2 ** 30).toFixed(0);
  return `${cpus().length} × ${cpu}, ${memGiB} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
}

/** Formats a number with a fixed count of decimals, or "n/a". */
export function fmt(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

/** Renders rows as a Markdown table (also readable on a terminal). */
export function toMarkdownTable(rows: readonly BenchRow[]): string {
  const header = '| Area | Metric | Value | Budget | vs. alternative | |\n|---|---|---|---|---|---|';
  const lines = rows.map(
    (r) =>
      `| ${r.area} | ${r.metric} | ${r.value} | ${r.budget ?? ''} | ${r.ratio ?? ''} | ${
        r.verdict === 'ok' ? '✓' : r.verdict === 'miss' ? '✗' : ''
      } |`,
  );
  return [header, ...lines].join('\n');
}

/** The whole docs/benchmarks.md text. */
export function toMarkdownReport(rows: readonly BenchRow[], skips: readonly BenchSkip[], when: Date): string {
  const skipped = skips.length
    ? `\n\n## Not measured in this run\n\n${skips.map((s) => `- **${s.area}**: ${s.reason}`).join('\n')}`
    : '';
  return `# Dateline benchmarks

Measured by \`npm run bench\` on ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC.
Machine: ${describeMachine()}.
Times are medians of repeated runs after a warm-up. ✓ / ✗ compare the figure with its budget; the bench reports, it never fails a build.

${toMarkdownTable(rows)}${skipped}
`;
}
