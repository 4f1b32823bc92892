/**
 * Inputs for the generated databases, from real data: ~800-word news texts (CoNLL-2003 and TempEval-3 documents run
 * together), a pool of 3,000 person names (the people CoNLL annotates, plus given/family name combinations of them)
 * and the world's countries. The browser draws articles from these (scripts/bench/extension/generate.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import worldCountries from 'world-countries';
import type { GeneratorInput } from './extension/generate';
import { conllDocs, SHARED, tempevalDocs } from './corpus';
import { countWords } from './stats';

/** Texts of about `words` words each, made of whole documents. */
function newsTexts(words: number, count: number): string[] {
  const docs = [...tempevalDocs(), ...conllDocs()].map((d) => d.text.replace(/\s+/g, ' ').trim());
  const out: string[] = [];
  let current = '';
  for (const doc of docs) {
    current = current ? `${current}\n\n${doc}` : doc;
    if (countWords(current) >= words) {
      out.push(
        current
          .split(' ')
          .slice(0, words + 50)
          .join(' '),
      );
      current = '';
      if (out.length >= count) break;
    }
  }
  return out;
}

/** Names CoNLL tags as persons (B-/I-PER runs), in order of first appearance. */
function conllPersonNames(): string[] {
  const file = join(SHARED, 'data/conll2003/eng.train');
  if (!existsSync(file)) return [];
  const names = new Set<string>();
  let run: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [token, , , tag] = line.split(' ');
    if (tag?.endsWith('PER')) run.push(token!);
    else {
      if (run.length >= 2) names.add(run.join(' '));
      run = [];
    }
  }
  return [...names];
}

/** The generator's input, or null when ../shared is missing. */
export function generatorInput(analysisVersion: number, people = 3_000): GeneratorInput | null {
  const texts = newsTexts(800, 300);
  const real = conllPersonNames();
  if (texts.length === 0 || real.length === 0) return null;
  const personNames = real.slice(0, people);
  for (let i = 0; personNames.length < people; i++) {
    const given = real[i % real.length]!.split(' ')[0]!;
    const family = real[(i * 7 + 3) % real.length]!.split(' ').at(-1)!;
    personNames.push(`${given} ${family}`);
  }
  const countries = worldCountries.map((c) => ({ code: c.cca2, name: c.name.common }));
  return { texts, personNames, countries, analysisVersion };
}
