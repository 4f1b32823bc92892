import type { MarkKind } from './types';

/** Colours of one mark kind: the line and the tint behind the text. */
export interface KindColours {
  line: string;
  tint: string;
}

/** Colours for one page: per kind, the active (hovered/focused) mark's background, and the focus ring. */
export interface Palette {
  dark: boolean;
  kinds: Record<MarkKind, KindColours>;
  active: string;
  ring: string;
}

// Line colours keep at least 4.5:1 contrast with white (light) or #121212 (dark) pages; the kinds also differ by
// line shape (solid + tint, wavy, double), so they stay apart for colour-blind readers and in greyscale.
const LIGHT: Palette = {
  dark: false,
  kinds: {
    person: { line: '#1d4ed8', tint: 'rgba(37, 99, 235, 0.12)' },
    country: { line: '#047857', tint: 'transparent' },
    date: { line: '#b45309', tint: 'transparent' },
  },
  active: 'rgba(250, 204, 21, 0.55)',
  ring: '#1d4ed8',
};

const DARK: Palette = {
  dark: true,
  kinds: {
    person: { line: '#93c5fd', tint: 'rgba(147, 197, 253, 0.2)' },
    country: { line: '#6ee7b7', tint: 'transparent' },
    date: { line: '#fcd34d', tint: 'transparent' },
  },
  active: 'rgba(250, 204, 21, 0.35)',
  ring: '#93c5fd',
};

/** Parses `rgb()`/`rgba()` as getComputedStyle returns colours; null for anything else or a transparent colour. */
export function parseRgb(colour: string): [number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(colour.trim());
  if (!m) return null;
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : +alphaText;
  if (alpha < 0.5) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG relative luminance (0 black … 1 white) of an sRGB colour. */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The palette for a page whose article background has luminance `luminance`. */
export function paletteFor(luminance: number): Palette {
  // 0.18 is where black and white text have equal contrast: below it the page reads as dark.
  return luminance < 0.18 ? DARK : LIGHT;
}

/**
 * The background colour an element shows: its own or its nearest ancestor's opaque background, else the canvas
 * (white, or black when the page asks for a dark colour scheme and sets none).
 */
export function backgroundLuminance(el: Element): number {
  const view = el.ownerDocument.defaultView;
  if (!view) return 1;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(node).backgroundColor);
    if (rgb) return relativeLuminance(rgb);
  }
  const scheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme;
  return scheme === 'dark' ? 0 : 1;
}
