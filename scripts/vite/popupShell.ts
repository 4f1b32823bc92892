import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/** The project's root (this file is scripts/vite/popupShell.ts). */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where in an HTML entrypoint the popup's frame goes (entrypoints/popup/index.html). */
export const POPUP_SHELL_MARKER = '<!-- popup-shell -->';

/**
 * Renders the popup's frame (utils/popup/shellMarkup.tsx: the popup's own components, rendered to a string) in Node:
 * bundled with esbuild, as the config cannot load TSX itself.
 */
export async function renderPopupShell(root: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'utils/popup/shellMarkup.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const code = Buffer.from(result.outputFiles[0]!.text).toString('base64');
  const module = (await import(`data:text/javascript;base64,${code}`)) as { popupShellMarkup: () => string };
  return module.popupShellMarkup();
}

/** WXT's loader for its own plugins, which it adds to every page as a module script (Dateline uses none). */
const WXT_PLUGINS_SCRIPT = /\s*<script type="module"[^>]*_virtual_wxt-html-plugins[^>]*><\/script>/;

/**
 * Vite plugin: puts the popup's frame into popup.html where the marker is, so that the toolbar popup's first frame
 * has its title bar and tabs before any script has run (a popup is shown only once its page has loaded). The markup
 * comes from the same components the popup renders, at build time: it holds no page data. In the built popup it also
 * drops the module script WXT adds to load its plugins: Dateline has none, and a module script costs the popup ~20 ms
 * before it is shown (measured: scripts/bench/popup-open.ts).
 */
export function popupShell(root = ROOT): Plugin {
  return {
    name: 'dateline:popup-shell',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!html.includes(POPUP_SHELL_MARKER)) return html;
        const page = html.replace(POPUP_SHELL_MARKER, await renderPopupShell(root));
        return context.bundle ? page.replace(WXT_PLUGINS_SCRIPT, '') : page;
      },
    },
  };
}
