/**
 * Storage and the popup, measured in Chromium on the loaded extension's own IndexedDB: databases of 1,000, 10,000
 * and 50,000 generated articles (grown in place), and at each size the time to store one analysed article, the
 * popup's time to first content, search latency, an entity's cross-article timeline and the size on disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { analyze, ANALYSIS_VERSION } from '../../utils/analysis/index';
import { extractArticle } from '../../utils/extract/index';
import { parseHtmlDocument } from '../lib/parse-html';
import { BASELINE_PAGE, launchBaselineChromium } from './baseline-extension';
import { launchBenchChromium } from './chromium';
import { SHARED } from './corpus';
import { bundleForPage, pageApi } from './page-api';
import { fmt, type BenchRow, type BenchSkip } from './report';
import { openPopupInTab, openRealPopup } from './popup-open';
import { median } from './stats';
import { generatorInput } from './storage-data';

/** How many times the popup is opened at each size (after a warm-up). */
const POPUP_OPENINGS = 15;

/** Database sizes; fewer repetitions at the largest keeps the whole bench within its 13 minutes. */
const SIZES: [articles: number, runs: number][] = (process.env.BENCH_SIZES ?? '1000:3,10000:5,50000:3')
  .split(',')
  .map((s) => s.split(':').map(Number) as [number, number]);

/**
 * Opens an extension page in a tab and returns ms from navigation start to its first content in a painted frame: the
 * popup's first history row, or the timeline page's first event.
 */
async function firstContent(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __firstContent?: number }).__firstContent,
    null,
    {
      timeout: 60_000,
      polling: 50,
    },
  );
  return (await handle.jsonValue()) as number;
}

/** Opens `url` in `page` and returns its first contentful paint, ms from navigation start. */
async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    null,
    { timeout: 30_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * The floor for any extension page here: an empty extension's static page, navigation → first paint, ms (medians),
 * opened in a tab and as its toolbar popup.
 */
async function emptyPagePaint(runs: number): Promise<{ tab: number; popup: number }> {
  const empty = await launchBaselineChromium();
  try {
    const page = await empty.context.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    const url = `${empty.extensionBaseUrl}${BASELINE_PAGE}`;
    await firstPaint(page, url);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await firstPaint(page, url));
    await page.goto('about:blank');
    const popup = await openRealPopup(empty, page, runs, BASELINE_PAGE);
    return { tab: median(times), popup: popup.firstPaint };
  } finally {
    await empty.close();
  }
}

