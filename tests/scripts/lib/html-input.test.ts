import { describe, expect, it } from 'vitest';
import { binaryKind, decodeHtmlBytes, looksLikeHtml } from '../../../scripts/lib/html-input';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('binaryKind', () => {
  it.each([
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['a PDF document', latin1('%PDF-1.7\n')],
    ['a gzip archive', bytes(0x1f, 0x8b, 8, 0)],
    ['binary data', bytes(0x3c, 0x70, 0x3e, 0x00, 0x01)],
  ])('recognises %s', (expected, input) => {
    expect(binaryKind(input)).toBe(expected);
  });

  it.each([
    ['an HTML page', latin1('<!doctype html><p>x</p>')],
    ['a UTF-16 page with its BOM', Uint8Array.from(Buffer.from('\ufeff<p>x</p>', 'utf16le'))],
    ['an empty file', bytes()],
  ])('passes %s', (_case, input) => {
    expect(binaryKind(input)).toBeNull();
  });
});

describe('decodeHtmlBytes', () => {
  it.each([
    ['UTF-8 by default', Uint8Array.from(Buffer.from('<p>Café</p>', 'utf8')), '<p>Café</p>'],
    ['a UTF-8 BOM, dropped', Uint8Array.from(Buffer.from('\ufeff<p>Café</p>', 'utf8')), '<p>Café</p>'],
    [
      '<meta charset> windows-1252',
      latin1('<meta charset="windows-1252"><p>Café</p>'),
      '<meta charset="windows-1252"><p>Café</p>',
    ],
    [
      'http-equiv charset',
      latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>é</p>'),
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>é</p>',
    ],
    [
      'an unknown charset label, read as UTF-8',
      Uint8Array.from(Buffer.from('<meta charset="x-nope"><p>é</p>')),
      '<meta charset="x-nope"><p>é</p>',
    ],
    ['UTF-16LE with its BOM', Uint8Array.from(Buffer.from('\ufeff<p>é</p>', 'utf16le')), '<p>é</p>'],
  ])('%s', (_case, input, expected) => {
    expect(decodeHtmlBytes(input)).toBe(expected);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html></html>', true],
    ['<p>One paragraph</p>', true],
    ['<DIV class="x">y</DIV>', true],
    ['Just a note.\nNo markup here.', false],
    ['a < b and c > d', false],
    ['<pre-formatted> is not a tag we know', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
