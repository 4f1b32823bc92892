import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { outputDirs, repoRoot } from './paths';

export type BrowserTarget = keyof typeof outputDirs;

/** Inputs of the build: a change to any of these makes `.output/` stale. */
const buildInputs = ['entrypoints', 'components', 'utils', 'public', 'assets', 'wxt.config.ts', 'package.json'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), 0);
}

/** True when the target's build is missing or older than a source file. */
export function isBuildStale(target: BrowserTarget): boolean {
  const manifest = path.join(outputDirs[target], 'manifest.json');
  if (!existsSync(manifest)) return true;
  const newestInput = Math.max(...buildInputs.map((input) => newestMtime(path.join(repoRoot, input))));
  return statSync(manifest).mtimeMs < newestInput;
}

/**
 * Returns the folder of the built extension for `target`, building it first when missing or stale.
 * `scripts/test-all.sh` builds both targets before the tests, so in CI this only checks.
 */
export function ensureBuilt(target: BrowserTarget): string {
  if (process.env.DATELINE_SKIP_BUILD !== '1' && isBuildStale(target)) {
    const args = target === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'];
    execFileSync('npx', args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const dir = outputDirs[target];
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}`);
  return dir;
}
