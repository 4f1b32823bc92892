import { describe, expect, it } from 'vitest';
import { highlightSentence, type HighlightMention } from '@/utils/timeline/highlight';

const SENTENCE = 'Kim Jong Un met Vladimir Putin in Russia in September.';
const OFFSET = 100;

function at(needle: string, kind: HighlightMention['kind'], key: string): HighlightMention {
  const start = OFFSET + SENTENCE.indexOf(needle);
  return { kind, key, start, end: start + needle.length };
}

describe('highlightSentence', () => {
  it('cuts the sentence into plain text and mentions, in order', () => {
    const mentions = [
      at('Russia', 'country', 'RU'),
      at('Kim Jong Un', 'person', 'kim-jong-un'),
      at('September', 'date', '2023-09'),
      at('Vladimir Putin', 'person', 'vladimir-putin'),
    ];
    const expected = [
      ['Kim Jong Un', 'kim-jong-un'],
      [' met ', undefined],
      ['Vladimir Putin', 'vladimir-putin'],
      [' in ', undefined],
      ['Russia', 'RU'],
      [' in ', undefined],
      ['September', '2023-09'],
      ['.', undefined],
    ];

    const actual = highlightSentence(SENTENCE, OFFSET, mentions);

    expect(actual.map((s) => [s.text, s.mention?.key])).toEqual(expected);
    expect(actual.map((s) => s.text).join('')).toBe(SENTENCE);
  });

  it.each<[string, HighlightMention[], number]>([
    ['no mentions: one plain piece', [], 1],
    ['a mention outside the sentence is ignored', [{ kind: 'country', key: 'KP', start: 5, end: 10 }], 1],
    ['an overlapping mention is dropped', [at('Kim Jong Un', 'person', 'a'), at('Jong', 'person', 'b')], 2],
  ])('%s', (_name, mentions, expected) => {
    const actual = highlightSentence(SENTENCE, OFFSET, mentions);

    expect(actual).toHaveLength(expected);
    expect(actual.map((s) => s.text).join('')).toBe(SENTENCE);
  });
});
