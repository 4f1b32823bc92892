/**
 * Gazetteer matching: one left-to-right pass over the tokens, taking at each position the longest trie path whose
 * casing fits. Linear in the number of tokens (the trie is at most a dozen tokens deep).
 */
import { gazetteerTrie, type FormKind } from './gazetteer';
import type { Token } from './tokens';

/** A gazetteer hit over tokens [first, last]. */
export interface Hit {
  code: string | null;
  kind: FormKind;
  first: number;
  last: number;
}

/** Whether a text token's casing satisfies a form token's requirement. */
function fits(need: 0 | 1 | 2, actual: 0 | 1 | 2): boolean {
  return need === 0 || actual >= need;
}

/** Whether two tokens may belong to one name: separated by nothing or by spaces, never by a line break. */
function adjacent(text: string, a: Token, b: Token): boolean {
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 160 && c !== 9) return false;
  }
  return true;
}

/** All leftmost-longest, non-overlapping gazetteer hits, including blocked phrases (code null). */
export function matchGazetteer(text: string, tokens: Token[]): Hit[] {
  const root = gazetteerTrie();
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node = root.next.get(tokens[i]!.key);
    let best: Hit | null = null;
    let j = i;
    while (node) {
      const form = node.form;
      if (form && form.caps.every((need, k) => fits(need, tokens[i + k]!.caps))) {
        best = { code: form.code, kind: form.kind, first: i, last: j };
      }
      j++;
      if (j >= tokens.length || !adjacent(text, tokens[j - 1]!, tokens[j]!)) break;
      node = node.next.get(tokens[j]!.key);
    }
    if (best) {
      hits.push(best);
      i = best.last + 1;
    } else {
      i++;
    }
  }
  return hits;
}
