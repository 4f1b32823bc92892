import type { Palette } from './palette';
import type { MarkKind } from './types';

/** Names in the page's highlight registry (CSS.highlights). Prefixed so they never clash with the page's own. */
export const HIGHLIGHT_NAMES: Record<MarkKind | 'active', string> = {
  person: 'dateline-person',
  country: 'dateline-country',
  date: 'dateline-date',
  active: 'dateline-active',
};

/** Line shape per kind: what tells the kinds apart without colour. */
export const LINE_STYLE: Record<MarkKind, 'solid' | 'wavy' | 'double'> = {
  person: 'solid',
  country: 'wavy',
  date: 'double',
};

/** `::highlight()` rules for the page's document (the only place they apply to the page's text). */
export function highlightCss(palette: Palette): string {
  const kinds = (Object.keys(LINE_STYLE) as MarkKind[]).map((kind) => {
    const { line, tint } = palette.kinds[kind];
    return (
      `::highlight(${HIGHLIGHT_NAMES[kind]}){background-color:${tint};` +
      `text-decoration:underline ${LINE_STYLE[kind]} ${line};text-decoration-thickness:2px;` +
      `text-decoration-skip-ink:none;}`
    );
  });
  kinds.push(`::highlight(${HIGHLIGHT_NAMES.active}){background-color:${palette.active};}`);
  return kinds.join('\n');
}

/** Overlay boxes (fallback) drawn with borders: the same shapes as the highlight rules' underlines. */
export function overlayCss(palette: Palette): string {
  const border: Record<MarkKind, string> = {
    person: `2px solid ${palette.kinds.person.line}`,
    country: `2px dotted ${palette.kinds.country.line}`,
    date: `3px double ${palette.kinds.date.line}`,
  };
  const kinds = (Object.keys(border) as MarkKind[]).map(
    (kind) => `.box.${kind}{border-bottom:${border[kind]};background:${palette.kinds[kind].tint};}`,
  );
  return [
    '.layer{position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;}',
    '.box{position:absolute;box-sizing:border-box;pointer-events:none;}',
    ...kinds,
    `.box.active{background:${palette.active};}`,
    `.ring{position:absolute;box-sizing:border-box;pointer-events:none;border-radius:3px;` +
      `outline:2px solid ${palette.ring};outline-offset:2px;}`,
  ].join('\n');
}
