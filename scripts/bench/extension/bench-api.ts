/**
 * The storage benchmark's code, bundled by esbuild and evaluated in an extension page of the loaded extension (over
 * the DevTools protocol, which the page's CSP does not govern). It uses the extension's own modules — the schema,
 * the repository and the popup's search and timeline queries — on the real IndexedDB of the extension's origin.
 * Nothing here ships in the extension.
 */
import type { AnalysisResult } from '@/utils/analysis/types';
import { saveAnalysis } from '@/utils/db/analysis';
import { saveArticle } from '@/utils/db/articles';
import { recountAllEntities, refreshSearchRows } from '@/utils/db/derived';
import { adjustEventDays, tallyEventDays } from '@/utils/db/eventDays';
import { eventEntityDays } from '@/utils/db/eventKeys';
import { articleTables } from '@/utils/db/queries/deleteArticles';
import { windowDensity, yearDensity } from '@/utils/db/queries/eventDensity';
import { queryHistory } from '@/utils/db/queries/history';
import { loadSearchIndex } from '@/utils/db/queries/searchIndexLoad';
import { rankPeople } from '@/utils/db/queries/rankEntities';
import { entityTimelinePage, timelinePage } from '@/utils/db/queries/timelinePage';
import { DatelineDB } from '@/utils/db/schema';
import type { ArticleExtracted } from '@/utils/messaging/protocol';
import { historyResults } from '@/utils/popup/historySearch';
import { median, timeMedianAsync as timed } from '../stats';
import { articleGenerator, type GeneratorInput } from './generate';

const db = new DatelineDB();
let generate: ReturnType<typeof articleGenerator> | null = null;

/**
 * Stores generated articles `from`..`to`-1, 250 per transaction, with bulk writes (the figures are about reading),
 * with what the repository keeps at write time: search rows and event day counts per batch, entity counts once at the end.
 */
async function seed(input: GeneratorInput, from: number, to: number): Promise<void> {
  generate ??= articleGenerator(input);
  for (let start = from; start < to; start += 250) {
    const batch = Array.from({ length: Math.min(250, to - start) }, (_, i) => generate!(start + i));
    const tables = articleTables(db);
    await db.transaction('rw', tables, async () => {
      const ids = await db.articles.bulkAdd(
        batch.map((b) => b.article),
        { allKeys: true },
      );
      await db.articleTexts.bulkAdd(batch.map((b, i) => ({ articleId: ids[i]!, text: b.text })));
      await db.people.bulkAdd(batch.flatMap((b, i) => b.people.map((p) => ({ ...p, articleId: ids[i]! }))));
      await db.countries.bulkAdd(batch.flatMap((b, i) => b.countries.map((c) => ({ ...c, articleId: ids[i]! }))));
      await db.mentions.bulkAdd(batch.flatMap((b, i) => b.mentions.map((m) => ({ ...m, articleId: ids[i]! }))));
      const events = batch.flatMap((b, i) =>
        b.events.map((e) => ({ ...e, articleId: ids[i]!, entityDays: eventEntityDays(e) })),
      );
      await db.events.bulkAdd(events);
      await adjustEventDays(db, new Map(), tallyEventDays(events));
      await refreshSearchRows(db, ids);
    });
  }
  await db.transaction('rw', [db.people, db.countries, db.entityCounts], () => recountAllEntities(db));
}

/** Median ms to store one analysed article (saveArticle, then saveAnalysis), each run under a new address. */
async function storeOne(extracted: ArticleExtracted, analysis: AnalysisResult, runs: number): Promise<number> {
  let n = 0;
  return timed(async () => {
    const pageUrl = `https://bench.example/stored/${Date.now()}-${n++}`;
    const saved = await saveArticle(db, { ...extracted, pageUrl, meta: { ...extracted.meta, url: null } }, Date.now());
    await saveAnalysis(db, saved.id, analysis, { version: 1, now: Date.now(), text: extracted.text });
  }, runs);
}

/**
 * Search as the History tab runs it (\`historyResults\`): the first query from the stored words in the database (what a
 * keystroke gets before the in-memory index is ready), the in-memory index's build (done in slices in the background
 * once the popup is idle; timed here at once), and keystrokes answered from it.
 */
async function search(queries: string[], runs: number) {
  const firstSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await historyResults(db, queries[0]!, {}, 50);
    firstSamples.push(performance.now() - t0);
  }
  const buildMs = await timed(() => loadSearchIndex(db), runs);
  const index = await loadSearchIndex(db);
  const keystroke = await timed(async () => {
    for (const q of queries) await historyResults(db, q, {}, 50, index);
  }, runs);
  const probe = await historyResults(db, queries.at(-1)!, {}, 50, index);
  return { firstMs: median(firstSamples), buildMs, keystrokeMs: keystroke / queries.length, matches: probe.total };
}

/**
 * The People tab's ranking and the first page of an entity's cross-article timeline (what the popup reads when one is
 * chosen) for the most frequent person and a median one; and the timeline page's first page of everything.
 */
async function timelines(runs: number) {
  const ranked = await rankPeople(db, 200);
  const top = ranked[0]!;
  const mid = ranked[Math.floor(ranked.length / 2)]!;
  const rankMs = await timed(() => rankPeople(db, 200), runs);
  const topMs = await timed(() => entityTimelinePage(db, { kind: 'person', id: top.key }), runs);
  const midMs = await timed(() => entityTimelinePage(db, { kind: 'person', id: mid.key }), runs);
  const everythingMs = await timed(() => timelinePage(db, {}), runs);
  // The chart's density bars of everything: year counts (read with the page), then the month and day counts read as
  // the reader zooms in, around the busiest year and month (a view's window is itself and a view's width each side).
  const yearsMs = await timed(() => yearDensity(db, {}), runs);
  const years = await yearDensity(db, {});
  const busyYear = Number(years.reduce((a, b) => (b.count > a.count ? b : a)).key);
  const months = { unit: 'month', from: `${busyYear - 3}-01`, to: `${busyYear + 4}-01` } as const;
  const monthsMs = await timed(() => windowDensity(db, {}, months), runs);
  const busyMonth = (await windowDensity(db, {}, months)).reduce((a, b) => (b.count > a.count ? b : a)).key;
  const days = { unit: 'day', from: `${busyMonth}-01`, to: `${busyMonth}-32` } as const;
  const daysMs = await timed(() => windowDensity(db, {}, days), runs);
  return {
    rankMs,
    everythingMs,
    density: { yearsMs, monthsMs, daysMs, years: years.length },
    top: { key: top.key, articles: top.articles, ms: topMs },
    mid: { articles: mid.articles, ms: midMs },
  };
}

/** The history's first page, as the History tab reads it before any search. */
async function firstPage(runs: number): Promise<number> {
  return timed(() => queryHistory(db, {}, 50, 0), runs);
}

/** Bytes the origin uses on disk, as the browser estimates it. */
async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

async function counts() {
  return { articles: await db.articles.count(), events: await db.events.count() };
}

(globalThis as Record<string, unknown>).__datelineBench = {
  seed,
  storeOne,
  search,
  timelines,
  firstPage,
  usage,
  counts,
};
