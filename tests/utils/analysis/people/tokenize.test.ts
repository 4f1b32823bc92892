import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../utils/analysis/people/tokenize';

describe('tokenize', () => {
  it.each([
    ["North Korea's leader", ['North', 'Korea', "'s", 'leader']],
    ['Kim Yung-ho said.', ['Kim', 'Yung-ho', 'said', '.']],
    ['the U.S. and U.N. said', ['the', 'U.S.', 'and', 'U.N.', 'said']],
    ["Mr. O'Neill, 46, won", ['Mr.', "O'Neill", ',', '46', ',', 'won']],
    ['a Nikon D850 (used)', ['a', 'Nikon', 'D850', '(', 'used', ')']],
    ['in Nairobi.Mr Obama said 3.5', ['in', 'Nairobi', '.', 'Mr', 'Obama', 'said', '3.5']],
  ])('splits %j', (text, expected) => {
    const actual = tokenize(text).words;
    expect(actual).toEqual(expected);
  });

  it.each([
    ['He left. Then she came.', [1, 0, 0, 1, 0, 0, 0]],
    ['Mr. Smith left.\nNew line', [1, 0, 0, 0, 1, 0]],
  ])('marks sentence starts in %j', (text, expected) => {
    const actual = Array.from(tokenize(text).sentenceStart);
    expect(actual).toEqual(expected);
  });
});
