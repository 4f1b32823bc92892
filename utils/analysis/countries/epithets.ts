/**
 * Descriptive references to a country that are unambiguous once the article has named it, and only then:
 * "the kingdom" in an article that names exactly one kingdom, "the Islamic Republic" in one that names Iran and no
 * other Islamic republic, "the Jewish state" where Israel is named. Never before a capitalised word or "of"
 * ("the Kingdom of Heaven", "the Islamic Republic News Agency").
 */
import { COUNTRY_FORMS } from './gazetteer';
import type { ShortRef } from './short-refs';
import type { Token } from './tokens';

/** Countries whose English official name calls them a kingdom (from the gazetteer) plus the United Kingdom. */
const KINGDOMS: ReadonlySet<string> = new Set(
  [...COUNTRY_FORMS].filter(([, names]) => names.some((n) => /\bKingdom\b/.test(n))).map(([code]) => code),
);

/** Islamic republics: "the Islamic Republic" is Iran only where none of the others is named. */
const ISLAMIC_REPUBLICS: ReadonlySet<string> = new Set(
  [...COUNTRY_FORMS].filter(([, names]) => names.some((n) => /\bIslamic Republic\b/.test(n))).map(([code]) => code),
);

/** Epithet words (after "the") → the candidate countries; the reference resolves when exactly one is named. */
const EPITHETS: [string[], ReadonlySet<string>][] = [
  [['kingdom'], KINGDOMS],
  [['islamic', 'republic'], ISLAMIC_REPUBLICS],
  [['jewish', 'state'], new Set(['IL'])],
];

/** Finds epithet references, given the codes the article names outright. */
export function findEpithets(tokens: Token[], codes: ReadonlySet<string>): ShortRef[] {
  const resolved = EPITHETS.map(([words, candidates]) => {
    const named = [...candidates].filter((c) => codes.has(c));
    return [words, named.length === 1 ? named[0]! : null] as const;
  }).filter((e): e is readonly [string[], string] => e[1] !== null);
  if (resolved.length === 0) return [];
  const refs: ShortRef[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.key !== 'the') continue;
    for (const [words, code] of resolved) {
      const last = i + words.length;
      if (!words.every((w, k) => tokens[i + 1 + k]?.key === w)) continue;
      const next = tokens[last + 1];
      if (next && (next.key === 'of' || (next.caps > 0 && /^\p{L}/u.test(next.key)))) continue;
      refs.push({ code, first: i, last });
    }
  }
  return refs;
}
