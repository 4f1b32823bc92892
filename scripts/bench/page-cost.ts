/**
 * The page: what the content script costs pages in Chromium — the seed article, every saved page in ../shared/pages,
 * a page that is not an article and a synthetic 5,000-word article — measured from the DevTools protocol
 * (page-trace.ts), from the page's own long-task observer with and without the extension, and from the time the
 * marks appear (the `data-mark-count` the content script sets on its host element, watched from the page's start).
 */
import { startFixtureServer, type FixtureServer } from '../../tests/e2e/support/server';
import { launchBaselineChromium } from './baseline-extension';
import { launchBenchChromium, type BenchBrowser } from './chromium';
import { pageSources } from './corpus';
import { longArticleHtml } from './long-article';
import { recordExtensionCost, type ExtensionCost } from './page-trace';
import { fmt, type BenchRow, type BenchSkip } from './report';
import { median } from './stats';

/** What the page itself saw, collected by an init script from its first moment. */
interface PageView {
  longTasks: number[];
  loadEnd: number;
  marksAt: number | null;
  marks: number;
  checkMs: number | null;
  markMs: number[];
}

/** Installed with addInitScript: long tasks of the whole page, and when Dateline's marks appear. */
function watchPage(): void {
  const w = window as unknown as {
    __bench: { longTasks: number[]; marksAt: number | null; observer: PerformanceObserver };
  };
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  w.__bench = { longTasks, marksAt: null, observer };
  observer.observe({ type: 'longtask', buffered: true });
  new MutationObserver((records) => {
    for (const r of records) {
      const host = r.target as Element;
      if (w.__bench.marksAt === null && Number(host.getAttribute?.('data-mark-count') ?? 0) > 0) {
        w.__bench.marksAt = performance.now();
      }
    }
  }).observe(document, { attributes: true, attributeFilter: ['data-mark-count'], subtree: true });
}

function readView(): PageView {
  const w = window as unknown as {
    __bench: { longTasks: number[]; marksAt: number | null; observer: PerformanceObserver };
  };
  // Entries not yet delivered to the observer's callback (it runs at low priority on a busy page).
  w.__bench.longTasks.push(...w.__bench.observer.takeRecords().map((e) => e.duration));
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    longTasks: w.__bench.longTasks.slice(),
    loadEnd: nav?.loadEventEnd ?? 0,
    marksAt: w.__bench.marksAt,
    marks: Number(document.querySelector('dateline-ui')?.getAttribute('data-mark-count') ?? 0),
    checkMs: performance.getEntriesByName('dateline:check')[0]?.duration ?? null,
    markMs: performance.getEntriesByName('dateline:mark').map((e) => e.duration),
  };
}

/** One visit: loads `url` in a fresh tab, waits until Dateline has decided (or `settleMs` of silence), and measures. */
async function visit(
  browser: BenchBrowser,
  url: string,
  html: string | undefined,
  waitMs: number,
  profile = true,
): Promise<{ view: PageView; cost: ExtensionCost | null }> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(watchPage);
    if (html !== undefined)
      await page.route(url, (r) => r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    const cdp = browser.extensionBaseUrl ? await browser.context.newCDPSession(page) : null;
    const recording = cdp ? await recordExtensionCost(cdp, { profile }) : null;
    await page.goto(url, { waitUntil: 'load' });
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      const v = await page.evaluate(readView);
      if (browser.extensionBaseUrl && (v.marks > 0 || v.checkMs !== null)) break;
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(400); // trailing work (the cards' host, the last marking slice)
    const cost = recording ? await recording.stop() : null;
    return { view: await page.evaluate(readView), cost };
  } finally {
    await page.close();
  }
}

const NOT_ARTICLE = '/fixtures/e2e/not-an-article.html';

