/**
 * The grammatical tense around a time expression, which decides the year of underspecified dates
 * ("in May" in a past-tense sentence is the last May, in a future-tense one the next May), as HeidelTime
 * does for news. Without a POS tagger, tense comes from the closest tense marker in the same sentence.
 */

/** Tense of the clause a time expression sits in. */
export type Tense = 'past' | 'future' | 'present' | 'none';

// Future: modal "will", "going to", plans and schedules. Past: past forms of be/have/do, "said",
// past forms (-ed, lower-case only: "United" is no verb; not after "be": in "will be named" or "would be paid" the tense is
// the auxiliary's; not the "un-…ed" adjectives: "a still unspecified date") and past markers. Present: present forms of be/have.
const MARKERS =
  /\b(?:(will|Will|won't|wo n't|shall|'ll|going to|plans? to|planned|planning|expects? to|expected to|scheduled|due to|set to|next|upcoming|coming|would|might|as soon as)|(was|were|had|did|didn't|said|told|ago|last|earlier|previously|(?<!\bbe |\bbeen |\bbeing )(?:(?!un(?:specifi|expect|preceden|identifi|nam|disclos|confirm|relat|resolv|limit|secur|solicit|chang)ed\b)[a-z]{2,}[^e\W]ed|agreed|freed|decreed|guaranteed|began|came|went|took|made|gave|got|left|fell|rose|won|lost|met|held|saw|sold|bought|paid|told|brought|thought|caught|fought|sought|found|built|sent|spent|meant|kept|felt|struck|stood|wrote|spoke|broke|chose|drove|grew|knew|threw|flew|drew|shook|led|ran|became|heard|wore|sat|slid|stole|swore|withdrew|overcame|undertook|forgot))|(is|are|has|have|says|say|remains?|continues?))\b/g;

const FUTURE_PREPOSITION = /\b(?:effective|payable|due|until|till|by|starting|beginning)\s+$/i;

// "since March" always looks back, whatever the clause's other verbs say ("has been on patrol since March and was
// scheduled to return").
const PAST_PREPOSITION = /\bsince\s+$/i;

const PAST_PERFECT = /\bhad been\s+$/;

const AUXILIARY = /^(?:was|were|had|did)$/;

/** Tense markers found at given offsets of a sentence, nearest-first lookup. */
export function tenseAround(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  at: number,
  atEnd: number,
): Tense {
  // A date introduced as a deadline or an effective date points ahead: "payable Jan. 2", "effective Feb. 1".
  const before = text.slice(Math.max(sentenceStart, at - 12), at);
  if (FUTURE_PREPOSITION.test(before)) return 'future';
  if (PAST_PREPOSITION.test(before)) return 'past';
  const s = text.slice(sentenceStart, sentenceEnd);
  MARKERS.lastIndex = 0;
  let best: Tense = 'none';
  let bestDist = Infinity;
  for (let m = MARKERS.exec(s); m; m = MARKERS.exec(s)) {
    const start = sentenceStart + m.index;
    const end = start + m[0].length;
    if (start >= at && end <= atEnd) continue; // inside the expression itself ("last May")
    const dist = end <= at ? at - end : start - atEnd;
    // Future markers are rarer and decisive; a present marker only wins when nothing else is near.
    // A plan in the past perfect ("had been scheduled to expire Friday") was overtaken: its date is behind us.
    const overtaken = m[1] !== undefined && PAST_PERFECT.test(s.slice(Math.max(0, m.index - 10), m.index));
    const t: Tense = m[1] && !overtaken ? 'future' : m[2] || overtaken ? 'past' : 'present';
    // Auxiliaries say less than the verb they carry ("were planning to"), so they count as a little farther.
    const weight = t === 'present' ? dist + 40 : AUXILIARY.test(m[0]) ? dist + 10 : dist;
    if (weight < bestDist) {
      bestDist = weight;
      best = t;
    }
  }
  return best;
}
