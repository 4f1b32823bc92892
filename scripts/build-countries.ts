/**
 * Builds utils/analysis/countries/gazetteer.json, the compact country table the analysis ships, and capitals.json (the
 * capital cities of sovereign states, which the people finder must not take for people: "help Pyongyang build"), from the
 * world-countries and i18n-iso-countries packages (English names, English official names, English alternative
 * spellings, English demonyms). Run: `npx tsx scripts/build-countries.ts`. The output is committed so the extension
 * bundles a few kilobytes instead of both packages (world-countries alone is 1.4 MB of JSON).
 *
 * News aliases, historical names and blocked phrases are hand-curated in utils/analysis/countries/aliases.ts, not here:
 * this script only transcribes the packages' data, filtered to forms an English news text uses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

interface WorldCountry {
  cca2: string;
  independent: boolean | null;
  area: number;
  name: { common: string; official: string };
  capital?: string[];
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

/** One row of the generated table: [code, display name, names, demonyms]. */
export type GazetteerRow = [string, string, string[], string[]];

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as WorldCountry[];
const i18nEn = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/en.json'), 'utf8')) as {
  countries: Record<string, string | string[]>;
};

/**
 * Alternative spellings are a mix of codes, native names and English forms; keep only English state forms
 * ("Kingdom of Spain", "Republic of Korea"). Native names such as "Nippon", "Suomi" or "Island" (Iceland) would
 * match ordinary words and company names.
 */
const ENGLISH_STATE_FORM =
  /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Union|Principality|Sultanate|Emirates|Confederation|Grand Duchy|Territory|Islands)\b/;

/** Display names where the packages' common name is not the one English news uses. */
const DISPLAY_NAME: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic', CD: 'DR Congo', MO: 'Macau' };

/** Whether a form is usable for matching running text (no inverted "Korea, Republic of", no parentheses, no codes). */
function usable(form: string): boolean {
  if (/[,()]/.test(form)) return false;
  if (/^[A-Z]{2,3}$/.test(form)) return false; // ISO codes; curated acronyms (UK, USA, UAE) live in aliases.ts
  return /^[\p{Script=Latin}\s'’.-]+$/u.test(form);
}

function build(): GazetteerRow[] {
  // Independent, then larger countries first: a shared form ("Congo", "American", "French") goes to the first owner.
  const ordered = [...world].sort(
    (a, b) => Number(Boolean(b.independent)) - Number(Boolean(a.independent)) || b.area - a.area,
  );
  const taken = new Set<string>();
  const claim = (forms: Iterable<string>): string[] => {
    const out: string[] = [];
    for (const form of forms) {
      const key = form.toLowerCase();
      if (!usable(form) || taken.has(key)) continue;
      taken.add(key);
      out.push(form);
    }
    return out;
  };
  const rows: GazetteerRow[] = [];
  for (const c of ordered) {
    const en = i18nEn.countries[c.cca2];
    const enNames = en === undefined ? [] : Array.isArray(en) ? en : [en];
    const names = claim([
      c.name.common,
      c.name.official,
      ...enNames,
      ...c.altSpellings.filter((s) => ENGLISH_STATE_FORM.test(s)),
    ]);
    const dem = c.demonyms?.eng;
    const demonyms = claim(
      dem ? [dem.m, dem.f].flatMap((d) => d.split(/,\s*|\s+or\s+/)).filter((d) => d !== c.name.common) : [],
    );
    rows.push([c.cca2, DISPLAY_NAME[c.cca2] ?? c.name.common, names, demonyms]);
  }
  return rows.sort((a, b) => a[0].localeCompare(b[0]));
}

const out = fileURLToPath(new URL('../utils/analysis/countries/gazetteer.json', import.meta.url));
const rows = build();
// Formatted like the rest of the repository so that `npm run check` passes on the generated file.
const options = (await resolveConfig(out)) ?? {};
writeFileSync(out, await format(JSON.stringify(rows), { ...options, filepath: out }));
console.log(`wrote ${rows.length} countries to ${out}`);

const capitalsOut = fileURLToPath(new URL('../utils/analysis/countries/capitals.json', import.meta.url));
const capitals = [...new Set(world.filter((c) => c.independent).flatMap((c) => c.capital ?? []))].sort();
writeFileSync(capitalsOut, await format(JSON.stringify(capitals), { ...options, filepath: capitalsOut }));
console.log(`wrote ${capitals.length} capitals to ${capitalsOut}`);
