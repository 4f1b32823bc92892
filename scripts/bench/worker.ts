/**
 * The service worker: its cold start (the worker stopped over the DevTools protocol, then woken by a tab's article;
 * from the worker's own time origin to the moment the analysis was stored) and its JS heap after analysing 100
 * articles (Runtime.getHeapUsage on the worker's target, after a garbage collection).
 */
import { attachTo, connectCdp, type CdpConnection } from './cdp';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { launchBenchChromium, type BenchBrowser } from './chromium';
import { longArticleHtml } from './long-article';
import { fmt, type BenchRow, type BenchSkip } from './report';
import { median } from './stats';
import { generatorInput } from './storage-data';

function articlePage(title: string, text: string, date: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .reduce<string[]>((out, s, i) => (i % 3 ? ((out[out.length - 1] += ` ${s}`), out) : [...out, s]), [])
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="${date}">
</head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${esc(title)}</h1>
${paragraphs}</article></main><footer>Contact</footer></body></html>`;
}

/** Loads `url` (served `html`) in `page` and waits until Dateline has marked it. */
async function visitUntilMarked(page: Page, url: string, html: string): Promise<void> {
  await page.route(url, (r) => r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => Number(document.querySelector('dateline-ui')?.getAttribute('data-mark-count') ?? 0) > 0,
    null,
    { timeout: 60_000, polling: 100 },
  );
  await page.unroute(url);
}

/** In the worker: its time origin and when it stored the analysis of `url` (both epoch ms). */
const COLD_START_PROBE = `(async (address) => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('dateline');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const record = await new Promise((resolve, reject) => {
    const get = db.transaction('articles').objectStore('articles').index('url').get(address);
    get.onsuccess = () => resolve(get.result);
    get.onerror = () => reject(get.error);
  });
  db.close();
  return { origin: performance.timeOrigin, analysedAt: record?.analysedAt ?? null };
})`;

/** In the worker: how many articles are stored, and how many of them have left 'pending'. */
const COUNT_PROBE = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('dateline');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const rows = await new Promise((resolve, reject) => {
    const get = db.transaction('articles').objectStore('articles').getAll();
    get.onsuccess = () => resolve(get.result);
    get.onerror = () => reject(get.error);
  });
  db.close();
  return { total: rows.length, settled: rows.filter((r) => r.analysisState !== 'pending').length };
})()`;

type TargetInfo = { type: string; url: string };

async function workerTargets(cdp: CdpConnection, base: string): Promise<TargetInfo[]> {
  const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(base));
}

/** Stops the extension's service worker and waits until its target is gone. */
async function stopWorkers(browser: BenchBrowser, page: Page, cdp: CdpConnection): Promise<void> {
  const session = await browser.context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  for (let i = 0; i < 50 && (await workerTargets(cdp, browser.extensionBaseUrl!)).length > 0; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The service-worker section. */
export async function benchWorker(rows: BenchRow[], skips: BenchSkip[]): Promise<void> {
  const input = generatorInput(1);
  const long = longArticleHtml(800);
  if (!input || !long) {
    skips.push({ area: 'Service worker', reason: 'corpora not found in ../shared' });
    return;
  }
  const server = await startFixtureServer();
  const browser = await launchBenchChromium(true);
  const cdp = await connectCdp(browser.wsEndpoint);
  const isOurWorker = (t: TargetInfo) => t.type === 'service_worker' && t.url.startsWith(browser.extensionBaseUrl!);
  try {
    const page = await browser.context.newPage();
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      await stopWorkers(browser, page, cdp);
      const url = server.url(`/generated/cold-${i}.html`);
      await visitUntilMarked(page, url, long.html);
      const sessionId = await attachTo(cdp, isOurWorker);
      const { result } = await cdp.send<{ result: { value: { origin: number; analysedAt: number | null } } }>(
        'Runtime.evaluate',
        { expression: `${COLD_START_PROBE}(${JSON.stringify(url)})`, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      await cdp.send('Target.detachFromTarget', { sessionId });
      const { origin, analysedAt } = result.value;
      if (analysedAt !== null) cold.push(analysedAt - origin);
    }
    const coldMs = median(cold);
    rows.push({
      area: 'Cold start',
      metric: 'service worker: worker start → first article (800 words) analysed and stored, ms',
      value: fmt(coldMs, 0),
      budget: '< 150 ms',
      ratio: `runs: ${cold.map((c) => fmt(c, 0)).join(', ')}`,
      verdict: coldMs < 150 ? 'ok' : 'miss',
    });

    // 100 different articles, three tabs at a time, each left open until the content script has sent its article;
    // then the worker's queue is waited for (it analyses them one by one).
    const tabs = [page, await browser.context.newPage(), await browser.context.newPage()];
    const texts = input.texts.slice(0, 100);
    let next = 0;
    await Promise.all(
      tabs.map(async (tab) => {
        for (let i = next++; i < texts.length; i = next++) {
          const url = server.url(`/generated/heap-${i}.html`);
          const html = articlePage(`Report ${i + 1}`, texts[i]!, '2024-03-15T08:00:00Z');
          await tab.route(url, (r) => r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
          await tab.goto(url, { waitUntil: 'load' });
          await tab.waitForTimeout(600);
          await tab.unroute(url);
        }
      }),
    );
    {
      const sessionId = await attachTo(cdp, isOurWorker);
      let counts = { total: 0, settled: -1 };
      for (let i = 0; i < 240 && counts.settled < counts.total; i++) {
        const { result } = await cdp.send<{ result: { value: typeof counts } }>(
          'Runtime.evaluate',
          { expression: COUNT_PROBE, awaitPromise: true, returnByValue: true },
          sessionId,
        );
        counts = result.value;
        if (counts.settled < counts.total) await new Promise((r) => setTimeout(r, 500));
      }
      const analysed = counts.settled - cold.length;
      type Heap = { usedSize: number; totalSize: number };
      const before = await cdp.send<Heap>('Runtime.getHeapUsage', {}, sessionId);
      await cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
      const after = await cdp.send<Heap>('Runtime.getHeapUsage', {}, sessionId);
      await cdp.send('Target.detachFromTarget', { sessionId });
      rows.push({
        area: 'Weight',
        metric: `service worker JS heap after analysing ${analysed} articles of ~800 words (after GC), MB`,
        value: fmt(after.usedSize / 1e6, 1),
        ratio: `${fmt(before.usedSize / 1e6, 1)} MB before GC, ${fmt(after.totalSize / 1e6, 1)} MB allocated`,
      });
    }
  } finally {
    cdp.close();
    await browser.close();
    await server.close();
  }
}
