/**
 * The country gazetteer as a token trie: the generated table (gazetteer.json, from world-countries and
 * i18n-iso-countries via scripts/build-countries.ts) plus the hand-curated aliases. Built once, on first use.
 */
import rows from './gazetteer.json';
import { BLOCKED, NEWS_DEMONYMS, NEWS_NAMES } from './aliases';
import { casing, tokenize } from './tokens';

/** What a trie entry stands for. `blocked` entries name something that is not the country. */
export type FormKind = 'name' | 'demonym' | 'blocked';

/** A form the trie ends on. */
export interface Form {
  /** ISO 3166-1 alpha-2, or null for blocked phrases. */
  code: string | null;
  kind: FormKind;
  /** Per token: 0 any case, 1 must be capitalised, 2 must be all capitals (acronyms such as "US", "UK"). */
  caps: (0 | 1 | 2)[];
}

/** A trie node keyed by normalised token. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  form?: Form;
}

/** The row shape of gazetteer.json: [code, display name, names, demonyms]. */
type Row = [string, string, string[], string[]];

/** Display name by code ("KP" → "North Korea"). */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map((rows as Row[]).map((r) => [r[0], r[1]]));

/** The generated names by code ("KP" → ["North Korea", "Democratic People's Republic of Korea"]). */
export const COUNTRY_FORMS: ReadonlyMap<string, readonly string[]> = new Map((rows as Row[]).map((r) => [r[0], r[2]]));

/** English plural of a demonym ("Russian" → "Russians", "Czech" → "Czechs"); none for "Chinese", "British", "Swiss". */
function plural(demonym: string): string | null {
  if (/(?:ese|sh|ch|ss|s|x|z|-based)$/.test(demonym) && !demonym.endsWith('Czech')) return null;
  return demonym + 's';
}

function insert(root: TrieNode, text: string, code: string | null, kind: FormKind): void {
  const tokens = tokenize(text);
  if (tokens.length === 0) return;
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t.key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(t.key, child);
    }
    node = child;
  }
  const caps = tokens.map((t) => casing(text.slice(t.start, t.end)));
  if (node.form) {
    // The same key from two sources ("Czech Republic"): the first owner keeps it, with the looser casing.
    const prev = node.form;
    prev.caps = prev.caps.map((c, i) => Math.min(c, caps[i] ?? 0) as 0 | 1 | 2);
    return;
  }
  node.form = { code, kind, caps };
}

function build(): TrieNode {
  const root: TrieNode = { next: new Map() };
  // Blocked phrases first so that they win over a country claiming the same words.
  for (const phrase of BLOCKED) insert(root, phrase, null, 'blocked');
  for (const [code, forms] of Object.entries(NEWS_NAMES)) for (const f of forms) insert(root, f, code, 'name');
  for (const [code, , names] of rows as Row[]) {
    for (const name of names) insert(root, name, code, 'name');
  }
  const demonyms = (rows as Row[]).map(([code, , , dems]) => [code, dems] as const);
  for (const [code, dems] of [...Object.entries(NEWS_DEMONYMS), ...demonyms]) {
    for (const d of dems) {
      insert(root, d, code, 'demonym');
      const p = plural(d);
      if (p) insert(root, p, code, 'demonym');
    }
  }
  return root;
}

let trie: TrieNode | undefined;

/** The gazetteer trie, built on first use. */
export function gazetteerTrie(): TrieNode {
  trie ??= build();
  return trie;
}
