import { describe, expect, it } from 'vitest';
import { ImportError } from '@/utils/import/check';
import { parseImport } from '@/utils/import/parse';
import { validateExport } from '@/utils/import/validate';
import { makeExport, NOW } from '../../fixtures/timeline/articles';

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/** A valid export changed by `edit` (typed loosely on purpose: the edits break the type). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function broken(edit: (doc: Record<string, any>) => void): unknown {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc = structuredClone(makeExport()) as Record<string, any>;
  edit(doc);
  return doc;
}

describe('validateExport', () => {
  it('accepts an export and returns its articles and collections', () => {
    const doc = makeExport();

    const actual = validateExport(doc, NOW);

    expect(actual).toEqual({ exportedAt: doc.exportedAt, articles: doc.articles, collections: doc.collections });
  });

  it('drops unknown fields rather than carrying them in', () => {
    const doc = broken((d) => {
      d.articles[0].evil = '<script>';
      d.articles[0].article.__proto__polluted = 1;
    });

    const actual = validateExport(doc, NOW);

    expect(JSON.stringify(actual)).not.toContain('evil');
    expect(JSON.stringify(actual)).not.toContain('polluted');
  });

  it('accepts a plain annotate output with a URL (no Dateline reading data)', () => {
    const doc = broken((d) => delete d.articles[0].dateline);

    const actual = validateExport(doc, NOW);

    expect(actual.articles[0]!.dateline).toEqual({
      starred: false,
      firstVisited: NOW,
      lastVisited: NOW,
      visits: 1,
      publishedSource: null,
    });
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', [1, 2], /expected an object, found a list/],
    ['a foreign JSON file', { name: 'package', version: '1.0.0' }, /not a Dateline export/],
    ['a newer version', broken((d) => (d.version = 2)), /version 2; this version of Dateline reads version 1/],
    ['no articles list', broken((d) => delete d.articles), /at articles: expected a list/],
    [
      'a bad URL',
      broken((d) => (d.articles[0].article.url = 'javascript:alert(1)')),
      /articles\[0\]\.article\.url: expected an http or https address/,
    ],
    [
      'a relative URL',
      broken((d) => (d.articles[1].article.url = '/x')),
      /articles\[1\]\.article\.url: expected a web address/,
    ],
    [
      'a mention outside the text',
      broken((d) => (d.articles[0].people[0].mentions[0].end = 1e6)),
      /people\[0\]\.mentions\[0\]\.end: expected a whole number/,
    ],
    [
      'a mention that misquotes the text',
      broken((d) => (d.articles[0].countries[0].mentions[0].text = 'Narnia')),
      /countries\[0\]\.mentions\[0\]\.text: expected the article's text/,
    ],
    [
      'start after end',
      broken((d) => (d.articles[0].events[0].sentence = { start: 9, end: 3 })),
      /events\[0\]\.sentence\.end/,
    ],
    ['a bad country code', broken((d) => (d.articles[0].countries[0].code = 'Korea')), /countries\[0\]\.code/],
    [
      'a bad event date',
      broken((d) => (d.articles[0].events[1].date.start = 'May')),
      /events\[1\]\.date\.start: expected a date YYYY-MM-DD/,
    ],
    [
      'a bad timex type',
      broken((d) => (d.articles[0].timexes[0].type = 'WHEN')),
      /timexes\[0\]\.type: expected DATE, TIME, DURATION or SET/,
    ],
    [
      'a duplicate URL',
      broken((d) => d.articles.push(structuredClone(d.articles[0]))),
      /articles\[3\]\.article\.url: expected a URL no other article/,
    ],
    [
      'a collection naming an unknown article',
      broken((d) => d.collections[0].articles.push('https://nowhere.example/')),
      /collections\[0\]\.articles\[2\]: expected the URL of an article in this file/,
    ],
    [
      'a collection without a name',
      broken((d) => (d.collections[0].name = '  ')),
      /collections\[0\]\.name: expected a collection needs a name/,
    ],
    [
      'duplicate collection names',
      broken((d) => d.collections.push({ ...d.collections[0], articles: [] })),
      /collections\[1\]\.name: expected a name no other collection/,
    ],
    [
      'a huge text field',
      broken((d) => (d.articles[0].article.siteName = 'x'.repeat(5000))),
      /siteName: expected a text of at most 1000 characters/,
    ],
    ['visits of zero', broken((d) => (d.articles[0].dateline.visits = 0)), /dateline\.visits/],
    ['a bad scope', broken((d) => (d.scope = { kind: 'planet' })), /scope\.kind/],
  ])('refuses %s with a clear message', (_name, value, expected) => {
    expect(() => validateExport(value, NOW)).toThrow(ImportError);
    expect(() => validateExport(value, NOW)).toThrow(expected);
  });
});

describe('parseImport', () => {
  it('reads bytes of a valid export', () => {
    const actual = parseImport(encode(makeExport()), NOW);

    expect(actual.articles).toHaveLength(3);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const actual = parseImport(encode(`\uFEFF${JSON.stringify(makeExport())}`), NOW);

    expect(actual.collections).toHaveLength(1);
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['an empty file', new Uint8Array(), /empty/],
    ['binary data', new Uint8Array([0xff, 0xfe, 0x00, 0x80]), /not valid UTF-8/],
    ['truncated JSON', encode(JSON.stringify(makeExport()).slice(0, 100)), /not valid JSON/],
    ['CSV', encode('date value,start\n2023-05,2023-05-01\n'), /not valid JSON/],
  ])('refuses %s', (_name, bytes, expected) => {
    expect(() => parseImport(bytes, NOW)).toThrow(expected);
  });
});
