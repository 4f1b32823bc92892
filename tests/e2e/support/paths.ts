import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in tests/e2e/support/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The team's read-only data, beside the clone (`../shared`); absent on machines that only have the repo. */
export const sharedDir = path.resolve(repoRoot, '../shared');

/** True when `../shared` is present, for `describe.skipIf(!hasShared)`. */
export const hasShared = existsSync(path.join(sharedDir, 'fixtures', 'seed-article.html'));

/** Why shared-data suites are skipped, printed in the test name so a reader sees it in the report. */
export const sharedMissingMessage = `../shared not found at ${sharedDir}: clone Dateline beside a copy of shared/`;

/** WXT's production build folders, one per browser target. */
export const outputDirs = {
  chromium: path.join(repoRoot, '.output', 'chrome-mv3'),
  firefox: path.join(repoRoot, '.output', 'firefox-mv2'),
} as const;

/** Where tests write screenshots; `SCREENSHOT_DIR=docs/screenshots` refreshes the README's images. */
export const screenshotDir = path.resolve(repoRoot, process.env.SCREENSHOT_DIR ?? 'test-results/screenshots');
