import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built extension loads and evaluates nothing remote: no eval, no Function constructor, no script or style from
 * another host, and no request API other than Vite's module-preload helper (which fetches our own chunks).
 * Reads the production builds in `.output/`; a target that is not built is skipped with a message (`npm test` builds
 * both first).
 */

const root = path.resolve(import.meta.dirname, '../..');
const targets = [
  { name: 'chrome-mv3', dir: path.join(root, '.output', 'chrome-mv3') },
  { name: 'firefox-mv2', dir: path.join(root, '.output', 'firefox-mv2') },
];

/**
 * Hosts whose URLs may appear in the bundle as plain strings, with why none of them is ever requested:
 * XML namespaces (w3.org), Web Annotation's context and ISO 3166 IRIs written into exports as identifiers,
 * and links inside Dexie's error messages.
 */
const inertHosts = new Set(['www.w3.org', 'www.iso.org', 'tinyurl.com', 'bit.ly']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

function codeFiles(dir: string): { file: string; text: string }[] {
  return filesUnder(dir)
    .filter((f) => /\.(js|mjs|html|css)$/.test(f))
    .map((file) => ({ file: path.relative(dir, file), text: readFileSync(file, 'utf8') }));
}

/** `what` matched in `files`, as "file: …excerpt…" lines (empty when nothing matched). */
function occurrences(files: { file: string; text: string }[], pattern: RegExp): string[] {
  return files.flatMap(({ file, text }) =>
    [
      ...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')),
    ].map((m) => `${file}: …${text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60)}…`),
  );
}

/** Vite's module-preload polyfill: `fetch(link.href, …)` for `<link rel=modulepreload>` of our own chunks. */
const modulePreloadFetch = /\.ep=!0;let \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)/g;

for (const target of targets) {
  const built = existsSync(path.join(target.dir, 'manifest.json'));
  const title = built
    ? `the ${target.name} build`
    : `the ${target.name} build (skipped: ${target.dir} not built; run npm run build${target.name.startsWith('firefox') ? ':firefox' : ''})`;

  describe.skipIf(!built)(title, () => {
    const files = built ? codeFiles(target.dir) : [];

    it('has code to inspect', () => {
      expect(files.filter((f) => f.file.endsWith('.js')).length).toBeGreaterThan(2);
    });

    it.each([
      ['eval', /(?<![\w$.])eval\s*\(/],
      ['the Function constructor', /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*[`'"]/],
      ['string timers', /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/],
      ['importScripts', /\bimportScripts\s*\(/],
      ['dynamic import of a URL', /\bimport\s*\(\s*[`'"]\s*(?:https?:)?\/\//],
      ['static import of a URL', /\bfrom\s*[`'"](?:https?:)?\/\//],
      ['XMLHttpRequest', /\bXMLHttpRequest\b/],
      ['WebSocket', /\bnew\s+WebSocket\b/],
      ['EventSource', /\bnew\s+EventSource\b/],
      ['sendBeacon', /\bsendBeacon\s*\(/],
      ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
    ])('contains no %s', (_name, pattern) => {
      expect(occurrences(files, pattern)).toEqual([]);
    });

    it('calls fetch only in the module-preload helper, for its own chunks', () => {
      const withoutPreload = files.map(({ file, text }) => ({ file, text: text.replace(modulePreloadFetch, '') }));

      expect(occurrences(withoutPreload, /(?<![\w$])fetch\s*\(/)).toEqual([]);
    });

    it('loads scripts, styles and images in its pages from its own files only', () => {
      const pages = files.filter((f) => f.file.endsWith('.html') || f.file.endsWith('.css'));
      const remote = occurrences(
        pages,
        /(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\/|url\(\s*["']?\s*(?:https?:)?\/\//i,
      );

      expect(pages.length).toBeGreaterThan(0);
      expect(remote).toEqual([]);
    });

    it('names no remote host except inert identifiers (namespaces, IRIs, library error messages)', () => {
      const hosts = new Set(
        files.flatMap(({ text }) => [...text.matchAll(/\b(?:https?|wss?):\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!)),
      );
      const actual = [...hosts].filter((h) => !inertHosts.has(h.toLowerCase())).sort();

      expect(actual).toEqual([]);
    });
  });
}
