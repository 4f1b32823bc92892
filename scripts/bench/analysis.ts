/**
 * Analysis speed: Dateline's engine against compromise (people + places + dates) and chrono-node on the same texts,
 * in the same process, plus how the time grows with the text's length.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import * as chrono from 'chrono-node';
import { analyze } from '../../utils/analysis/index';
import { conllDocs, tempevalDocs, type BenchDoc } from './corpus';
import { fmt, type BenchRow, type BenchSkip } from './report';
import { countWords, timeMedian } from './stats';

nlp.plugin(datesPlugin as Parameters<typeof nlp.plugin>[0]);

type Engine = (doc: BenchDoc) => unknown;

/** The engines compared; each does the whole job it is known for, forcing lazy results to be computed. */
export const ENGINES: Record<string, Engine> = {
  dateline: (d) => analyze(d.text, { publishedTime: d.date, lang: 'en' }),
  compromise: (d) => {
    const doc = nlp(d.text);
    const dates = doc as unknown as { dates: (o?: object) => { json: () => unknown[] } };
    return [doc.people().json(), doc.places().json(), dates.dates().json()];
  },
  'chrono-node': (d) => chrono.parse(d.text, d.date ? new Date(d.date) : new Date(0)),
};

/** The leading documents of a corpus up to about `maxWords` words, so the slowest baseline stays affordable. */
function sample(docs: readonly BenchDoc[], maxWords: number): BenchDoc[] {
  const out: BenchDoc[] = [];
  let words = 0;
  for (const d of docs) {
    if (words >= maxWords) break;
    out.push(d);
    words += countWords(d.text);
  }
  return out;
}

function msPer1000Words(engine: Engine, docs: readonly BenchDoc[], runs: number): number {
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);
  const ms = timeMedian(() => docs.forEach(engine), runs, 1);
  return (ms / words) * 1000;
}

/** Measures every engine on each corpus; `pages` are the extracted texts of the saved pages. */
export function benchAnalysisSpeed(pages: BenchDoc[], rows: BenchRow[], skips: BenchSkip[]): void {
  const corpora: [string, BenchDoc[]][] = [
    ['CoNLL-2003 dev', conllDocs()],
    ['TempEval-3 train', tempevalDocs()],
    ['saved news pages', pages],
  ];
  for (const [name, all] of corpora) {
    const docs = sample(all, 10_000);
    if (docs.length === 0) {
      skips.push({ area: `Analysis (${name})`, reason: 'corpus not found in ../shared' });
      continue;
    }
    const runs = 3;
    const ours = msPer1000Words(ENGINES.dateline!, docs, runs);
    const comp = msPer1000Words(ENGINES.compromise!, docs, runs);
    const chr = msPer1000Words(ENGINES['chrono-node']!, docs, runs);
    const ratio = ours / comp;
    rows.push(
      {
        area: 'Analysis',
        metric: `Dateline, ms / 1,000 words (${name}, ${docs.length} docs)`,
        value: fmt(ours),
        budget: '≤ 25% of compromise',
        ratio: `${fmt(ratio * 100, 1)}% of compromise, ${fmt(ours / chr, 2)}× chrono`,
        verdict: ratio <= 0.25 ? 'ok' : 'miss',
      },
      { area: 'Analysis', metric: `compromise people+places+dates, ms / 1,000 words (${name})`, value: fmt(comp) },
      { area: 'Analysis', metric: `chrono-node dates only, ms / 1,000 words (${name})`, value: fmt(chr) },
    );
  }
}

/** Time per 1,000 words at 1k, 10k and 100k words; a ratio near 1 between the ends means linear growth. */
export function benchScaling(rows: BenchRow[], skips: BenchSkip[]): void {
  const docs = conllDocs();
  if (docs.length === 0) {
    skips.push({ area: 'Analysis scaling', reason: 'CoNLL-2003 dev not found in ../shared' });
    return;
  }
  const all = docs.map((d) => d.text).join('\n\n');
  const allWords = countWords(all);
  // Repeats the corpus until it is long enough, then cuts at exactly n words (keeping the sentence newlines).
  const sized = (n: number): string => {
    const text = Array.from({ length: Math.ceil(n / allWords) }, () => all).join('\n\n');
    let seen = 0;
    const cut = text.replace(/\S+/g, (w) => (++seen <= n ? w : ''));
    return cut.trimEnd();
  };
  const perK: number[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const doc: BenchDoc = { name: `${n}`, text: sized(n), date: '1996-08-30' };
    const ms = timeMedian(() => ENGINES.dateline!(doc), n >= 100_000 ? 3 : 5, 1);
    perK.push((ms / n) * 1000);
    rows.push({ area: 'Analysis scaling', metric: `${n.toLocaleString('en')} words, total ms`, value: fmt(ms, 1) });
  }
  const growth = perK[2]! / perK[0]!;
  rows.push({
    area: 'Analysis scaling',
    metric: 'ms / 1,000 words at 100k ÷ at 1k',
    value: fmt(growth, 2),
    budget: 'linear (≈ 1, ≤ 1.5)',
    verdict: growth <= 1.5 ? 'ok' : 'miss',
  });
}
