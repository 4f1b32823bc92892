import { describe, expect, it } from 'vitest';
import type { EventRecord, MentionRecord } from '@/utils/db/schema';
import { cardModel, dateLabel, howRead, type PageAnnotations } from '@/utils/page/cards/view-model';
import type { Mark } from '@/utils/page/highlights';

const range = {} as Range;
const mention = (id: number, kind: MentionRecord['kind'], key: string, text: string, start: number): MentionRecord => ({
  id,
  articleId: 1,
  kind,
  key,
  text,
  start,
  end: start + text.length,
});
const event = (value: string, start: string | null, text: string, at: number): EventRecord => ({
  id: at,
  articleId: 1,
  value,
  start,
  end: start,
  text,
  sentence: { start: at, end: at + text.length },
  timex: { start: at, end: at + 4, text: 'x' },
  people: [],
  countries: [],
});

const data: PageAnnotations = {
  articleId: 1,
  publishedTime: '2023-11-08T09:30:00+09:00',
  people: [
    {
      articleId: 1,
      personId: 'vladimir-putin',
      name: 'Vladimir Putin',
      role: 'Russian President',
      countries: ['RU'],
      mentionCount: 2,
    },
    { articleId: 1, personId: 'kim-jong-un', name: 'Kim Jong Un', role: null, countries: ['KP'], mentionCount: 1 },
  ],
  countries: [{ articleId: 1, code: 'KP', name: 'North Korea', mentionCount: 7 }],
  mentions: [
    mention(1, 'person', 'vladimir-putin', 'Vladimir Putin', 10),
    mention(2, 'date', '2023-10', 'Last month', 100),
  ],
  events: [
    event('2023-10', '2023-10-01', 'Last month, South Korea condemned the supply.', 100),
    event('2023-05', '2023-05-01', 'A launch failed in May.', 50),
    event('2023-08', '2023-08-01', 'A launch failed in August.', 70),
  ],
};

const markOf = (kind: Mark['kind'], key: string, mentionId = 0): Mark => ({
  index: 0,
  mentionId,
  kind,
  key,
  text: '',
  range,
});

describe('dateLabel and howRead', () => {
  it.each([
    ['2023-10', 'October 2023'],
    ['2023-11-08', '8 Nov 2023'],
    ['P3M', '3 months'],
    ['PT1H', '1 hour'],
    ['FUTURE_REF', 'Expected'],
  ])('labels %s as "%s"', (value, expected) => {
    expect(dateLabel(value)).toBe(expected);
  });

  it.each([
    [{ text: 'Last month', key: '2023-10' }, '2023-11-08T09:30:00+09:00', 'from the publication date 8 Nov 2023'],
    [{ text: 'May 2023', key: '2023-05' }, '2023-11-08', 'as written'],
    [
      { text: 'last month', key: 'XXXX-XX', unresolved: true },
      null,
      'left unresolved: the article gives no publication date',
    ],
    [{ text: 'in the coming months', key: 'FUTURE_REF' }, '2023-11-08', 'a reference to no particular date'],
    [{ text: 'three months', key: 'P3M' }, '2023-11-08', 'a length of time, not a date'],
  ])('says how %o was read', (m, published, expected) => {
    expect(howRead(m, published)).toBe(expected);
  });
});

describe('cardModel', () => {
  it('gives a person their role, countries by name and mention count', () => {
    expect(cardModel(markOf('person', 'vladimir-putin'), data)).toEqual({
      kind: 'person',
      key: 'vladimir-putin',
      name: 'Vladimir Putin',
      role: 'Russian President',
      countries: [{ code: 'RU', name: 'Russia' }],
      mentionCount: 2,
    });
  });

  it('gives a country its people in this article', () => {
    expect(cardModel(markOf('country', 'KP'), data)).toMatchObject({ name: 'North Korea', people: ['Kim Jong Un'] });
  });

  it('gives a date how it was read and the nearest other events, nearest first', () => {
    expect(cardModel(markOf('date', '2023-10', 2), data)).toEqual({
      kind: 'date',
      key: '2023-10',
      label: 'October 2023',
      quote: 'Last month',
      reading: 'from the publication date 8 Nov 2023',
      nearby: [
        { dateLabel: 'August 2023', sentence: 'A launch failed in August.' },
        { dateLabel: 'May 2023', sentence: 'A launch failed in May.' },
      ],
    });
  });

  it('returns null for a mark the analysis does not know', () => {
    expect(cardModel(markOf('person', 'nobody'), data)).toBeNull();
  });
});
