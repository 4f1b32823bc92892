import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, codePointOffsets, stableUuid, toWebAnnotations } from '@/utils/export/webAnnotation';
import { makeArticle, makeExport, NOW, SATELLITE } from '../../fixtures/timeline/articles';

describe('toWebAnnotations', () => {
  const actual = toWebAnnotations(makeExport());
  const items = actual.first.items;

  it('is an AnnotationCollection in the W3C context with every mention as an Annotation', () => {
    const mentions = makeExport().articles.reduce(
      (n, a) =>
        n +
        a.people.reduce((k, p) => k + p.mentions.length, 0) +
        a.countries.reduce((k, c) => k + c.mentions.length, 0) +
        a.timexes.length,
      0,
    );

    expect(actual['@context']).toBe(ANNO_CONTEXT);
    expect(actual.type).toBe('AnnotationCollection');
    expect(actual.total).toBe(mentions);
    expect(items).toHaveLength(mentions);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    for (const a of items) {
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('targets each mention with a TextQuoteSelector and a TextPositionSelector that agree with the text', () => {
    for (const a of items) {
      const source = makeExport().articles.find((x) => x.article.url === a.target.source)!;
      const [quote, position] = a.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(source.text.slice(position.start, position.end)).toBe(quote.exact);
      expect(source.text.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
      expect(source.text.slice(position.end).startsWith(quote.suffix)).toBe(true);
    }
  });

  it('tags and identifies a person', () => {
    const putin = items.find(
      (a) => a.target.source === SATELLITE.article.url && a.target.selector[0].exact === 'Vladimir Putin',
    )!;

    expect(putin.motivation).toBe('identifying');
    expect(putin.body).toEqual([
      { type: 'TextualBody', value: 'Vladimir Putin', purpose: 'tagging', format: 'text/plain' },
      { type: 'SpecificResource', source: 'urn:dateline:person:vladimir-putin', purpose: 'identifying' },
      { type: 'TextualBody', value: 'Russian President', purpose: 'describing', format: 'text/plain' },
    ]);
  });

  it('tags a date with its TIMEX3 value and its label', () => {
    const may = items.find((a) => a.target.source === SATELLITE.article.url && a.target.selector[0].exact === 'May')!;

    expect(may.body.map((b) => ('value' in b ? b.value : b.source))).toEqual(['2023-05', 'May 2023']);
  });

  it("keeps only the entity's mentions in an entity export", () => {
    const doc = { ...makeExport(), scope: { kind: 'country' as const, code: 'JP', name: 'Japan' } };

    const japan = toWebAnnotations(doc).first.items;

    expect(japan.map((a) => a.target.selector[0].exact)).toEqual(['Japan', 'Japan']);
  });

  it('counts positions in code points, as the model requires, when the text has astral characters', () => {
    const emoji = makeArticle({
      url: 'https://e.example/',
      title: 't',
      siteName: 's',
      publishedTime: '2023-01-01',
      lastVisited: NOW,
      sentences: [{ text: '🚀🚀 Japan launched.', countries: ['JP'] }],
    });

    const [japan] = toWebAnnotations(makeExport([emoji])).first.items;

    expect(japan!.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 3, end: 8 });
    expect([...emoji.text].slice(3, 8).join('')).toBe('Japan');
  });

  it.each([
    ['abc', [0, 1, 2, 3]],
    ['a😀b', [0, 1, 1, 2, 3]],
  ])('codePointOffsets(%j)', (text, expected) => {
    const toPoints = codePointOffsets(text);

    expect(expected.map((_, i) => toPoints(i))).toEqual(expected);
  });

  it('gives stable ids', () => {
    expect(stableUuid('x')).toBe(stableUuid('x'));
    expect(stableUuid('x')).not.toBe(stableUuid('y'));
  });
});
