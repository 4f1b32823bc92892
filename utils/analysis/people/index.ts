/**
 * Finds the people a news text names: a statistical tagger (averaged perceptron trained on CoNLL-2003, see
 * scripts/train/people.ts) proposes names, rules drop what is never a person, short mentions join the full name
 * they refer to, and the article's own description of each person becomes their role.
 */
import capitalNames from '../countries/capitals.json';
import type { Person } from '../types';
import { groupPeople } from './coref';
import { extractFeatures } from './features';
import { decodeModel, type Model, type ModelFile } from './model-format';
import modelFile from './model/people.json';
import { appositiveAfter, titleBefore } from './role';
import { organisationWords, personSpans, repairTags, titleCaseTokens, type Span } from './spans';
import { tagDocument } from './tagger';
import { tokenize, type Tokens } from './tokenize';

/** Options of findPeople. */
export interface FindPeopleOptions {
  /** ISO 3166-1 alpha-2 codes of the countries a role text names ("Russian President" → ["RU"]). */
  countryCodesIn?: (s: string) => string[];
}

let model: Model | null = null;

/** Loads (once) and returns the tagger model; cheap after the first call. */
export function loadPeopleModel(): Model {
  model ??= decodeModel(modelFile as unknown as ModelFile);
  return model;
}

/** Capitals of sovereign states, lower-cased: a one-word "person" named like one is the capital as a metonym. */
const CAPITALS = new Set((capitalNames as string[]).map((c) => c.toLowerCase()));

const O_TAG = 0;
const I_PER = 2;

/** People named in `text`, in order of first mention. Never throws: returns [] on any failure. */
export function findPeople(text: string, opts?: FindPeopleOptions): Person[] {
  try {
    if (typeof text !== 'string' || !text) return [];
    return analyse(text, opts ?? {});
  } catch {
    return [];
  }
}

function analyse(text: string, opts: FindPeopleOptions): Person[] {
  const m = loadPeopleModel();
  const t = tokenize(text);
  const { tags: tagged, features: tf } = tagDocument(
    m.stages,
    m.mask,
    extractFeatures(t.words, t.sentenceStart, m.firstNames),
    t.sentenceStart,
  );
  const tags = repairTags(t, tagged, (i) => m.firstNames.has(tf.lowerWords[i] ?? ''));
  const orgWords = organisationWords(t);
  // A name whose first word the text also uses for a company ("Pirelli Cables" beside "Pirelli SpA") is that company.
  const spans = personSpans(t, tags).filter((s) => s.end - s.start < 2 || !orgWords.has(tf.lowerWords[s.start] ?? ''));
  // A short mention the tagger missed must stand apart from other capitalised words ("Kim added", not "Kim Il").
  // The tagger may call it an organisation or a place on its own ("Bernardin told"); the full name decides.
  // One-word chunks of any type start with a B- tag (odd).
  const isCandidate = (i: number) =>
    (tags[i] === O_TAG || tags[i] === I_PER || (tags[i] ?? 0) % 2 === 1) &&
    tf.capitalised[i] === 1 &&
    (t.sentenceStart[i] === 1 || tf.capitalised[i - 1] !== 1) &&
    tf.capitalised[i + 1] !== 1;
  const titleCase = titleCaseTokens(t);
  const loneAllowed = (i: number) => titleCase[i] !== 1 && !orgWords.has(tf.lowerWords[i] ?? '');
  // "offering to help Pyongyang build satellites": a capital standing for its government, unless it is also a first
  // name the model knows ("Victoria", "Sofia") — then the tagger's reading stands.
  const isCapital = (g: { name: Span }) =>
    g.name.end - g.name.start === 1 &&
    CAPITALS.has(tf.lowerWords[g.name.start] ?? '') &&
    !m.firstNames.has(tf.lowerWords[g.name.start] ?? '');
  const groups = groupPeople(t, spans, isCandidate, loneAllowed).filter((g) => !isCapital(g));
  const personTokens = new Uint8Array(t.words.length);
  for (const g of groups) for (const s of g.mentions) personTokens.fill(1, s.start, s.end);
  return groups.map((g) => {
    const role = findRole(t, text, g.mentions, personTokens);
    let countries: string[] = [];
    if (role && opts.countryCodesIn) {
      try {
        countries = [...new Set(opts.countryCodesIn(role))];
      } catch {
        countries = [];
      }
    }
    return {
      id: g.id,
      name: slice(t, text, g.name),
      role,
      countries,
      mentions: g.mentions.map((s) => {
        const start = t.starts[s.start] ?? 0;
        const end = t.ends[s.end - 1] ?? start;
        return { start, end, text: text.slice(start, end) };
      }),
    };
  });
}

function slice(t: Tokens, text: string, s: Span): string {
  return text.slice(t.starts[s.start] ?? 0, t.ends[s.end - 1] ?? 0);
}

function findRole(t: Tokens, text: string, mentions: Span[], personTokens: Uint8Array): string | null {
  for (const s of mentions) {
    const r = titleBefore(t, s.start, personTokens) ?? appositiveAfter(t, s.end, personTokens);
    if (r) return slice(t, text, { start: r[0], end: r[1] + 1 });
  }
  return null;
}
