import { describe, expect, it } from 'vitest';
import { escapeForTimelineJs, toTimelineJs } from '@/utils/export/timelinejs';
import type { ExportedArticle } from '@/utils/export/types';
import { FISHING, makeArticle, makeExport, NOW, SATELLITE } from '../../fixtures/timeline/articles';

/**
 * The TimelineJS JSON format as documented at https://timeline.knightlab.com/docs/json-format.html:
 * returns the list of violations (empty when the document conforms).
 */
function violations(doc: unknown): string[] {
  const out: string[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const only = (o: Record<string, unknown>, allowed: string[], at: string) => {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) out.push(`${at}: unknown property ${k}`);
  };
  const date = (d: unknown, at: string) => {
    if (!isObj(d)) return out.push(`${at}: not an object`);
    only(d, ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date'], at);
    if (typeof d.year !== 'number' || !Number.isInteger(d.year)) out.push(`${at}.year: required integer`);
    if (d.month !== undefined && !(Number.isInteger(d.month) && (d.month as number) >= 1 && (d.month as number) <= 12))
      out.push(`${at}.month: 1-12`);
    if (d.day !== undefined && !(Number.isInteger(d.day) && (d.day as number) >= 1 && (d.day as number) <= 31))
      out.push(`${at}.day: 1-31`);
    if (d.day !== undefined && d.month === undefined) out.push(`${at}: day without month`);
    if (d.display_date !== undefined && typeof d.display_date !== 'string') out.push(`${at}.display_date: string`);
  };
  const text = (t: unknown, at: string) => {
    if (!isObj(t)) return out.push(`${at}: not an object`);
    only(t, ['headline', 'text'], at);
    for (const k of ['headline', 'text'])
      if (t[k] !== undefined && typeof t[k] !== 'string') out.push(`${at}.${k}: string`);
  };
  const slide = (s: unknown, at: string, isTitle: boolean) => {
    if (!isObj(s)) return out.push(`${at}: not an object`);
    only(
      s,
      ['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id'],
      at,
    );
    if (!isTitle || s.start_date !== undefined) date(s.start_date, `${at}.start_date`);
    if (s.end_date !== undefined) date(s.end_date, `${at}.end_date`);
    if (s.text !== undefined) text(s.text, `${at}.text`);
    for (const k of ['group', 'display_date', 'unique_id'])
      if (s[k] !== undefined && typeof s[k] !== 'string') out.push(`${at}.${k}: string`);
    if (s.autolink !== undefined && typeof s.autolink !== 'boolean') out.push(`${at}.autolink: boolean`);
  };
  if (!isObj(doc)) return ['document: not an object'];
  only(doc, ['events', 'title', 'eras', 'scale'], 'document');
  if (!Array.isArray(doc.events)) out.push('events: required list');
  else doc.events.forEach((s, i) => slide(s, `events[${i}]`, false));
  if (doc.title !== undefined) slide(doc.title, 'title', true);
  if (doc.scale !== undefined && doc.scale !== 'human' && doc.scale !== 'cosmological') out.push('scale');
  if (Array.isArray(doc.events)) {
    const ids = doc.events.map((s) => (s as Record<string, unknown>).unique_id).filter((x) => x !== undefined);
    if (new Set(ids).size !== ids.length) out.push('unique_id: not unique');
  }
  return out;
}

describe('toTimelineJs', () => {
  const actual = toTimelineJs(makeExport());

  it('conforms to the documented TimelineJS JSON shape', () => {
    expect(violations(actual)).toEqual([]);
    expect(violations(JSON.parse(JSON.stringify(actual)))).toEqual([]);
  });

  it('the shape check catches what TimelineJS would reject', () => {
    expect(violations({ events: [{ start_date: { month: 5 } }] })).toContain(
      'events[0].start_date.year: required integer',
    );
    expect(violations({ events: [{ start_date: { year: 2023, month: 13 } }] })).toContain(
      'events[0].start_date.month: 1-12',
    );
    expect(violations({})).toContain('events: required list');
  });

  it('has one slide per merged dated event, as precise as the date', () => {
    const expected = [
      [{ year: 1990, month: 1, day: 1 }, { year: 1999, month: 12, day: 31 }, 'the 1990s'],
      [{ year: 2023, month: 5 }, undefined, 'May 2023'],
      [{ year: 2023, month: 6, day: 1 }, { year: 2023, month: 8, day: 31 }, 'Summer 2023'],
      [{ year: 2023, month: 7, day: 1 }, { year: 2023, month: 9, day: 30 }, 'Q3 2023'],
      [{ year: 2023, month: 8 }, undefined, 'August 2023'],
      [{ year: 2023, month: 9, day: 13 }, undefined, '13 Sep 2023'],
      [{ year: 2023, month: 9, day: 13 }, undefined, '13 Sep 2023'],
      [{ year: 2023, month: 10 }, undefined, 'October 2023'],
      [{ year: 2023, month: 11, day: 6 }, { year: 2023, month: 11, day: 12 }, 'Week 45, 2023'],
    ];

    expect(actual.events.map((e) => [e.start_date, e.end_date, e.display_date])).toEqual(expected);
  });

  it('cites every source of a merged event and titles the timeline', () => {
    const may = actual.events.find((e) => e.display_date === 'May 2023')!;

    expect(may.text!.text).toContain('Sources: Pyongyang readies a third satellite launch (Example Times, 2023-11-08)');
    expect(may.text!.text).toContain('https://daily.example/summit');
    expect(actual.title!.text!.headline).toBe('All articles');
    expect(actual.title!.text!.text).toBe('9 dated events from 3 articles, exported from Dateline on 2023-11-20.');
  });

  it.each<[string, ExportedArticle[], string]>([
    ['one article', [FISHING], '1 dated event from 1 article'],
    ['two articles', [SATELLITE, FISHING], '5 dated events from 2 articles'],
  ])('counts in words for %s', (_name, articles, expected) => {
    const actual = toTimelineJs(makeExport(articles)).title!.text!.text;

    expect(actual).toBe(`${expected}, exported from Dateline on 2023-11-20.`);
  });

  it('keeps text plain: markup in an article is escaped, never live', () => {
    const hostile = makeArticle({
      url: 'https://evil.example/x',
      title: '<img src=x onerror=alert(1)>',
      siteName: 'Evil',
      publishedTime: '2023-01-02',
      lastVisited: NOW,
      sentences: [
        {
          text: 'On 1 May 2023 a <script>alert("x")</script> & co. event happened.',
          date: { written: '1 May 2023', value: '2023-05-01', start: '2023-05-01', end: '2023-05-01' },
        },
      ],
    });

    const json = JSON.stringify(toTimelineJs(makeExport([hostile])));

    expect(json).not.toMatch(/<|>/);
    expect(json).toContain('&#60;script&#62;');
    expect(escapeForTimelineJs(`a<b>"c'&`)).toBe('a&#60;b&#62;&#34;c&#39;&#38;');
  });
});
