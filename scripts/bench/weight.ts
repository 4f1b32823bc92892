/** Weight: the size of each built bundle of the Chrome build (.output/chrome-mv3), built first if missing. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt } from '../../tests/e2e/support/build';
import { fmt, type BenchRow } from './report';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where WXT writes the Chrome MV3 build. */
export const CHROME_OUT = join(ROOT, '.output/chrome-mv3');

/** Builds the Chrome extension when it is missing or older than its sources (the e2e tests' rule). */
export function ensureChromeBuild(): void {
  ensureBuilt('chromium');
}

/** The JS and CSS files an extension page loads: its own scripts, module preloads and stylesheets. */
function pageAssets(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [...new Set(refs)].map((r) => join(CHROME_OUT, r.replace(/^\//, '')));
}

function sizes(files: string[]): { raw: number; gz: number } {
  return files
    .filter((f) => existsSync(f))
    .reduce(
      (acc, f) => {
        const buf = readFileSync(f);
        return { raw: acc.raw + statSync(f).size, gz: acc.gz + gzipSync(buf).length };
      },
      { raw: 0, gz: 0 },
    );
}

/** Adds one row per bundle: content script, background, popup, timeline page, options page. */
export function benchWeight(rows: BenchRow[]): void {
  ensureChromeBuild();
  const bundles: [string, string[], number | undefined][] = [
    ['content script, first stage (every page)', [join(CHROME_OUT, 'first-stage.js')], 100_000],
    [
      'content script, reader-check stage (pages the first cannot rule out)',
      [join(CHROME_OUT, 'reader-check.js')],
      100_000,
    ],
    ['content script, marks stage (article pages)', [join(CHROME_OUT, 'content-scripts/marks.js')], 100_000],
    ['background', [join(CHROME_OUT, 'background.js')], undefined],
  ];
  for (const page of ['popup', 'timeline', 'options']) {
    const html = join(CHROME_OUT, `${page}.html`);
    if (!existsSync(html)) continue;
    const assets = pageAssets(readFileSync(html, 'utf8'));
    if (page !== 'popup') {
      bundles.push([`${page} page`, assets, undefined]);
      continue;
    }
    // The popup loads its views (popup-app.js) only once its first screen is on screen (entrypoints/popup-early.ts).
    bundles.push(['popup page before it is shown (first screen)', assets, undefined]);
    bundles.push(['popup page in all (with its views)', [...assets, join(CHROME_OUT, 'popup-app.js')], undefined]);
  }
  for (const [name, files, budget] of bundles) {
    const { raw, gz } = sizes(files);
    rows.push({
      area: 'Weight',
      metric: `${name} bundle, kB (gzip)`,
      value: `${fmt(raw / 1000, 1)} (${fmt(gz / 1000, 1)})`,
      budget: budget ? `< ${budget / 1000} kB` : undefined,
      verdict: budget ? (raw < budget ? 'ok' : 'miss') : undefined,
    });
  }
}
