import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './paths';

/** One axe violation, reduced to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const axeSource = () => readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Runs axe-core on a Chromium page and returns its violations (WCAG 2.x A/AA and best practices). Extension pages
 * forbid inline and injected scripts (`script-src 'self'`), so `addScriptTag` is blocked there; the source is
 * evaluated through the DevTools protocol instead, which the page's CSP does not govern.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) {
    const session = await page.context().newCDPSession(page);
    try {
      const { exceptionDetails } = (await session.send('Runtime.evaluate', { expression: axeSource() })) as {
        exceptionDetails?: { text: string };
      };
      if (exceptionDetails) throw new Error(`axe-core did not load: ${exceptionDetails.text}`);
    } finally {
      await session.detach();
    }
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
