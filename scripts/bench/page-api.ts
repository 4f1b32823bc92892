/**
 * Code the bench (and scripts/upgrade) runs inside a browser page: an entry bundled into one classic script, evaluated
 * in the page, where it leaves an object of async functions on `globalThis`; `call` runs one of them from Node.
 */
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');

/** `entry` (a path from the repository's root) and everything it imports, as one script for a page. */
export async function bundleForPage(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  return out.outputFiles[0]!.text;
}

/** Calls `globalThis[global][name](...args)` in `page` and returns its result. */
export type PageCall = <T>(name: string, ...args: unknown[]) => Promise<T>;

/** Runs the page's functions under `globalThis[global]` (left there by a bundle from bundleForPage). */
export function pageApi(page: Page, global: string): PageCall {
  type Api = Record<string, (...args: unknown[]) => Promise<unknown>>;
  return <T>(name: string, ...args: unknown[]) =>
    page.evaluate(([g, n, a]) => (globalThis as unknown as Record<string, Api>)[g]![n]!(...(a as unknown[])), [
      global,
      name,
      args,
    ] as const) as Promise<T>;
}
