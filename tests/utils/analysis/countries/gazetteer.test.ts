import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import rows from '../../../../utils/analysis/countries/gazetteer.json';
import { NEWS_DEMONYMS, NEWS_NAMES } from '../../../../utils/analysis/countries/aliases';

const require = createRequire(import.meta.url);
const isoCodes = new Set(
  (JSON.parse(readFileSync(require.resolve('i18n-iso-countries/codes.json'), 'utf8')) as string[][]).map((r) => r[0]),
);

describe('the generated gazetteer (scripts/build-countries.ts)', () => {
  const table = rows as [string, string, string[], string[]][];

  it('covers every ISO 3166-1 country of the source data, once', () => {
    const codes = table.map((r) => r[0]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(249);
  });

  it.each([
    ['KP', 'North Korea', 'North Korean'],
    ['GB', 'United Kingdom', 'British'],
    ['NL', 'Netherlands', 'Dutch'],
    ['US', 'United States', 'American'],
  ])('%s is %s, demonym %s', (code, name, demonym) => {
    const row = table.find((r) => r[0] === code);
    expect(row?.[1]).toBe(name);
    expect(row?.[3]).toContain(demonym);
  });

  it('holds no ISO codes or native-language names as forms ("IN", "Nippon", "Island")', () => {
    const forms = table.flatMap((r) => [...r[2], ...r[3]]);
    expect(forms.filter((f) => /^[A-Z]{2,3}$/.test(f))).toEqual([]);
    expect(forms).not.toContain('Nippon');
    expect(forms).not.toContain('Island');
  });

  it('stays small enough to ship (< 40 kB)', () => {
    expect(JSON.stringify(rows).length).toBeLessThan(40_000);
  });

  it('uses only ISO 3166-1 alpha-2 codes (i18n-iso-countries) in the table and the curated aliases', () => {
    const used = [...table.map((r) => r[0]), ...Object.keys(NEWS_NAMES), ...Object.keys(NEWS_DEMONYMS)];
    expect(used.filter((c) => !isoCodes.has(c) && c !== 'XK')).toEqual([]);
  });
});
