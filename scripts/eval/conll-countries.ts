/**
 * Country detection measured on CoNLL-2003 (../shared/data/conll2003, README there).
 *
 * Gold: LOC entities whose text names a country. "Names a country" is decided by a reference list that does not
 * come from the detector: every English name, official name and alternative spelling in the world-countries and
 * i18n-iso-countries packages (unfiltered), plus the names CoNLL's 1996 Reuters text uses that the packages lack,
 * listed below (the UK's constituent countries, "U.S.", "Britain", historical names).
 * Predicted: the detector's name-form mentions. Not scored: demonyms (CoNLL tags "Russian" or "French" MISC, never
 * LOC), names embedded in a larger name (CoNLL tags "U.S. Navy" ORG, "U.S.-led" MISC, "Western Ukraine" LOC as a
 * whole) and short references ("the North", not a country name). Exact match on token spans; a mention that does not
 * fall on token boundaries counts as a false positive.
 *
 * Each document is rebuilt as text (tokens joined by spaces, one sentence a line) and analysed whole.
 * Run alone: `npx tsx scripts/eval/conll-countries.ts [file]` (default: eng.testa) for the scores and top errors.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryMentions } from '../../utils/analysis/countries/index';
import type { Person } from '../../utils/analysis/types';

/** Country names CoNLL's LOC entities use that the packages lack, judged by reading the LOC entities of eng.train. */
const EXTRA_COUNTRY_NAMES = [
  'U.S.',
  'US',
  'U.S.A.',
  'USA',
  'America',
  'Britain',
  'U.K.',
  'UK',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Holland',
  'Bosnia',
  'Yugoslavia',
  'Federal Republic of Yugoslavia',
  'Zaire',
  'Burma',
  'Korea',
  'S. Korea',
  'N. Korea',
  'Macedonia',
  'Turkey',
];

/** One CoNLL document: its tokens and its gold country spans. */
interface Doc {
  tokens: string[];
  /** Sentence index of each token. */
  sentence: number[];
  gold: [number, number][];
}

const norm = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, ''); // CoNLL splits a sentence's final dot off "U.S."

/** The reference set of country names, normalised. */
function referenceNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as {
    name: { common: string; official: string };
    altSpellings: string[];
  }[];
  const en = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/en.json'), 'utf8')) as {
    countries: Record<string, string | string[]>;
  };
  const names = new Set<string>(EXTRA_COUNTRY_NAMES.map(norm));
  // Alternative spellings include the ISO codes ("CA", "PA"): codes are not names, and CoNLL's "Pa." is Pennsylvania.
  for (const c of world) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings])
      if (!/^[A-Z]{2,3}$/.test(n)) names.add(norm(n));
  }
  for (const v of Object.values(en.countries)) for (const n of Array.isArray(v) ? v : [v]) names.add(norm(n));
  return names;
}

/** Reads a CoNLL file into documents with gold country spans (token index ranges, end exclusive). */
export function readConllCountries(file: string): Doc[] {
  const names = referenceNames();
  const docs: Doc[] = [];
  let doc: Doc = { tokens: [], sentence: [], gold: [] };
  let tags: string[] = [];
  let sentence = 0;
  const finish = (): void => {
    for (let i = 0; i < tags.length;) {
      const tag = tags[i]!;
      if (tag === 'O') {
        i++;
        continue;
      }
      const type = tag.slice(2);
      let j = i + 1;
      while (j < tags.length && tags[j] === `I-${type}`) j++;
      if (type === 'LOC' && names.has(norm(doc.tokens.slice(i, j).join(' ')))) doc.gold.push([i, j]);
      i = j;
    }
    if (doc.tokens.length > 0) docs.push(doc);
    doc = { tokens: [], sentence: [], gold: [] };
    tags = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      finish();
      continue;
    }
    if (line.trim() === '') {
      sentence++;
      continue;
    }
    const cols = line.split(' ');
    doc.tokens.push(cols[0]!);
    doc.sentence.push(sentence);
    tags.push(cols[cols.length - 1]!);
  }
  finish();
  return docs;
}

/** Precision, recall and F1 of one reading. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Scores of the country evaluation, with the errors of the main reading for inspection. */
export interface ConllCountryScores extends Prf {
  gold: number;
  /** The stricter reading: names embedded in larger names ("U.S. Navy", "U.S.-led") are scored too. */
  withEmbedded: Prf;
  errors: { kind: 'fp' | 'fn'; text: string; context: string }[];
}

type Tally = { tp: number; fp: number; fn: number };

function prf({ tp, fp, fn }: Tally): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Rebuilds a document's text (tokens joined by spaces, a line per sentence) with each token's offsets. */
function documentText(doc: Doc): { text: string; starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  doc.tokens.forEach((tok, i) => {
    if (i > 0) text += doc.sentence[i] === doc.sentence[i - 1] ? ' ' : '\n';
    starts.push(text.length);
    text += tok;
    ends.push(text.length);
  });
  return { text, starts, ends };
}

/**
 * Evaluates country detection on a CoNLL-2003 file.
 * @param peopleOf optional people finder: its people are passed to the detector, as the full analysis does.
 */
export function evalConllCountries(file: string, peopleOf?: (text: string) => Person[]): ConllCountryScores {
  const main: Tally = { tp: 0, fp: 0, fn: 0 };
  const strict: Tally = { tp: 0, fp: 0, fn: 0 };
  let gold = 0;
  const errors: ConllCountryScores['errors'] = [];
  for (const doc of readConllCountries(file)) {
    const { text, starts, ends } = documentText(doc);
    const tokAt = new Map(starts.map((s, i) => [s, i]));
    const tokEnd = new Map(ends.map((e, i) => [e, i]));
    const goldKeys = new Set(doc.gold.map(([a, b]) => `${a}:${b}`));
    gold += goldKeys.size;
    const context = (a: number, b: number): string =>
      text.slice(Math.max(0, a - 50), Math.min(text.length, b + 50)).replace(/\n/g, ' | ');
    const mentions = countryMentions(text, peopleOf ? { people: peopleOf(text) } : {});
    for (const [tally, kinds] of [
      [main, ['name']],
      [strict, ['name', 'embedded']],
    ] as const) {
      const found = new Set<string>();
      for (const m of mentions) {
        if (!(kinds as readonly string[]).includes(m.kind)) continue;
        const a = tokAt.get(m.start);
        const b = tokEnd.get(m.end);
        const key = a !== undefined && b !== undefined ? `${a}:${b + 1}` : `x${m.start}`;
        if (goldKeys.has(key)) {
          tally.tp++;
          found.add(key);
        } else {
          tally.fp++;
          if (tally === main) errors.push({ kind: 'fp', text: m.text, context: context(m.start, m.end) });
        }
      }
      for (const [a, b] of doc.gold) {
        if (found.has(`${a}:${b}`)) continue;
        tally.fn++;
        if (tally === main) {
          errors.push({
            kind: 'fn',
            text: doc.tokens.slice(a, b).join(' '),
            context: context(starts[a]!, ends[b - 1]!),
          });
        }
      }
    }
  }
  return { ...prf(main), gold, withEmbedded: prf(strict), errors };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = resolve(
    process.argv[2] ?? fileURLToPath(new URL('../../../shared/data/conll2003/eng.testa', import.meta.url)),
  );
  const { errors, ...scores } = evalConllCountries(file);
  console.log(JSON.stringify(scores, null, 2));
  // The errors, most frequent first, for whoever tunes the rules.
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(`${e.kind} ${e.text}`, (counts.get(`${e.kind} ${e.text}`) ?? 0) + 1);
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String(n).padStart(4), k);
}