/** Records, from the document's first moment, when the first history row or event is on screen (the frame after it). */
function watchFirstContent(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.history-list > li, .event-list .event')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      (window as unknown as { __firstContent: number }).__firstContent = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Types `query` into the open popup's search box as one keystroke and returns ms until the frame after the result
 * count says how many match: the reader's first keystroke, whatever the popup must read or build for it.
 */
async function popupKeystroke(page: Page, query: string): Promise<number> {
  await page.waitForFunction(() => document.getElementById('early') === null, null, {
    timeout: 60_000,
    polling: 'raf',
  });
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        // The popup's own views (#app), not its first screen, which does not act on input.
        const input = document.querySelector<HTMLInputElement>('#app input[type="search"]')!;
        const summary = document.querySelector('#app .history-filters__summary')!;
        const observer = new MutationObserver(() => {
          if (!/match/.test(summary.textContent ?? '')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        observer.observe(summary, { childList: true, subtree: true, characterData: true });
        const t0 = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

function seedArticle() {
  const html = readFileSync(join(SHARED, 'fixtures/seed-article.html'), 'utf8');
  const pageUrl = 'https://bench.example/seed';
  const article = extractArticle(parseHtmlDocument(html), pageUrl)!;
  const analysis = analyze(article.text, { publishedTime: article.meta.publishedTime, lang: 'en' });
  return { extracted: { pageUrl, meta: article.meta, text: article.text }, analysis };
}

/** The storage and popup section. */
export async function benchStorage(rows: BenchRow[], skips: BenchSkip[], deadline = Infinity): Promise<void> {
  const input = generatorInput(ANALYSIS_VERSION);
  if (!input) {
    skips.push({ area: 'Storage', reason: 'corpora not found in ../shared' });
    return;
  }
  const { extracted, analysis } = seedArticle();
  const floorPaint = await emptyPagePaint(POPUP_OPENINGS);
  const browser = await launchBenchChromium(true);
  try {
    const bench = await browser.context.newPage();
    // An extension page that opens no database of its own: only the bench's connection and the worker's are open.
    await bench.goto(`${browser.extensionBaseUrl}manifest.json`);
    // The in-extension benchmark code (Dexie and the extension's modules bundled in).
    await bench.evaluate(await bundleForPage('scripts/bench/extension/bench-api.ts'));
    const call = pageApi(bench, '__datelineBench');
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.addInitScript(watchFirstContent);
    const baseUsage = await call<number>('usage');
    let stored = 0;
    let msPerArticle = 0;
    for (const [size, runs] of SIZES) {
      // Seeding dominates; a size whose seeding (at the rate seen so far, plus measuring) would overrun is left out.
      const projected = (size - stored) * msPerArticle * 1.3;
      if (performance.now() + projected > deadline) {
        skips.push({
          area: `Storage ${size.toLocaleString('en')}`,
          reason: `left out to keep the run under 13 minutes (seeding would take ~${(projected / 1000).toFixed(0)} s on this machine now)`,
        });
        continue;
      }
      const t0 = performance.now();
      await call('seed', input, stored, size);
      msPerArticle = (performance.now() - t0) / (size - stored);
      stored = size;
      process.stderr.write(`bench:   ${size} articles seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      const n = size.toLocaleString('en');
      const counts = await call<{ articles: number; events: number }>('counts');
      const usage = await call<number>('usage');
      const store = await call<number>('storeOne', extracted, analysis, runs);
      const firstPage = await call<number>('firstPage', runs);
      const popupUrl = `${browser.extensionBaseUrl}popup.html?view=history`;
      // A popup opening swings by ±40 ms here: 15 openings make a median a 100 ms budget can be judged on.
      const inTab = await openPopupInTab(popup, popupUrl, POPUP_OPENINGS);
      await popup.goto('about:blank');
      const real = await openRealPopup(browser, popup, POPUP_OPENINGS);
      await firstContent(popup, popupUrl);
      const typed: number[] = [];
      const typedLater: number[] = [];
      for (let i = 0; i < runs; i++) {
        await firstContent(popup, popupUrl);
        typed.push(await popupKeystroke(popup, 'p'));
        await firstContent(popup, popupUrl);
        await popup.waitForTimeout(1000);
        typedLater.push(await popupKeystroke(popup, 'p'));
      }
      const timelineUrl = `${browser.extensionBaseUrl}timeline.html`;
      await firstContent(popup, timelineUrl);
      const timelineFirst: number[] = [];
      for (let i = 0; i < runs; i++) timelineFirst.push(await firstContent(popup, timelineUrl));
      // An open extension page re-runs its live queries on every write: leave none open while the next size is seeded
      // and its writes and queries are timed.
      await popup.goto('about:blank');
      const search = await call<{ firstMs: number; buildMs: number; keystrokeMs: number; matches: number }>(
        'search',
        ['pe', 'pet', 'pete', 'peter'],
        runs,
      );
      const tl = await call<{
        rankMs: number;
        everythingMs: number;
        density: { yearsMs: number; monthsMs: number; daysMs: number; years: number };
        top: { articles: number; ms: number };
        mid: { articles: number; ms: number };
      }>('timelines', runs);
      const atTenK = size === 10_000;
      const fc = real.firstRow;
      const keyMs = median(typed);
      const keyLaterMs = median(typedLater);
      const pageMs = median(timelineFirst);
      const within = (ms: number, budget: number) =>
        atTenK
          ? { budget: `< ${budget} ms at 10,000`, verdict: ms < budget ? ('ok' as const) : ('miss' as const) }
          : {};
      rows.push(
        { area: `Storage ${n}`, metric: `database: articles / events`, value: `${counts.articles} / ${counts.events}` },
        {
          area: `Storage ${n}`,
          metric: 'store one analysed article (saveArticle + saveAnalysis), ms',
          value: fmt(store, 1),
        },
        {
          area: `Storage ${n}`,
          metric: 'popup first content (toolbar popup opened → first contentful paint: title bar, controls, tabs), ms',
          value: fmt(real.firstPaint, 1),
          ratio: `an empty extension's popup first paints at ${fmt(floorPaint.popup, 1)} ms`,
          ...within(real.firstPaint, 100),
        },
        {
          area: `Storage ${n}`,
          metric: 'popup first history row painted (toolbar popup opened → the newest article on screen), ms',
          value: fmt(fc, 1),
          ratio: `painted by the first screen in ${real.fromFirstScreen} of ${POPUP_OPENINGS} openings, else by the views`,
          ...within(fc, 100),
        },
        {
          area: `Storage ${n}`,
          metric: 'popup first content opened in a tab (navigation → first history row painted), ms',
          value: fmt(inTab.firstRow, 1),
          ratio:
            `its first paint ${fmt(inTab.firstPaint, 1)} ms; an empty extension page in a tab first paints at ` +
            `${fmt(floorPaint.tab, 1)} ms`,
        },
        { area: `Storage ${n}`, metric: 'history first page query (50 rows), ms', value: fmt(firstPage, 1) },
        {
          area: `Storage ${n}`,
          metric: "search, first keystroke in the popup 1 s after it opened ('p' typed → result count painted), ms",
          value: fmt(keyLaterMs, 1),
          ...within(keyLaterMs, 50),
        },
        {
          area: `Storage ${n}`,
          metric:
            "search, first keystroke the moment the popup's code has taken over ('p', before the in-memory index), ms",
          value: fmt(keyMs, 1),
        },
        {
          area: `Storage ${n}`,
          metric: "search, first query from the stored words in the database ('pe'), ms",
          value: fmt(search.firstMs, 1),
        },
        {
          area: `Storage ${n}`,
          metric: 'search, in-memory index built from the stored words (in the background once idle), ms',
          value: fmt(search.buildMs, 1),
        },
        {
          area: `Storage ${n}`,
          metric: `search, each keystroke from the in-memory index ('pe'…'peter', ${search.matches} matches), ms`,
          value: fmt(search.keystrokeMs, 2),
          ...(atTenK ? { budget: '< 50 ms at 10,000', verdict: search.keystrokeMs < 50 ? 'ok' : 'miss' } : {}),
        },
        {
          area: `Storage ${n}`,
          metric: 'People tab ranking (top 200 people), ms',
          value: fmt(tl.rankMs, 1),
          ...within(tl.rankMs, 100),
        },
        {
          area: `Storage ${n}`,
          metric: `entity timeline first page, most frequent person (${tl.top.articles} articles), ms`,
          value: fmt(tl.top.ms, 1),
          ...within(tl.top.ms, 100),
        },
        {
          area: `Storage ${n}`,
          metric: `entity timeline first page, median ranked person (${tl.mid.articles} articles), ms`,
          value: fmt(tl.mid.ms, 1),
          ...within(tl.mid.ms, 100),
        },
        {
          area: `Storage ${n}`,
          metric: 'timeline page, first page of everything (timelinePage query), ms',
          value: fmt(tl.everythingMs, 1),
        },
        {
          area: `Storage ${n}`,
          metric:
            'timeline chart density of everything: per year (whole timeline) / per month (7 years) / per day (a month), ms',
          value: `${fmt(tl.density.yearsMs, 1)} / ${fmt(tl.density.monthsMs, 1)} / ${fmt(tl.density.daysMs, 1)}`,
          ratio: `${tl.density.years} non-empty years`,
        },
        {
          area: `Storage ${n}`,
          metric: 'timeline page first content (navigation → first event painted, everything), ms',
          value: fmt(pageMs, 1),
          ...within(pageMs, 1000),
        },
        {
          area: `Storage ${n}`,
          metric: 'size on disk per article (storage estimate), kB',
          value: fmt((usage - baseUsage) / size / 1000, 1),
        },
      );
      for (const r of rows.slice(-18)) process.stderr.write(`bench:   ${r.metric}: ${r.value}\n`);
    }
  } finally {
    await browser.close();
  }
}
