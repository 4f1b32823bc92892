/**
 * Context rules that reject gazetteer hits which are not mentions of a country: organisation names built on a
 * country word, people called Jordan or Chad, the US state of Georgia, and the bird.
 */
import { NOT_EMBEDDING, ORG_HEADS, ORG_PREFIXES, ORG_TAILS, REGION_PREFIXES, TURKEY_FOOD } from './aliases';
import type { Hit } from './match';
import type { SpanIndex } from './span-index';
import type { Token } from './tokens';

/** Country names that are also people's names ("Michael Jordan", "Chad Curtis", "Trevor Holland"). */
const PERSONAL_NAMES = new Set(['jordan', 'chad', 'georgia', 'holland']);

/** Capitalised words that may stand before a country name without making it part of a person's name. */
const NOT_GIVEN_NAMES = new Set(
  (
    'in to from and of the for with by at on against visit visits visited king queen emir president premier ' +
    'neighbour neighbor neighbouring neighboring both but as than like including while when if after before ' +
    'a an across into near over under via between amid said says told where whereas neither nor'
  ).split(' '),
);

/** Capitalised words after "Chad" or "Jordan" that still leave it the country ("Chad President Idriss Deby"). */
const TITLES_AFTER = new Set(
  'president prime foreign defence defense interior finance king queen crown army government police'.split(' '),
);

/** Words after a personal-name-like country that show a sportsman rather than a country. */
const PERSON_VERBS = new Set('scored finished played signed'.split(' '));

/**
 * US context for "Georgia": the state's cities and abbreviations. An article with these, and none of the country's
 * cues, is about the state. Documented heuristic: it errs towards the country when both kinds of cue appear.
 */
const US_GEORGIA = /\b(?:Atlanta|Savannah|Macon|Augusta|Athens, Ga|Ga\.|Peach State|Fulton County|Gwinnett)\b/;
/** Words after "Georgia" that make it the US state ("Georgia Rep. Cynthia McKinney", "Georgia Republicans"). */
const US_STATE_NEXT = new Set(
  'rep sen gov republican republicans democrat democrats legislature bulldogs tech voters county'.split(' '),
);
const COUNTRY_GEORGIA = /\b(?:Tbilisi|Abkhaz|Ossetia|Caucasus|Batumi|Kutaisi|Sukhumi|Shevardnadze|Saakashvili)/;

/** Facts about the whole text that some rules need, computed once per text. */
export interface TextContext {
  georgiaIsState: boolean;
}

/** Computes the per-text facts. */
export function textContext(text: string): TextContext {
  return { georgiaIsState: US_GEORGIA.test(text) && !COUNTRY_GEORGIA.test(text) };
}

const word = (t: Token | undefined): boolean => t !== undefined && /^[\p{L}]/u.test(t.key);

/** Whether the hit is a country word inside an organisation's name ("Bank of Japan", "Japan Airlines", "US$"). */
function inOrganisation(tokens: Token[], hit: Hit): boolean {
  let k = hit.first - 1;
  if (tokens[k]?.key === 'the') k--;
  if (tokens[k]?.key === 'of') {
    const head = tokens[k - 1];
    if (head && head.caps > 0 && ORG_HEADS.has(head.key)) return true;
  }
  const prev = tokens[hit.first - 1];
  if (prev && prev.caps > 0 && prev.end === tokens[hit.first]!.start - 1 && ORG_PREFIXES.has(prev.key)) return true;
  if (hit.kind === 'name' && companyBefore(tokens, hit.first)) return true;
  const tail = tokens[hit.last + 1];
  if (tail?.key === '$' && tail.start === tokens[hit.last]!.end) return true;
  return tail !== undefined && tail.caps > 0 && ORG_TAILS.has(tail.key);
}

/**
 * Whether a country name follows a brand inside a company's name ("Yahoo Japan", "Toyota Australia"): one
 * capitalised word, not a function word or title, itself after a lower-case word or punctuation (so that title-case
 * headlines such as "Obama Visits Kenya" are left alone), separated from the country by a single space.
 */
