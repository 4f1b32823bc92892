/**
 * Groups person mentions into people: a full name starts a person (names that differ only in hyphens, spacing
 * or case are one person), and a short mention ("Kim", "Putin") joins the most recent earlier person whose name
 * contains it, else the first later one. A lone ambiguous family name with no full name is nobody.
 */
import { AMBIGUOUS_FAMILY_NAMES, NAME_PARTICLES } from './lexicon';
import { personId } from './slug';
import { canStandAlone, type Span } from './spans';
import type { Tokens } from './tokenize';

/** A person as token spans, before roles and offsets are attached. */
export interface PersonSpans {
  id: string;
  /** The mention whose text is the person's name. */
  name: Span;
  mentions: Span[];
}

interface Entry extends PersonSpans {
  parts: Set<string>;
  /** Token index where each full mention starts. */
  fullStarts: number[];
}

const isAllCaps = (t: Tokens, s: Span) => t.words.slice(s.start, s.end).every((w) => w === w.toUpperCase());

/** Lowercase name parts without particles ("Charles de Gaulle" → "charles", "gaulle"). */
function nameParts(t: Tokens, s: Span): string[] {
  const out: string[] = [];
  for (let i = s.start; i < s.end; i++) {
    const w = (t.words[i] ?? '').toLowerCase();
    if (NAME_PARTICLES.has(w) || w.length < 2) continue;
    out.push(w);
  }
  return out;
}

/** Finds the person a one-token mention at token `at` refers to, among the people whose name has that word. */
function antecedent(candidates: readonly Entry[] | undefined, at: number): Entry | undefined {
  let best: Entry | undefined;
  let bestPos = -1;
  let later: Entry | undefined;
  let laterPos = Infinity;
  for (const p of candidates ?? []) {
    for (const s of p.fullStarts) {
      if (s < at && s > bestPos) [best, bestPos] = [p, s];
      if (s > at && s < laterPos) [later, laterPos] = [p, s];
    }
  }
  return best ?? later;
}

/**
 * Builds people from the tagger's spans plus short mentions the tagger missed (tokens for which `isCandidate`
 * holds and that match a part of a full name). A one-word name that refers to no full name stands for a person
 * of its own only where `loneAllowed` holds.
 */
export function groupPeople(
  t: Tokens,
  spans: Span[],
  isCandidate: (i: number) => boolean,
  loneAllowed: (i: number) => boolean,
): PersonSpans[] {
  const people: Entry[] = [];
  const byId = new Map<string, Entry>();
  const covered = new Uint8Array(t.words.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  for (const s of spans) {
    if (s.end - s.start < 2) continue;
    const id = personId(t.words.slice(s.start, s.end).join(' '));
    if (!id) continue;
    let p = byId.get(id);
    if (!p) {
      p = { id, name: s, mentions: [], parts: new Set(), fullStarts: [] };
      byId.set(id, p);
      people.push(p);
    }
    for (const part of nameParts(t, s)) p.parts.add(part);
    p.fullStarts.push(s.start);
    p.mentions.push(s);
    if (isAllCaps(t, p.name) && !isAllCaps(t, s)) p.name = s;
  }
  // Which full-name people each name word belongs to, so short mentions are resolved in linear time.
  const byPart = new Map<string, Entry[]>();
  for (const p of people) for (const part of p.parts) byPart.set(part, [...(byPart.get(part) ?? []), p]);
  const singles: Span[] = spans.filter((s) => s.end - s.start === 1);
  for (let i = 0; i < t.words.length; i++) {
    if (covered[i] || !isCandidate(i)) continue;
    if (byPart.has((t.words[i] ?? '').toLowerCase())) singles.push({ start: i, end: i + 1 });
  }
  singles.sort((a, b) => a.start - b.start);
  for (const s of singles) {
    const word = (t.words[s.start] ?? '').toLowerCase();
    const p = antecedent(byPart.get(word), s.start);
    if (p) {
      p.mentions.push(s);
      continue;
    }
    if (!covered[s.start] || !loneAllowed(s.start) || !canStandAlone(word) || AMBIGUOUS_FAMILY_NAMES.has(word)) {
      continue;
    }
    const id = personId(word);
    if (!id) continue;
    let q = byId.get(id);
    if (!q) {
      q = { id, name: s, mentions: [], parts: new Set([word]), fullStarts: [] };
      byId.set(id, q);
      people.push(q);
    }
    q.mentions.push(s);
    if (isAllCaps(t, q.name) && !isAllCaps(t, s)) q.name = s;
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  people.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return people.map(({ id, name, mentions }) => ({ id, name, mentions }));
}
