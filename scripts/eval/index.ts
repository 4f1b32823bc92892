/**
 * `npm run eval`: every measure of the analysis against its target, in one table.
 * - TempEval-3 train (../shared/data/tempeval3/train): strict, relaxed and value F1 of the time tagger.
 * - CoNLL-2003 eng.testa (../shared/data/conll2003): PER precision/recall/F1 of findPeople; country P/R/F1
 *   (see conll-countries.ts for how country gold is defined and which mentions are scored).
 * - The reference article (../shared/fixtures/seed-article.html): one line per expected fact.
 * Missed targets are reported, not fatal: the exit status is non-zero only when a measure crashes.
 * Each part is skipped, with a message, when its data is absent (../shared lives outside the repository).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPeople } from '../../utils/analysis/people/index';
import { countryCodesIn } from '../../utils/analysis/countries/index';
import { evalConllPeople } from './conll';
import { evalConllCountries } from './conll-countries';
import { runSeed, seedAvailable, seedChecks, SEED_DIR } from './seed';
import { evalTempEval } from './tempeval';

const SHARED = resolve(fileURLToPath(import.meta.url), '../../../../shared');
const TEMPEVAL = resolve(SHARED, 'data/tempeval3/train');
const CONLL_TESTA = resolve(SHARED, 'data/conll2003/eng.testa');

/** One table row: what is measured, the figure, the target and whether it is met. */
interface Row {
  measure: string;
  value: string;
  target: string;
  ok: boolean | null;
}

const rows: Row[] = [];
let crashed = false;
const pct = (x: number): string => x.toFixed(1);

function section(name: string, available: boolean, where: string, run: () => void): void {
  if (!available) {
    rows.push({ measure: `${name}: skipped, ${where} not found`, value: '', target: '', ok: null });
    return;
  }
  try {
    run();
  } catch (err) {
    crashed = true;
    rows.push({ measure: `${name}: CRASHED ${(err as Error).stack ?? String(err)}`, value: '', target: '', ok: false });
  }
}

section('TempEval-3 train', existsSync(TEMPEVAL), TEMPEVAL, () => {
  const s = evalTempEval(TEMPEVAL);
  rows.push({ measure: 'TempEval-3 train strict F1', value: pct(s.strictF1), target: '≥ 85', ok: s.strictF1 >= 85 });
  rows.push({ measure: 'TempEval-3 train relaxed F1', value: pct(s.relaxedF1), target: '', ok: null });
  rows.push({ measure: 'TempEval-3 train value F1', value: pct(s.valueF1), target: '≥ 80', ok: s.valueF1 >= 80 });
});

section('CoNLL-2003 eng.testa', existsSync(CONLL_TESTA), CONLL_TESTA, () => {
  // Both CoNLL evaluations return fractions; the table shows percentages.
  const f = (x: number): string => pct(100 * x);
  const p = evalConllPeople(CONLL_TESTA);
  const per = `${f(p.precision)} / ${f(p.recall)} / ${f(p.f1)}`;
  rows.push({ measure: 'CoNLL eng.testa PER P / R / F1', value: per, target: 'F1 ≥ 90', ok: p.f1 * 100 >= 90 });
  // Countries with the people of the same text, as analyze runs them.
  const c = evalConllCountries(CONLL_TESTA, (text) => findPeople(text, { countryCodesIn }));
  rows.push({
    measure: 'CoNLL eng.testa country P / R / F1',
    value: `${f(c.precision)} / ${f(c.recall)} / ${f(c.f1)}`,
    target: 'F1 ≥ 95',
    ok: c.f1 * 100 >= 95,
  });
  const e = c.withEmbedded;
  rows.push({
    measure: '  … scoring embedded names too (U.S. Navy)',
    value: `${f(e.precision)} / ${f(e.recall)} / ${f(e.f1)}`,
    target: '',
    ok: null,
  });
});

section('Seed article', seedAvailable(), SEED_DIR, () => {
  for (const check of seedChecks(runSeed())) {
    rows.push({
      measure: `seed ${check.group}: ${check.label}${check.ok ? '' : ` — ${check.detail}`}`,
      value: check.ok ? 'pass' : 'FAIL',
      target: 'pass',
      ok: check.ok,
    });
  }
});

const width = Math.min(100, Math.max(...rows.map((r) => r.measure.length)));
console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(19)}  ${'target'.padEnd(8)}  met`);
for (const r of rows) {
  const mark = r.ok === null ? '' : r.ok ? '✓' : '✗';
  console.log(`${r.measure.padEnd(width)}  ${r.value.padStart(19)}  ${r.target.padEnd(8)}  ${mark}`);
}
const scored = rows.filter((r) => r.ok !== null);
console.log(`\n${scored.filter((r) => r.ok).length} of ${scored.length} targets met.`);
if (crashed) process.exitCode = 1;