function companyBefore(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  const before = tokens[first - 2];
  if (!prev || prev.caps !== 1 || !/^\p{L}{2,}$/u.test(prev.key) || NOT_GIVEN_NAMES.has(prev.key)) return false;
  if (prev.end !== tokens[first]!.start - 1) return false;
  return before !== undefined && before.caps === 0 && /^\p{L}/u.test(before.key);
}

/** Whether a personal-name-like country word is a person ("Michael Jordan", "Chad Curtis", "Jordan scored"). */
function isPersonName(tokens: Token[], hit: Hit): boolean {
  if (hit.first !== hit.last || !PERSONAL_NAMES.has(tokens[hit.first]!.key)) return false;
  if (tokens[hit.first]!.caps === 2) return false; // headlines in capitals give no clue
  const prev = tokens[hit.first - 1];
  if (word(prev) && prev!.caps === 1 && !NOT_GIVEN_NAMES.has(prev!.key)) return true;
  const next = tokens[hit.last + 1];
  if (next && next.caps === 1 && word(next) && !TITLES_AFTER.has(next.key)) return true;
  return next !== undefined && PERSON_VERBS.has(next.key);
}

/**
 * Whether a country name is embedded in a larger name that still refers to the country: a government body
 * ("U.S. Navy", "U.S. Treasury"), a compound ("U.S.-led", "China-bound", "Israel-PLO"), or a region of it
 * ("Western Ukraine", "U.S. Midwest"). The product counts these as mentions; CoNLL-2003 tags the larger name instead.
 */
function isEmbedded(text: string, tokens: Token[], hit: Hit): boolean {
  const last = tokens[hit.last]!;
  const next = tokens[hit.last + 1];
  if (next?.key === '-' && next.start === last.end && word(tokens[hit.last + 2])) return true;
  const prev = tokens[hit.first - 1];
  const first = tokens[hit.first]!;
  if (prev?.key === '-' && prev.end === first.start && word(tokens[hit.first - 2])) return true;
  if (prev && prev.caps === 1 && REGION_PREFIXES.has(prev.key)) return true;
  // A run of capitalised words after the name: part of a larger name, unless a title or date is among them.
  let k = hit.last + 1;
  let run = 0;
  while (k < tokens.length && run < 5) {
    const t = tokens[k]!;
    const before = tokens[k - 1]!;
    if (t.caps !== 1 || !/^\p{L}{2,}$/u.test(t.key) || t.start - before.end !== 1 || text[before.end] !== ' ') break;
    if (NOT_EMBEDDING.has(t.key)) return false;
    run++;
    k++;
  }
  return run > 0;
}

/**
 * How a gazetteer hit mentions its country, or null when it does not mention it; 'person' when the country word is
 * a person's name ("Michael Jordan"), so that the caller can treat the text's other "Jordan"s alike.
 * @param text the text the tokens come from
 * @param personSpans mentions of people found in the same text; a country word inside one is part of a name.
 */
export function classifyHit(
  text: string,
  tokens: Token[],
  hit: Hit,
  ctx: TextContext,
  personSpans: SpanIndex,
): 'name' | 'demonym' | 'embedded' | 'person' | null {
  if (hit.code === null) return null;
  const start = tokens[hit.first]!.start;
  const end = tokens[hit.last]!.end;
  if (personSpans.contains(start, end)) return null;
  if (isPersonName(tokens, hit)) return 'person';
  if (inOrganisation(tokens, hit)) return null;
  if (hit.code === 'GE' && (ctx.georgiaIsState || US_STATE_NEXT.has(tokens[hit.last + 1]?.key ?? ''))) return null;
  if (hit.code === 'TR' && TURKEY_FOOD.has(tokens[hit.last + 1]?.key ?? '')) return null;
  if (hit.kind === 'demonym') return 'demonym';
  return isEmbedded(text, tokens, hit) ? 'embedded' : 'name';
}
