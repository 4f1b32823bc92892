import { describe, expect, it } from 'vitest';
import { buildSearchIndex, runToEnd, SearchIndexBuilder, type SearchRow } from '@/utils/timeline/searchIndexBuilder';
import { searchTokens } from '@/utils/timeline/searchIndex';

/** Rows of folded tokens, as the stored search words are: short and long words, digits, other scripts, astral. */
const TEXTS = [
  'P Pa Pá pablo Pyongyang', // 1-letter token beside longer ones of the same first letters
  'Putin putt p2 2023 20 2',
  'Зеленський Київ Zelenskyy',
  '東京 talks 𝒜lpha 𝒜', // astral characters: first two UTF-16 units are one surrogate pair
  'paris PARIS Pär peter Peterborough',
  'a ab abc b ba bab',
];
const ROWS: SearchRow[] = TEXTS.map((text, i) => ({ articleId: i + 1, tokens: [...new Set(searchTokens(text))] }));
const NEWEST_FIRST = [4, 2, 6, 1, 5, 3];
const QUERIES = [
  ['p'],
  ['pa'],
  ['pyong'],
  ['2'],
  ['20'],
  ['зел'],
  ['東'],
  ['𝒜'],
  ['𝒜l'],
  ['a'],
  ['ab'],
  ['b', 'a'],
  ['x'],
];

/** The articles a brute-force scan finds (every word a prefix of one of their tokens), newest first. */
function scan(words: string[]): number[] {
  return NEWEST_FIRST.filter((id) =>
    words.every((w) => ROWS.find((r) => r.articleId === id)!.tokens.some((t) => t.startsWith(w))),
  );
}

describe('SearchIndexBuilder', () => {
  it.each(QUERIES)('%j: the index built at once finds what a full scan finds', (...words) => {
    const expected = scan(words);

    const actual = buildSearchIndex(NEWEST_FIRST, ROWS).search(words, null, 50);

    expect(actual).toEqual({ ids: expected, total: expected.length });
  });

  it.each(QUERIES)('%j: rows in batches, in another order, give the same answers', (...words) => {
    const expected = buildSearchIndex(NEWEST_FIRST, ROWS).search(words, null, 50);
    const builder = new SearchIndexBuilder(NEWEST_FIRST);

    for (const batch of [ROWS.slice(4), ROWS.slice(0, 1), ROWS.slice(1, 4).reverse()]) runToEnd(builder.add(batch));
    const actual = runToEnd(builder.finish()).search(words, null, 50);

    expect(actual).toEqual(expected);
  });

  it('leaves out rows of articles not in the history order', () => {
    const actual = buildSearchIndex([2], ROWS).search(['p'], null, 50);

    expect(actual).toEqual({ ids: [2], total: 1 });
  });

  it('yields every few rows and tokens, so no step is long', () => {
    const rows: SearchRow[] = Array.from({ length: 5_000 }, (_, i) => ({
      articleId: i,
      tokens: [`word${i}`, `other${i % 700}`, 'common'],
    }));
    const builder = new SearchIndexBuilder(rows.map((r) => r.articleId).reverse());
    let steps = 0;
    const count = <T>(gen: Generator<void, T>): T => {
      for (;;) {
        const step = gen.next();
        if (step.done) return step.value;
        steps++;
      }
    };

    count(builder.add(rows));
    const addSteps = steps;
    const index = count(builder.finish());

    expect(addSteps).toBeGreaterThanOrEqual(5_000 / 64 - 1);
    expect(steps - addSteps).toBeGreaterThanOrEqual(5_701 / 256 - 1);
    expect(index.search(['other699'], null, 3)).toEqual({ ids: [4899, 4199, 3499], total: 7 });
    expect(index.search(['word4999'], null, 3).ids).toEqual([4999]);
  });
});
