import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../utils/analysis/text/sentences';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['plain sentences', 'The vote failed. Talks resume today.', ['The vote failed.', 'Talks resume today.']],
    ['titles', 'Mr. Kim met Dr. Lee. They talked.', ['Mr. Kim met Dr. Lee.', 'They talked.']],
    ['initials', 'George W. Bush spoke. He left.', ['George W. Bush spoke.', 'He left.']],
    [
      'month abbreviation before a day',
      'It ended on Jan. 5, 2023. Then it rained.',
      ['It ended on Jan. 5, 2023.', 'Then it rained.'],
    ],
    ['U.S. inside a sentence', 'The U.S. Senate voted.', ['The U.S. Senate voted.']],
    [
      'U.S. ending a sentence',
      'He lives in the U.S. The move was sudden.',
      ['He lives in the U.S.', 'The move was sudden.'],
    ],
    ['closing quotes stay', '"We will win," he said. "No doubt."', ['"We will win," he said.', '"No doubt."']],
    ['question and exclamation marks', 'Really? Yes! It works.', ['Really?', 'Yes!', 'It works.']],
    ['decimals', 'Growth was 3.5 percent. Prices rose.', ['Growth was 3.5 percent.', 'Prices rose.']],
    [
      'line breaks always split',
      'HEADLINE WITHOUT PERIOD\nBody text here.\n\nNext paragraph',
      ['HEADLINE WITHOUT PERIOD', 'Body text here.', 'Next paragraph'],
    ],
    ['ellipsis', 'Wait... The end', ['Wait...', 'The end']],
    [
      'lower-case continuation',
      'It costs $5 vs. $6 at the store. Fine.',
      ['It costs $5 vs. $6 at the store.', 'Fine.'],
    ],
  ])('%s', (_name, text, expected) => {
    const actual = sentencesOf(text);
    expect(actual).toEqual(expected);
  });

  it.each([[''], ['   '], ['\n\n\n']])('returns no sentence for blank text %j', (text) => {
    const actual = splitSentences(text);
    expect(actual).toEqual([]);
  });

  it.each([
    ['ideographic space', '\u3000'],
    ['Ogham space mark', '\u1680'],
    ['vertical tab', '\v'],
    ['form feed', '\f'],
    ['byte order mark', '\ufeff'],
  ])('starts a sentence after a leading %s', (_name, space) => {
    const text = `${space}It rained!`;
    const expected = [{ start: 1, end: text.length }];
    const actual = splitSentences(text);
    expect(actual).toEqual(expected);
  });

  it('never throws and returns ordered, trimmed, non-overlapping spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const actual = splitSentences(text);
        let previousEnd = 0;
        for (const span of actual) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(span.start, span.end)).toBe(text.slice(span.start, span.end).trim());
          previousEnd = span.end;
        }
      }),
    );
  });

  it('is linear on a 2 MB text without sentence punctuation', () => {
    const text = 'word U.S. Mr. '.repeat(150_000);
    const started = performance.now();
    const actual = splitSentences(text);
    expect(actual.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

const SEED = resolve(__dirname, '../../../../../shared/fixtures/seed-article.html');

describe.skipIf(!existsSync(SEED))(
  'splitSentences on the seed article (needs ../shared/fixtures; skipped when absent)',
  () => {
    const { document } = parseHTML(existsSync(SEED) ? readFileSync(SEED, 'utf8') : '<p></p>');
    const text = [...document.querySelectorAll('article p')].map((p) => (p.textContent ?? '').trim()).join('\n\n');
    const actual = sentencesOf(text);

    it.each([
      [
        'Previous attempts by North Korea to launch satellites in May and August ended in failure due to technical issues.',
      ],
      ['Published 2023-11-08'],
    ])('keeps %j as one sentence', (expected) => {
      expect(actual).toContain(expected);
    });

    it('starts every sentence at a word and ends it at punctuation or a line end', () => {
      for (const sentence of actual) {
        expect(sentence).toMatch(/^["“'‘(\p{Lu}\p{N}]/u);
        expect(sentence.includes('\n')).toBe(false);
      }
    });
  },
);
