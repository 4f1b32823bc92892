import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { popupShellMarkup } from '@/utils/popup/shellMarkup';
import { POPUP_SHELL_MARKER, popupShell, renderPopupShell } from '../../scripts/vite/popupShell';

const root = path.resolve(import.meta.dirname, '../..');
const WXT_SCRIPT = '<script type="module" crossorigin src="/chunks/_virtual_wxt-html-plugins-P2Xu9kJm.js"></script>';
const page = (body: string) =>
  `<html><head><script src="/popup-early.js" defer></script>\n    ${WXT_SCRIPT}</head><body>${body}</body></html>`;

/** Runs the plugin's HTML transform as Vite does, in a build (with a bundle) or on the dev server (without). */
async function transform(html: string, build: boolean): Promise<string> {
  const hook = popupShell(root).transformIndexHtml as {
    handler: (html: string, context: { bundle?: object }) => Promise<string>;
  };
  return hook.handler(html, build ? { bundle: {} } : {});
}

describe('popupShell (Vite plugin)', () => {
  it('renders in Node, through esbuild, the same frame the components render', async () => {
    expect(await renderPopupShell(root)).toBe(popupShellMarkup());
  });

  it.each([
    ['a build', true, false],
    ['the dev server', false, true],
  ])('puts the frame in place of the marker in %s', async (_name, build, expectedWxtScript) => {
    const actual = await transform(page(`<div id="early">${POPUP_SHELL_MARKER}</div>`), build);

    expect(actual).toContain(`<div id="early">${popupShellMarkup()}</div>`);
    expect(actual).not.toContain(POPUP_SHELL_MARKER);
    expect(actual.includes(WXT_SCRIPT)).toBe(expectedWxtScript);
    expect(actual).toContain('<script src="/popup-early.js" defer></script>');
  });

  it('leaves the other pages as they are', async () => {
    const expected = page('<div id="app"></div>');

    expect(await transform(expected, true)).toBe(expected);
  });
});
