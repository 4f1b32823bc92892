import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTml } from '../../../../scripts/eval/tempeval';
import { tagTimexes } from '../../../../utils/analysis/time';
import { RULES } from '../../../../utils/analysis/time/scan';
import { tagTimexesByFullScan } from '../../../../utils/analysis/time/tagger';

const CORPUS = resolve(__dirname, '../../../../../shared/data/tempeval3/train');

/** Words that start the grammar's phrases, in every case and in sentence context. */
const WORDS = [
  'The',
  'the',
  'a',
  'A',
  'last',
  'Last',
  'next',
  'this',
  'early',
  'mid-',
  'late',
  'May',
  'Friday',
  'week',
  'Week',
  'calendar',
  '45',
  'first',
  'years',
  'ago',
  '1990s',
  "'90s",
  'Nov.',
  '8,',
  '2023',
  'FY2023',
  'Q3',
  '3',
  'p.m.',
  'third-quarter',
  'every',
  'daily',
  'twice',
  'recent',
  'coming',
  'months',
  'now',
  'fiscal',
  'summer',
  '20th',
  'century',
  'two',
  'thousand',
  'nineteen',
  'ninety-six',
  'hours',
  'said',
  'will',
  'year-end',
  'year-earlier',
  'quarter',
  'Christmas',
  'noon',
  'at',
  'more',
  'than',
  'for',
  'in',
  'of',
  '$5',
  '%',
  'times',
  'per',
  'day',
  'yesterday',
  'morning',
  'Thanksgiving',
  '.',
  ',',
  '\n',
];

describe('rule dispatch by first word', () => {
  it('gives exactly what a full scan of every rule gives, on sentences of grammar words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' ')),
        fc.constantFrom('2023-11-08', '1989-10-26', null),
        (text, dct) => {
          const expected = tagTimexesByFullScan(text, dct);
          const actual = tagTimexes(text, dct);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it.skipIf(!existsSync(CORPUS))(
    'gives exactly what a full scan gives on the TempEval-3 texts (needs ../shared)',
    () => {
      for (const doc of loadTml(CORPUS)) {
        const expected = tagTimexesByFullScan(doc.text, doc.dct);
        const actual = tagTimexes(doc.text, doc.dct);
        expect(actual, doc.file).toEqual(expected);
      }
    },
  );

  it.each(RULES.map((r) => [r.name, r.starts] as const))('rule %s declares lower-case first words', (_name, starts) => {
    expect(starts.length).toBeGreaterThan(0);
    for (const word of starts) expect(word).toBe(word.toLowerCase());
  });
});
