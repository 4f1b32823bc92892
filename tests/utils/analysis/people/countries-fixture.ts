/**
 * A real country matcher for the tests' `countryCodesIn` option, built from world-countries' names, English
 * demonyms ("North Korean" → KP) and alternative spellings ("US" for "U.S."). The project's own country gazetteer
 * is another module; this one only stands in for it so the people tests do not depend on it.
 */
import countries from 'world-countries';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const forms: Array<[RegExp, string, number]> = countries
  .flatMap((c) => [
    ...[c.name.common, c.demonyms?.eng?.m, c.demonyms?.eng?.f]
      .filter((f): f is string => Boolean(f))
      .map((f) => [new RegExp(`\\b${escape(f)}(?:'s)?\\b`, 'i'), c.cca2, f.length] as [RegExp, string, number]),
    // Abbreviations are matched case-sensitively so "IN" (India) never matches the word "in".
    ...c.altSpellings
      .filter((f) => f.length >= 2 && f.length <= 4 && f === f.toUpperCase())
      .map((f) => [new RegExp(`\\b${escape(f)}\\b`), c.cca2, f.length] as [RegExp, string, number]),
  ])
  .sort((a, b) => b[2] - a[2]);

/** ISO codes of the countries named in `s` ("U.S." is read as "US"), longest names first, each once. */
export function countryCodesIn(s: string): string[] {
  let rest = s.replace(/\b(\p{Lu})\.(?=\p{Lu}\.)|(?<=\p{Lu}\.\p{Lu})\./gu, '$1');
  const out: string[] = [];
  for (const [re, code] of forms) {
    if (!re.test(rest)) continue;
    rest = rest.replace(re, ' ');
    if (!out.includes(code)) out.push(code);
  }
  return out;
}
