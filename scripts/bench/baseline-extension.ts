/**
 * The floor any extension pays, measured in the same run as Dateline: an MV3 extension with an empty content script
 * on every page and one static page of its own. Chromium builds the extension's isolated world and evaluates the
 * content script whatever it does, and starts a renderer for an extension page whatever the page holds.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBenchChromium, type BenchBrowser } from './chromium';

/** The static extension page of the baseline (one heading and a line of text, no script). */
export const BASELINE_PAGE = 'page.html';

/** Writes the baseline extension to a temporary folder and starts Chromium with it; `close` removes both. */
export async function launchBaselineChromium(): Promise<BenchBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-empty-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty extension (bench baseline)',
    version: '1.0',
    background: { service_worker: 'background.js' },
    // The same page as the toolbar popup: the floor for the popup's first paint.
    action: { default_popup: BASELINE_PAGE },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), '// nothing\n');
  writeFileSync(join(dir, 'empty.js'), 'void 0;\n');
  writeFileSync(
    join(dir, BASELINE_PAGE),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Baseline</title><h1>Baseline</h1><p>Nothing else.</p>',
  );
  try {
    const browser = await launchBenchChromium(dir);
    return {
      ...browser,
      close: async () => {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
