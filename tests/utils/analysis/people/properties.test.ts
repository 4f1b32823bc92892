import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../../utils/analysis/people';

const wordish = fc.constantFrom(
  'Kim',
  'Putin',
  'Vladimir',
  'said',
  'the',
  'President',
  '.',
  ',',
  "'s",
  'Jong-un',
  'May',
  'Ünal',
  '\n',
  'D850',
  '"',
  '(',
);

describe('findPeople properties', () => {
  it('never throws and returns mentions whose offsets slice back to their text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(wordish, { maxLength: 60 }).map((w) => w.join(' ')),
        ),
        (text) => {
          const people = findPeople(text);
          for (const p of people) {
            expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            for (const m of p.mentions) {
              expect(m.start).toBeGreaterThanOrEqual(0);
              expect(m.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(m.start, m.end)).toBe(m.text);
            }
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it.each([null, undefined, 42, {}])('returns [] for a non-string %p', (input) => {
    const actual = findPeople(input as unknown as string);
    expect(actual).toEqual([]);
  });
});
