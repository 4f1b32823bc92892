import { describe, expect, it } from 'vitest';
import { groupArticleEvents, vagueLabel, type TimelineEventLike } from '@/utils/timeline/groupArticleEvents';
import { SATELLITE, SUMMIT } from '../../fixtures/timeline/articles';
import type { ExportedArticle } from '@/utils/export/types';

function eventsOf(article: ExportedArticle): TimelineEventLike[] {
  return article.events.map((e, i) => ({
    id: i + 1,
    articleId: 1,
    value: e.date.value,
    start: e.date.start,
    end: e.date.end,
    text: e.text,
    sentence: e.sentence,
    timex: { ...e.timex, text: article.text.slice(e.timex.start, e.timex.end) },
    people: e.people,
    countries: e.countries,
  }));
}

describe('groupArticleEvents', () => {
  it('puts dated events in date order with their resolved and written dates, vague ones apart', () => {
    const expectedDated = [
      ['May 2023', ['May']],
      ['August 2023', ['August']],
      ['13 Sep 2023', ['13 September 2023']],
      ['October 2023', ['Last month']],
    ];
    const expectedVague = ['Expected: in the coming months'];

    const actual = groupArticleEvents(eventsOf(SATELLITE));

    expect(actual.dated.map((g) => [g.label, g.events.map((e) => e.timex.text)])).toEqual(expectedDated);
    expect(actual.vague.map((v) => v.label)).toEqual(expectedVague);
  });

  it('labels every kind of date in the second article and keeps "recently" vague without repeating it', () => {
    const expected = ['the 1990s', 'May 2023', 'Summer 2023', 'Q3 2023', '13 Sep 2023', 'Week 45, 2023'];

    const actual = groupArticleEvents(eventsOf(SUMMIT));

    expect(actual.dated.map((g) => g.label)).toEqual(expected);
    expect(actual.vague.map((v) => v.label)).toEqual(['Recently']);
  });

  it('groups events sharing a value under one heading, in text order', () => {
    const [a, b] = eventsOf(SATELLITE).filter((e) => e.value === '2023-05' || e.value === '2023-08');
    const same = { ...b!, value: a!.value, start: a!.start, end: a!.end };

    const actual = groupArticleEvents([same, a!]);

    expect(actual.dated).toHaveLength(1);
    expect(actual.dated[0]!.events.map((e) => e.id)).toEqual([a!.id, same.id]);
  });

  it.each([
    [
      { value: 'FUTURE_REF', timex: { start: 0, end: 0, text: 'in the coming months' } },
      'Expected: in the coming months',
    ],
    [{ value: 'PAST_REF', timex: { start: 0, end: 0, text: 'Recently' } }, 'Recently'],
    [{ value: 'PRESENT_REF', timex: { start: 0, end: 0, text: '' } }, 'Now'],
  ])('vagueLabel(%j) = %s', (event, expected) => {
    expect(vagueLabel(event)).toBe(expected);
  });
});
