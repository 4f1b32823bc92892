/**
 * Times each schema upgrade in Debian's Chromium on its real IndexedDB: `npx tsx scripts/upgrade/chromium.ts
 * [articles=10000] [version=1]` (seeded as `version` kept it, see steps.ts). The page is a blank one served from 127.0.0.1 (no extension: a loaded Dateline would open and
 * upgrade the database itself); the database is seeded as version 1 kept it, then upgraded one version at a time.
 */
import { createServer } from 'node:http';
import { ANALYSIS_VERSION } from '../../utils/analysis/index';
import { launchBenchChromium } from '../bench/chromium';
import { bundleForPage, pageApi } from '../bench/page-api';
import { generatorInput } from '../bench/storage-data';
import type { StepTime } from './steps';

const articles = Number(process.argv[2] ?? 10_000);
const version = Number(process.argv[3] ?? 1);
const input = generatorInput(ANALYSIS_VERSION);
if (!input) throw new Error('../shared corpora not found: the generator needs them');

const bundle = await bundleForPage('scripts/upgrade/browser-api.ts');
const server = createServer((_req, res) => res.end('<!doctype html><title>upgrade timing</title>'));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address() as { port: number };
const browser = await launchBenchChromium(false);
try {
  const page = await browser.context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(bundle);
  const call = pageApi(page, '__upgradeTiming');
  const t0 = performance.now();
  let events = 0;
  for (let from = 0; from < articles; from += 2_000)
    events = await call<number>('seed', version, input, from, Math.min(from + 2_000, articles));
  console.log(
    `seeded ${articles} articles, ${events} events at version ${version} in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  // A second page of the origin watches the upgrades as the popup would: one watcher from the start, one 2 s in.
  const watcher = await browser.context.newPage();
  await watcher.goto(`http://127.0.0.1:${port}/`);
  await watcher.evaluate(bundle);
  const watcherCall = pageApi(watcher, '__upgradeTiming');
  await watcherCall('watch', 2_000);
  const started = Date.now();
  for (const { step, ms } of await call<StepTime[]>('time', version)) console.log(`${step}: ${ms.toFixed(0)} ms`);
  await watcher.waitForTimeout(200);
  const seen = await watcherCall<[number, string, boolean][]>('seen');
  for (const [at, who, upgrading] of seen)
    console.log(`watcher ${who}: ${upgrading ? 'upgrading' : 'done'} at ${at - started} ms`);
  console.log('eventDays', await call('digest'));
} finally {
  await browser.close();
  server.close();
}
