/**
 * TempEval-3 evaluation of the time-expression tagger (`tagTimexes`) on TimeML `.tml` files.
 * Measures as defined in ../shared/data/README.md: strict (exact extent) and relaxed (any overlap)
 * precision/recall/F1, value accuracy on relaxed matches, value F1 = relaxed F1 × value accuracy.
 * Run alone: `npx tsx scripts/eval/tempeval.ts [dir]` (default ../shared/data/tempeval3/train).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagTimexes } from '../../utils/analysis/time/index';

/** A gold TIMEX3 of the document's TEXT, with offsets into the tag-stripped text. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** One TimeML document reduced to what the evaluation needs. */
export interface TmlDoc {
  file: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

/** The scores of one run. P/R/F1 and accuracies are percentages. */
export interface TempEvalScores {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueAcc: number;
  valueF1: number;
  typeAcc: number;
  docs: number;
  gold: number;
  predicted: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? `&${name};`;
}

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m?.[1] ?? '';
}

/** Parses a .tml document: the CREATION_TIME value and the TEXT's plain text with its TIMEX3 spans. */
export function parseTml(xml: string, file = ''): TmlDoc {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const dct = dctTag ? attr(dctTag[0], 'value') || null : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { start: number; type: string; value: string }[] = [];
  const token = /<(\/?)([A-Za-z0-9_]+)([^>]*)>|&(#x[0-9a-fA-F]+|#\d+|[a-z]+);|[^<&]+|[<&]/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m[2] !== undefined) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        const o = open.pop();
        if (o) timexes.push({ ...o, end: text.length, text: text.slice(o.start) });
      } else if (!m[3]?.trimEnd().endsWith('/')) {
        open.push({ start: text.length, type: attr(m[0], 'type'), value: attr(m[0], 'value') });
      }
    } else if (m[4] !== undefined) text += decodeEntity(m[4]);
    else text += m[0];
  }
  for (const t of timexes) t.text = text.slice(t.start, t.end);
  timexes.sort((a, b) => a.start - b.start);
  return { file, dct, text, timexes };
}

function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tmlFiles(path));
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

/** Loads every .tml under `dir` (recursively). */
export function loadTml(dir: string): TmlDoc[] {
  return tmlFiles(dir).map((f) => parseTml(readFileSync(f, 'utf8'), f));
}

const pct = (a: number, b: number): number => (b === 0 ? 0 : (100 * a) / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Scores `tagTimexes` on already-loaded documents. */
export function scoreDocs(docs: TmlDoc[]): TempEvalScores {
  let gold = 0;
  let predicted = 0;
  let strict = 0;
  let relaxed = 0;
  let valueOk = 0;
  let typeOk = 0;
  for (const doc of docs) {
    const pred = tagTimexes(doc.text, doc.dct);
    gold += doc.timexes.length;
    predicted += pred.length;
    const used = new Set<number>();
    for (const g of doc.timexes) {
      // One-to-one matching: prefer an exact extent, else the first overlapping prediction.
      let best = -1;
      for (let i = 0; i < pred.length; i++) {
        const p = pred[i]!;
        if (used.has(i) || p.end <= g.start || p.start >= g.end) continue;
        if (p.start === g.start && p.end === g.end) {
          best = i;
          break;
        }
        if (best < 0) best = i;
      }
      if (best < 0) continue;
      used.add(best);
      const p = pred[best]!;
      relaxed++;
      if (p.start === g.start && p.end === g.end) strict++;
      if (p.value === g.value) valueOk++;
      if (p.type === g.type) typeOk++;
    }
  }
  const strictP = pct(strict, predicted);
  const strictR = pct(strict, gold);
  const relaxedP = pct(relaxed, predicted);
  const relaxedR = pct(relaxed, gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const valueAcc = pct(valueOk, relaxed);
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1,
    valueAcc,
    valueF1: (relaxedF1 * valueAcc) / 100,
    typeAcc: pct(typeOk, relaxed),
    docs: docs.length,
    gold,
    predicted,
  };
}

/** Evaluates `tagTimexes` on every .tml under `dir` (TempEval-3 measures, percentages). */
export function evalTempEval(dir: string): TempEvalScores {
  return scoreDocs(loadTml(dir));
}

function printTable(rows: [string, TempEvalScores][]): void {
  const cols = ['strictF1', 'relaxedF1', 'valueF1', 'strictP', 'strictR', 'valueAcc', 'typeAcc'] as const;
  console.log(['split'.padEnd(10), ...cols.map((c) => c.padStart(9)), '  docs  gold  pred'].join(''));
  for (const [name, s] of rows) {
    const cells = cols.map((c) => s[c].toFixed(1).padStart(9));
    const counts = `${String(s.docs).padStart(6)}${String(s.gold).padStart(6)}${String(s.predicted).padStart(6)}`;
    console.log([name.padEnd(10), ...cells, counts].join(''));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? '../shared/data/tempeval3/train');
  const docs = loadTml(dir);
  const rows: [string, TempEvalScores][] = [];
  for (const split of ['TimeBank', 'AQUAINT']) {
    const part = docs.filter((d) => d.file.includes(`/${split}/`));
    if (part.length > 0) rows.push([split, scoreDocs(part)]);
  }
  rows.push(['all', scoreDocs(docs)]);
  printTable(rows);
}
