// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightCss, LINE_STYLE } from '@/utils/page/highlights/css';
import { backgroundLuminance, paletteFor, parseRgb, relativeLuminance } from '@/utils/page/highlights/palette';

describe('palette', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255]],
    ['rgba(17, 20, 24, 1)', [17, 20, 24]],
    ['rgb(17 20 24 / 90%)', [17, 20, 24]],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
  ])('parses %s', (colour, expected) => {
    expect(parseRgb(colour)).toEqual(expected);
  });

  it.each([
    ['#fafafa page', [250, 250, 250] as [number, number, number], false],
    ['#111418 page', [17, 20, 24] as [number, number, number], true],
    ['mid grey #777', [119, 119, 119] as [number, number, number], false],
  ])('picks the %s palette by luminance', (_name, rgb, dark) => {
    expect(paletteFor(relativeLuminance(rgb)).dark).toBe(dark);
  });

  it('reads the nearest opaque background up the tree', () => {
    document.body.innerHTML = '<div style="background-color: rgb(17, 20, 24)"><article><p>x</p></article></div>';
    expect(backgroundLuminance(document.querySelector('p')!)).toBeLessThan(0.02);
  });

  it('gives each kind its own line shape in the ::highlight rules', () => {
    const css = highlightCss(paletteFor(1));
    for (const [kind, style] of Object.entries(LINE_STYLE)) {
      expect(css).toMatch(new RegExp(`::highlight\\(dateline-${kind}\\)\\{[^}]*underline ${style}`));
    }
    expect(new Set(Object.values(LINE_STYLE)).size).toBe(3);
  });
});
