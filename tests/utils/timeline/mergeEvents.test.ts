import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportEvents } from '@/utils/export/exportEvents';
import { mergeEvents, type SourcedEvent } from '@/utils/timeline/mergeEvents';
import { contentTokens, jaccard, PrefixIndex, tokenFrequency } from '@/utils/timeline/similarity';
import { makeExport } from '../../fixtures/timeline/articles';

function reports(): SourcedEvent[] {
  return exportEvents(makeExport());
}

describe('similarity', () => {
  it.each([
    ['North Korea failed in May.', 'In May North Korea failed!', 1],
    ['Rocket failed', 'Talks succeeded', 0],
    ['p q r s', 'p q x y', 2 / 6],
    ['', '', 1],
  ])('jaccard(%j, %j) = %d', (a, b, expected) => {
    const actual = jaccard(contentTokens(a), contentTokens(b));

    expect(actual).toBeCloseTo(expected);
  });

  it('ignores stop words and case', () => {
    expect([...contentTokens('The launch of THE rocket')]).toEqual(['launch', 'rocket']);
  });
});

describe('mergeEvents', () => {
  it('shows the same event reported by two articles once, with both sources', () => {
    const actual = mergeEvents(reports());

    const may = actual.dated.filter((e) => e.value === '2023-05');
    expect(may).toHaveLength(1);
    expect(may[0]!.sources.map((s) => s.article.siteName)).toEqual(['Example Times', 'Daily Example']);
    const summit = actual.dated.filter((e) => e.value === '2023-09-13' && e.people.includes('vladimir-putin'));
    expect(summit).toHaveLength(1);
    expect(summit[0]!.sources).toHaveLength(2);
  });

  it('keeps an unrelated event on the same day apart (no shared person or country)', () => {
    const actual = mergeEvents(reports());

    const sameDay = actual.dated.filter((e) => e.value === '2023-09-13');
    expect(sameDay).toHaveLength(2);
    expect(sameDay.map((e) => e.sources.length).sort()).toEqual([1, 2]);
  });

  it('lists dated events in calendar order and vague ones after', () => {
    const expectedDated = [
      '199X',
      '2023-05',
      '2023-SU',
      '2023-Q3',
      '2023-08',
      '2023-09-13',
      '2023-09-13',
      '2023-10',
      '2023-W45',
    ];

    const actual = mergeEvents(reports());

    expect(actual.dated.map((e) => e.value)).toEqual(expectedDated);
    expect(actual.vague.map((e) => e.value).sort()).toEqual(['FUTURE_REF', 'PAST_REF']);
  });

  it.each([
    [
      'identical sentences and entities',
      'Rocket launch failed in May.',
      ['KP'],
      'Rocket launch failed in May.',
      ['KP'],
      1,
    ],
    [
      'similar sentences, no shared entity',
      'Rocket launch failed in May.',
      ['KP'],
      'Rocket launch failed in May.',
      ['JP'],
      2,
    ],
    [
      'shared entity, different sentences',
      'Rocket launch failed in May.',
      ['KP'],
      'Talks on trade began in May.',
      ['KP'],
      2,
    ],
  ])('%s → %d event(s)', (_name, textA, countriesA, textB, countriesB, expected) => {
    const base = reports()[0]!;
    const a: SourcedEvent = {
      event: { ...base.event, id: 1, text: textA, countries: countriesA },
      article: { ...base.article, id: 1 },
    };
    const b: SourcedEvent = {
      event: { ...base.event, id: 2, text: textB, countries: countriesB },
      article: { ...base.article, id: 2 },
    };

    const actual = mergeEvents([a, b]);

    expect(actual.dated.length + actual.vague.length).toBe(expected);
  });

  it('never merges two sentences of the same article', () => {
    const base = reports()[0]!;
    const a: SourcedEvent = { event: { ...base.event, id: 1 }, article: base.article };
    const b: SourcedEvent = { event: { ...base.event, id: 2 }, article: base.article };

    const actual = mergeEvents([a, b]);

    expect(actual.dated.length + actual.vague.length).toBe(2);
  });
});

describe('PrefixIndex', () => {
  it('offers every added set whose Jaccard with the query reaches the threshold', () => {
    const word = fc.constantFrom(
      'kim',
      'putin',
      'rocket',
      'launch',
      'may',
      'failed',
      'talks',
      'trade',
      'moscow',
      'korea',
    );
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(word, { maxLength: 7 }), { maxLength: 12 }),
        fc.constantFrom(0, 0.3, 0.5, 0.7, 1),
        (lists, threshold) => {
          const sets = lists.map((l) => new Set(l));
          const index = new PrefixIndex(threshold, tokenFrequency(sets));
          sets.forEach((set, i) => {
            const offered = new Set(index.candidates(set));
            for (let j = 0; j < i; j++) {
              if (jaccard(sets[j]!, set) >= threshold) expect(offered.has(j)).toBe(true);
            }
            index.add(i, set);
          });
        },
      ),
    );
  });

  it('does not offer sets that share only a common word', () => {
    const sets = Array.from({ length: 200 }, (_, i) => new Set([`w${i}`, `x${i}`, 'common']));
    const index = new PrefixIndex(0.5, tokenFrequency(sets));
    sets.forEach((set, i) => index.add(i, set));

    expect(index.candidates(new Set(['w1', 'y', 'common']))).toEqual([1]);
  });
});
