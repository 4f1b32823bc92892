/**
 * PER evaluation of findPeople on CoNLL-2003 (exact match of entity spans). Each document's tokens are joined with
 * single spaces, its sentences with newlines; every predicted mention is mapped back to a token span and compared
 * with the gold PER chunks. Run alone: `npx tsx scripts/eval/conll.ts [file]` (default: the eng.testa dev split).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPeople, loadPeopleModel } from '../../utils/analysis/people/index';
import { chunks, readConll } from '../train/conll-reader';

/** Exact-match PER scores. */
export interface ConllPeopleScores {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  sentences: number;
  /** Milliseconds spent in findPeople (model already loaded), and words (tokens) processed. */
  ms: number;
  words: number;
}

/** The default evaluation file: the CoNLL-2003 development split. */
export const CONLL_DEV = resolve(fileURLToPath(import.meta.url), '../../../../shared/data/conll2003/eng.testa');

/** Scores findPeople's mentions against the PER entities of a CoNLL-2003 file. */
export function evalConllPeople(file: string = CONLL_DEV): ConllPeopleScores {
  if (!existsSync(file)) throw new Error(`CoNLL-2003 file not found: ${file} (the corpora live in ../shared/data)`);
  loadPeopleModel();
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  let sentences = 0;
  let ms = 0;
  let words = 0;
  for (const doc of readConll(file)) {
    sentences += doc.sentences.length;
    words += doc.words.length;
    const startAt = new Map<number, number>();
    const endAt = new Map<number, number>();
    let pos = 0;
    let k = 0;
    const lines = doc.sentences.map((s) =>
      s
        .map((w) => {
          startAt.set(pos, k);
          endAt.set(pos + w.length, k + 1);
          pos += w.length + 1;
          k++;
          return w;
        })
        .join(' '),
    );
    const text = lines.join('\n');
    const goldSpans = new Set(chunks(doc.tags, 'PER').map(([a, b]) => `${a}:${b}`));
    gold += goldSpans.size;
    const t0 = performance.now();
    const people = findPeople(text);
    ms += performance.now() - t0;
    for (const p of people) {
      for (const m of p.mentions) {
        predicted++;
        const a = startAt.get(m.start);
        const b = endAt.get(m.end);
        if (a !== undefined && b !== undefined && goldSpans.has(`${a}:${b}`)) correct++;
      }
    }
  }
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, sentences, ms, words };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ? resolve(process.argv[2]) : CONLL_DEV;
  try {
    const s = evalConllPeople(file);
    const pct = (x: number) => (100 * x).toFixed(1);
    const rows = [
      ['precision', 'recall', 'F1', 'gold', 'predicted', 'sentences', 'ms / 1,000 tokens'],
      [
        pct(s.precision),
        pct(s.recall),
        pct(s.f1),
        s.gold,
        s.predicted,
        s.sentences,
        ((1000 * s.ms) / s.words).toFixed(2),
      ],
    ].map((r) => r.map(String));
    const widths = rows[0]?.map((_, k) => Math.max(...rows.map((r) => (r[k] ?? '').length))) ?? [];
    const line = (r: string[]) => `| ${r.map((c, k) => c.padEnd(widths[k] ?? 0)).join(' | ')} |`;
    console.log(`CoNLL-2003 PER, exact match: ${file}`);
    console.log(line(rows[0] ?? []));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    console.log(line(rows[1] ?? []));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
