/**
 * Countries an English text mentions, by name ("North Korea", "the U.S."), alias ("Britain", "Holland"), demonym
 * ("Russian", "South Korean") or, where the article makes it plain, short reference ("the North"). Codes are
 * ISO 3166-1 alpha-2. Pure and linear: one tokenisation, one trie pass, local context checks.
 */
import type { Country, Mention, Person } from '../types';
import { classifyHit, textContext } from './context';
import { COUNTRY_NAMES } from './gazetteer';
import { matchGazetteer } from './match';
import { findEpithets } from './epithets';
import { findShortRefs } from './short-refs';
import { SpanIndex } from './span-index';
import { tokenize } from './tokens';

/**
 * How a mention names its country: by name, by demonym ("Russian"), embedded in a larger name that refers to the
 * country ("U.S. Navy", "U.S.-led", "Western Ukraine"), or by a short reference ("the North"). CoNLL-2003 tags only
 * the first (and never "the"), so the evaluation needs to know.
 */
export type CountryMentionKind = 'name' | 'demonym' | 'embedded' | 'short';

/** One mention of a country. */
export interface CountryMention extends Mention {
  code: string;
  kind: CountryMentionKind;
}

/** Options for {@link findCountries}. */
export interface FindCountriesOptions {
  /** People found in the same text: a country word inside a person's mention ("Michael Jordan") is not a country. */
  people?: readonly Person[];
}

/** Every country mention in the text, in text order. */
export function countryMentions(text: string, opts: FindCountriesOptions = {}): CountryMention[] {
  const tokens = tokenize(text);
  const ctx = textContext(text);
  // A "person" whose name is just a country word ("North Korean") is a tagging error, not a reason to drop it.
  const people = (opts.people ?? []).filter((p) => !isCountryForm(p.name));
  const personSpans = new SpanIndex(people.flatMap((p) => p.mentions));
  let out: CountryMention[] = [];
  // A word the text uses as a person's name ("Neil Jordan") is that person everywhere in it ("Jordan said").
  const personWords = new Set<string>();
  for (const hit of matchGazetteer(text, tokens)) {
    const kind = classifyHit(text, tokens, hit, ctx, personSpans);
    if (kind === 'person') personWords.add(tokens[hit.first]!.key);
    if (kind === null || kind === 'person' || hit.code === null) continue;
    const start = tokens[hit.first]!.start;
    const end = tokens[hit.last]!.end;
    out.push({ code: hit.code, kind, start, end, text: text.slice(start, end) });
  }
  if (personWords.size > 0) out = out.filter((m) => !personWords.has(m.text.toLowerCase()));
  const named = new Set(out.map((m) => m.code));
  const shorts: CountryMention[] = [];
  // Short references ("the North") never overlap a gazetteer hit: they end before a capitalised word.
  for (const ref of [...findShortRefs(tokens, named), ...findEpithets(tokens, named)]) {
    const start = tokens[ref.first]!.start;
    const end = tokens[ref.last]!.end;
    if (personSpans.overlaps(start, end)) continue;
    shorts.push({ code: ref.code, kind: 'short', start, end, text: text.slice(start, end) });
  }
  return shorts.length === 0 ? out : [...out, ...shorts].sort((a, b) => a.start - b.start);
}

/** Whether the whole of `text` is one country name, alias or demonym ("North Korean", "the U.S." is not). */
export function isCountryForm(text: string): boolean {
  const tokens = tokenize(text);
  const hits = matchGazetteer(text, tokens);
  return hits.length === 1 && hits[0]!.code !== null && hits[0]!.first === 0 && hits[0]!.last === tokens.length - 1;
}

/**
 * The countries a text mentions, each with all its mentions, ordered by first mention.
 * Never throws; returns [] for text without any.
 */
export function findCountries(text: string, opts: FindCountriesOptions = {}): Country[] {
  const byCode = new Map<string, Country>();
  for (const m of countryMentions(text, opts)) {
    let country = byCode.get(m.code);
    if (!country) {
      country = { code: m.code, name: COUNTRY_NAMES.get(m.code) ?? m.code, mentions: [] };
      byCode.set(m.code, country);
    }
    country.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  return [...byCode.values()];
}

/**
 * The codes of the countries a short phrase names, in order of first mention: "Russian President" → ["RU"],
 * "North Korea's Foreign Minister" → ["KP"]. Used to tie people's roles to countries.
 */
export function countryCodesIn(text: string): string[] {
  return findCountries(text).map((c) => c.code);
}
