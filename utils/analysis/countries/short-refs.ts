/**
 * Short references that stand for a country only because of what the article has already named: "the North" and
 * "the South" in an article about the two Koreas. Only unambiguous cases: "the South" needs both Koreas named
 * (in an American article it means the Southern states), and neither applies before a capitalised word
 * ("the North Sea", "the South Pacific"). "North and South Korea" names both countries.
 */
import type { Token } from './tokens';

/** A short reference resolved to a country, over tokens [first, last]. */
export interface ShortRef {
  code: string;
  first: number;
  last: number;
}

/** "North" in "North and South Korea(n)": an elliptical name of North Korea, whatever else the text says. */
function ellipticalNorth(tokens: Token[], i: number): boolean {
  return (
    tokens[i]!.key === 'north' &&
    tokens[i]!.caps > 0 &&
    tokens[i + 1]?.key === 'and' &&
    tokens[i + 2]?.key === 'south' &&
    (tokens[i + 3]?.key === 'korea' || tokens[i + 3]?.key === 'korean')
  );
}

/** Finds "the North" / "the South" references, given the codes the article names outright. */
export function findShortRefs(tokens: Token[], codes: ReadonlySet<string>): ShortRef[] {
  const refs: ShortRef[] = [];
  for (let i = 0; i < tokens.length; i++) if (ellipticalNorth(tokens, i)) refs.push({ code: 'KP', first: i, last: i });
  if (!codes.has('KP') && refs.length === 0) return refs;
  const south = codes.has('KR');
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.caps !== 1 || tokens[i - 1]!.key !== 'the') continue;
    const code = t.key === 'north' ? 'KP' : t.key === 'south' && south ? 'KR' : null;
    if (!code) continue;
    const next = tokens[i + 1];
    if (next && next.caps > 0 && /^\p{L}/u.test(next.key)) continue;
    refs.push({ code, first: i - 1, last: i });
  }
  return refs.sort((a, b) => a.first - b.first);
}
