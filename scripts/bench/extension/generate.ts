/**
 * Generates realistic stored history inside the browser: ~800-word articles from real news texts, ~10 dated events
 * and ~8 people and countries each, drawn from a pool of a few thousand entities with Zipf-like frequency (a few
 * people appear in thousands of articles, most in a handful), so index sizes and query fan-out look like a reader's.
 */
import type { ArticleRecord, CountryRecord, EventRecord, MentionRecord, PersonRecord } from '@/utils/db/schema';

/** What Node passes in: real texts to cut articles from and real names to give people. */
export interface GeneratorInput {
  texts: string[];
  personNames: string[];
  countries: { code: string; name: string }[];
  analysisVersion: number;
}

/** One generated article and its analysis rows (article id filled in when stored). */
export interface GeneratedArticle {
  article: Omit<ArticleRecord, 'id'>;
  text: string;
  people: Omit<PersonRecord, 'articleId'>[];
  countries: Omit<CountryRecord, 'articleId'>[];
  mentions: Omit<MentionRecord, 'id' | 'articleId'>[];
  events: Omit<EventRecord, 'id' | 'articleId'>[];
}

/** A seeded pseudo-random generator (mulberry32), so every run stores the same history. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability ∝ 1 / (rank + 1)^s. */
function zipf(n: number, s: number, rnd: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) cdf[k] = sum += 1 / Math.pow(k + 1, s);
  return () => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function distinct(count: number, draw: () => number): number[] {
  const out = new Set<number>();
  for (let tries = 0; out.size < count && tries < count * 20; tries++) out.add(draw());
  return [...out];
}

const SITES = Array.from({ length: 60 }, (_, i) => `news${i + 1}.example`);
const DAY = 86_400_000;

/** A generator of articles numbered from 0; the same input and seed give the same articles. */
export function articleGenerator(input: GeneratorInput, seed = 1): (index: number) => GeneratedArticle {
  const rnd = random(seed);
  const personRank = zipf(input.personNames.length, 1, rnd);
  const countryRank = zipf(input.countries.length, 1.1, rnd);
  const siteRank = zipf(SITES.length, 1, rnd);
  const now = Date.UTC(2026, 10, 1);
  return (index) => {
    const base = input.texts[index % input.texts.length]!;
    const text = `${base}\n(Article ${index + 1}.)`;
    const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40);
    const people = distinct(4 + Math.floor(rnd() * 3), personRank).map((rank) => ({
      personId: `p${rank}`,
      name: input.personNames[rank]!,
      role: rnd() < 0.4 ? 'spokesperson' : null,
      countries: [],
      mentionCount: 1 + Math.floor(rnd() * 4),
    }));
    const countries = distinct(2 + Math.floor(rnd() * 3), countryRank).map((rank) => ({
      ...input.countries[rank]!,
      mentionCount: 1 + Math.floor(rnd() * 3),
    }));
    const published = now - Math.floor(rnd() * 3 * 365) * DAY;
    const events = Array.from({ length: 8 + Math.floor(rnd() * 5) }, (_, k) => {
      const day = new Date(published - Math.floor(rnd() * 2000) * DAY).toISOString().slice(0, 10);
      const value = rnd() < 0.5 ? day : day.slice(0, 7);
      const sentence = sentences[k % Math.max(sentences.length, 1)] ?? text.slice(0, 200);
      const start = Math.max(text.indexOf(sentence), 0);
      return {
        value,
        start: value.length === 10 ? value : `${value}-01`,
        end: value.length === 10 ? value : `${value}-28`,
        text: sentence,
        sentence: { start, end: start + sentence.length },
        timex: { start, end: start + 8, text: sentence.slice(0, 8) },
        people: people.filter(() => rnd() < 0.35).map((p) => p.personId),
        countries: countries.filter(() => rnd() < 0.35).map((c) => c.code),
      };
    });
    const span = (key: string, kind: MentionRecord['kind']) => {
      const start = Math.floor(rnd() * (text.length - 20));
      return { kind, key, start, end: start + 12, text: text.slice(start, start + 12) };
    };
    const mentions = [
      ...people.flatMap((p) => Array.from({ length: p.mentionCount }, () => span(p.personId, 'person'))),
      ...countries.flatMap((c) => Array.from({ length: c.mentionCount }, () => span(c.code, 'country'))),
      ...events.map((e) => ({ ...span(e.value, 'date'), timexType: 'DATE' as const, timexValue: e.value })),
    ];
    const visited = now - Math.floor(rnd() * 2 * 365 * DAY);
    const site = SITES[siteRank()]!;
    return {
      article: {
        url: `https://${site}/story/${index + 1}`,
        title: sentences[0]?.slice(0, 90) ?? `Article ${index + 1}`,
        byline: null,
        siteName: site,
        lang: 'en',
        publishedTime: new Date(published).toISOString(),
        publishedSource: 'meta',
        excerpt: sentences[1]?.slice(0, 200) ?? null,
        wordCount: text.split(/\s+/).length,
        firstVisited: visited,
        lastVisited: visited,
        visits: 1,
        starred: rnd() < 0.03 ? 1 : 0,
        analysisState: 'done',
        analysisVersion: input.analysisVersion,
        analysedAt: visited,
      },
      text,
      people,
      countries,
      mentions,
      events,
    };
  };
}