/** The page-cost section. */
export async function benchPage(rows: BenchRow[], skips: BenchSkip[]): Promise<void> {
  const sources = pageSources();
  const long = longArticleHtml();
  if (sources.length === 0 || !long) {
    skips.push({ area: 'The page', reason: 'pages or TempEval-3 not found in ../shared' });
    return;
  }
  const server: FixtureServer = await startFixtureServer();
  const withExt = await launchBenchChromium(true);
  const without = await launchBenchChromium(false);
  try {
    const urlOf = (name: string) =>
      name === 'seed-article'
        ? server.url('/shared/fixtures/seed-article.html')
        : server.url(`/shared/pages/${name}/source.html`);
    // Warm-up: the worker's first analysis loads the models; that cost is the cold start's, not the page's.
    await visit(withExt, server.url('/generated/warm-up.html'), long.html, 30_000);

    // Non-article page: the budget figure, median of 9 visits traced without the profiler (whose overhead would be
    // charged to the code it samples), and 5 with it as a cross-check; the same for an empty content script.
    const nonArticle = [];
    const traced = [];
    for (let i = 0; i < 5; i++) nonArticle.push(await visit(withExt, server.url(NOT_ARTICLE), undefined, 5_000));
    for (let i = 0; i < 9; i++) traced.push(await visit(withExt, server.url(NOT_ARTICLE), undefined, 5_000, false));
    const naScript = median(nonArticle.map((v) => v.cost!.scriptMs));
    const naCheck = median(traced.map((v) => v.view.checkMs ?? Number.NaN));
    const naWork = median(traced.map((v) => v.cost!.evaluateCpuMs));
    const empty = await launchBaselineChromium();
    const floor = [];
    const floorTraced = [];
    try {
      for (let i = 0; i < 5; i++) floor.push(await visit(empty, server.url(NOT_ARTICLE), undefined, 1_000));
      for (let i = 0; i < 9; i++)
        floorTraced.push(await visit(empty, server.url(NOT_ARTICLE), undefined, 1_000, false));
    } finally {
      await empty.close();
    }
    const floorScript = median(floor.map((v) => v.cost!.scriptMs));
    rows.push(
      {
        area: 'The page',
        metric:
          'non-article page: content script main-thread work, compile included (trace EvaluateScript, thread time, profiler off), ms',
        value: fmt(naWork, 2),
        budget: '< 2 ms',
        ratio: `wall ${fmt(median(traced.map((v) => v.cost!.evaluateMs)), 2)} ms; own measure 'dateline:check' (the XPath query) ${fmt(naCheck, 2)} ms; an empty content script ${fmt(median(floorTraced.map((v) => v.cost!.evaluateCpuMs)), 2)} ms (wall ${fmt(median(floorTraced.map((v) => v.cost!.evaluateMs)), 2)})`,
        verdict: naWork < 2 ? 'ok' : 'miss',
      },
      {
        area: 'The page',
        metric: 'non-article page: content script JS sampled by the CPU profiler (its overhead included), ms',
        value: fmt(naScript, 2),
        budget: '< 2 ms',
        ratio: `evaluation with the profiler on: ${fmt(median(nonArticle.map((v) => v.cost!.evaluateCpuMs)), 2)} ms CPU; an empty content script ${fmt(floorScript, 2)} ms sampled`,
        verdict: naScript < 2 ? 'ok' : 'miss',
      },
      {
        area: 'The page',
        metric: 'non-article page: longest task holding content-script code, ms',
        value: fmt(median(nonArticle.map((v) => v.cost!.longestTaskMs)), 1),
      },
    );

    // Synthetic 5,000-word article: first visit (analysed) and revisit (marks from storage), 3 runs each.
    const firsts = [];
    const revisits = [];
    for (let i = 0; i < 3; i++) {
      const url = server.url(`/generated/long-article-${i}.html`);
      firsts.push(await visit(withExt, url, long.html, 60_000));
      revisits.push(await visit(withExt, url, long.html, 30_000));
    }
    const baseline = [];
    for (let i = 0; i < 3; i++)
      baseline.push(await visit(without, server.url(`/generated/long-article-b${i}.html`), long.html, 1_500));
    for (const [label, runs] of [
      ['first visit', firsts],
      ['revisit', revisits],
    ] as const) {
      const longest = Math.max(...runs.map((r) => r.cost!.longestTaskMs));
      rows.push(
        {
          area: 'The page',
          metric: `${long.words}-word article, ${label}: longest task holding content-script code (max of 3), ms`,
          value: fmt(longest, 1),
          budget: 'no long task > 50 ms',
          ratio: `most Dateline JS in one task ${fmt(Math.max(...runs.map((r) => r.cost!.ownLongestMs)), 1)} ms; page's longest long task ${fmt(median(runs.map((r) => Math.max(0, ...r.view.longTasks))), 0)} ms vs ${fmt(median(baseline.map((r) => Math.max(0, ...r.view.longTasks))), 0)} ms without Dateline`,
          verdict: longest <= 50 ? 'ok' : 'miss',
        },
        {
          area: 'The page',
          metric: `${long.words}-word article, ${label}: content script main-thread JS (${runs[0]!.view.marks} marks), ms`,
          value: fmt(median(runs.map((r) => r.cost!.scriptMs)), 1),
          ratio: `own measure 'dateline:mark' ${fmt(median(runs.map((r) => r.view.markMs[0] ?? Number.NaN)), 1)} ms`,
        },
        {
          area: 'The page',
          metric: `${long.words}-word article, ${label}: load event → marks shown, ms`,
          value: fmt(median(runs.map((r) => (r.view.marksAt ?? Number.NaN) - r.view.loadEnd)), 0),
        },
      );
    }

    // Every saved page and the seed article, one first visit each.
    for (const { name } of sources) {
      const url = urlOf(name);
      const { view, cost } = await visit(withExt, url, undefined, 8_000);
      const plain = await visit(without, url, undefined, 1_000);
      const longest = cost!.longestTaskMs;
      const what = view.marks > 0 ? `${view.marks} marks` : view.checkMs !== null ? 'not an article' : 'no marks';
      rows.push({
        area: 'The page',
        metric: `${name} (${what}): content script JS ms / longest task ms / load → marks ms`,
        value: `${fmt(cost!.scriptMs, 1)} / ${fmt(longest, 1)} / ${view.marksAt === null ? '–' : fmt(view.marksAt - view.loadEnd, 0)}`,
        budget: 'no long task > 50 ms',
        ratio: `that task: ${fmt(cost!.longestTaskCpuMs, 1)} ms CPU; most Dateline JS in one task ${fmt(cost!.ownLongestMs, 1)} ms; page's longest long task ${fmt(Math.max(0, ...view.longTasks), 0)} ms vs ${fmt(Math.max(0, ...plain.view.longTasks), 0)} ms without`,
        verdict: longest <= 50 ? 'ok' : 'miss',
      });
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
}
