import { describe, expect, it } from 'vitest';
import { sentenceSegments, type EntitySpan } from '@/utils/popup/highlights';

const sentence = 'Putin met Kim in Russia.';
/** The sentence starts at offset 100 of its article. */
const at = (word: string, kind: EntitySpan['kind'], key: string, shift = 0): EntitySpan => {
  const start = 100 + sentence.indexOf(word) + shift;
  return { kind, key, start, end: start + word.length };
};

describe('sentenceSegments', () => {
  it.each([
    ['no mentions', [], [[sentence]]],
    [
      'a person and a country',
      [at('Putin', 'person', 'vladimir-putin'), at('Russia', 'country', 'RU')],
      [['Putin', 'person'], [' met Kim in '], ['Russia', 'country'], ['.']],
    ],
    [
      'mentions given out of order',
      [at('Russia', 'country', 'RU'), at('Kim', 'person', 'kim')],
      [['Putin met '], ['Kim', 'person'], [' in '], ['Russia', 'country'], ['.']],
    ],
    ['a mention outside the sentence', [{ kind: 'person', key: 'x', start: 10, end: 15 } as EntitySpan], [[sentence]]],
    [
      'a mention running past the sentence end',
      [{ kind: 'country', key: 'RU', start: 100 + sentence.length - 2, end: 100 + sentence.length + 5 } as EntitySpan],
      [[sentence]],
    ],
    [
      'overlapping mentions (the first wins)',
      [at('Putin met', 'person', 'a'), at('met Kim', 'person', 'b')],
      [['Putin met', 'person'], [' Kim in Russia.']],
    ],
  ] as [string, EntitySpan[], [string, string?][]][])('with %s', (_name, spans, expected) => {
    const actual = sentenceSegments(sentence, 100, spans).map((s) => (s.mark ? [s.text, s.mark.kind] : [s.text]));

    expect(actual).toEqual(expected);
    expect(actual.map(([text]) => text).join('')).toBe(sentence);
  });
});
