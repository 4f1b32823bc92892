/**
 * The reference-article checks: what a careful reader takes from ../shared/fixtures/seed-article.html, as listed in
 * seed-article.expected.json, checked against the full pipeline (Readability extraction, then analyze). One check per
 * expected person, country, time expression and event, one for the people and one for the countries that must not
 * be reported. Used by `npm run eval` and by tests/utils/analysis/index.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, isNotAnalysed } from '../../utils/analysis/index';
import type { AnalysisResult } from '../../utils/analysis/types';
import { extractArticle } from '../../utils/extract/index';
import { parseHtmlDocument } from '../lib/parse-html';

/** The fixtures directory, ../shared/fixtures from the repository root. */
export const SEED_DIR = resolve(fileURLToPath(import.meta.url), '../../../../shared/fixtures');

/** seed-article.expected.json. */
export interface SeedExpected {
  publishedTime: string;
  people: { name: string; role: string; country: string }[];
  notPeople: string[];
  countries: { code: string; forms: string[] }[];
  notCountries: string[];
  timexes: { text: string; value: string }[];
  events: { date: string; mustMention: string[]; about: string }[];
}

/** One check: what was expected, whether it holds, and what was found when it does not. */
export interface SeedCheck {
  group: 'person' | 'notPeople' | 'country' | 'notCountries' | 'timex' | 'event';
  label: string;
  ok: boolean;
  detail: string;
}

/** The article's text and analysis, from the real extraction. */
export interface SeedRun {
  expected: SeedExpected;
  text: string;
  analysis: AnalysisResult;
}

/** Whether the fixtures are present (they live outside the repository). */
export function seedAvailable(dir: string = SEED_DIR): boolean {
  return existsSync(resolve(dir, 'seed-article.html')) && existsSync(resolve(dir, 'seed-article.expected.json'));
}

/** Extracts and analyses the seed article. Throws when extraction finds no article or the text is not analysed. */
export function runSeed(dir: string = SEED_DIR): SeedRun {
  const expected = JSON.parse(readFileSync(resolve(dir, 'seed-article.expected.json'), 'utf8')) as SeedExpected;
  const html = readFileSync(resolve(dir, 'seed-article.html'), 'utf8');
  const article = extractArticle(parseHtmlDocument(html), null);
  if (article === null) throw new Error('extraction found no article in seed-article.html');
  const outcome = analyze(article.text, {
    publishedTime: article.meta.publishedTime ?? expected.publishedTime,
    lang: article.meta.lang,
  });
  if (isNotAnalysed(outcome)) throw new Error(`seed article not analysed: language ${outcome.lang}`);
  return { expected, text: article.text, analysis: outcome };
}

const list = (xs: readonly string[]): string => (xs.length === 0 ? 'none' : xs.join(', '));

/** Every check of the seed article, in the expected file's order. */
export function seedChecks(run: SeedRun): SeedCheck[] {
  const { expected: exp, analysis: a } = run;
  const checks: SeedCheck[] = [];
  for (const p of exp.people) {
    const found = a.people.find((q) => q.name === p.name);
    const ok = found !== undefined && found.role === p.role && found.countries.includes(p.country);
    const detail = found
      ? `found role ${JSON.stringify(found.role)}, countries ${list(found.countries)}`
      : `not found; people: ${list(a.people.map((q) => q.name))}`;
    checks.push({ group: 'person', label: `${p.name} (${p.role}, ${p.country})`, ok, detail });
  }
  const wrongPeople = exp.notPeople.filter((n) => a.people.some((q) => q.name === n));
  checks.push({
    group: 'notPeople',
    label: `no person named ${exp.notPeople.join(' / ')}`,
    ok: wrongPeople.length === 0,
    detail: `reported: ${list(wrongPeople)}`,
  });
  for (const c of exp.countries) {
    const found = a.countries.find((k) => k.code === c.code);
    const forms = new Set(found?.mentions.map((m) => m.text) ?? []);
    const missing = c.forms.filter((f) => !forms.has(f));
    checks.push({
      group: 'country',
      label: `${c.code}: ${c.forms.join(', ')}`,
      ok: missing.length === 0,
      detail: found ? `missing forms: ${list(missing)}; found ${list([...forms])}` : 'country not found',
    });
  }
  const wrongCountries = exp.notCountries.filter((n) =>
    a.countries.some((k) => k.mentions.some((m) => m.text.includes(n))),
  );
  checks.push({
    group: 'notCountries',
    label: `no country mention ${exp.notCountries.join(' / ')}`,
    ok: wrongCountries.length === 0,
    detail: `reported: ${list(wrongCountries)}`,
  });
  for (const t of exp.timexes) {
    // TimeML extents leave a leading preposition out ("in the coming months" is tagged "the coming months").
    const wanted = new Set([t.text.toLowerCase(), t.text.toLowerCase().replace(/^(?:in|on|at|by|during|for) /, '')]);
    const sameText = a.timexes.filter((x) => wanted.has(x.text.toLowerCase()));
    checks.push({
      group: 'timex',
      label: `"${t.text}" = ${t.value}`,
      ok: sameText.some((x) => x.value === t.value),
      detail: sameText.length ? `found ${list(sameText.map((x) => `"${x.text}" = ${x.value}`))}` : 'not found',
    });
  }
  for (const e of exp.events) {
    const onDate = a.events.filter((x) => x.date.value === e.date);
    const ok = onDate.some((x) => e.mustMention.every((code) => x.countries.includes(code)));
    checks.push({
      group: 'event',
      label: `${e.date} mentions ${e.mustMention.join(', ')} (${e.about})`,
      ok,
      detail: onDate.length
        ? `events on that date mention ${onDate.map((x) => `[${list(x.countries)}]`).join(' ')}`
        : 'no event on that date',
    });
  }
  return checks;
}
