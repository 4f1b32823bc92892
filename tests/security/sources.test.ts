import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What a web page could use to reach Dateline, checked in the sources: no listener for other extensions or web pages
 * (`onMessageExternal`, `onConnectExternal`), nothing that trusts `window.postMessage`, no HTML sinks that could
 * turn page-derived strings into markup, and no IndexedDB outside the background and extension pages.
 * The built content script is checked too, since libraries end up there.
 */

const root = path.resolve(import.meta.dirname, '../..');
const sourceDirs = ['entrypoints', 'utils', 'components'];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

const sources = sourceDirs
  .flatMap((d) => filesUnder(path.join(root, d)))
  .filter((f) => /\.(ts|tsx|html)$/.test(f))
  .map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));

function hits(files: { file: string; text: string }[], pattern: RegExp): string[] {
  return files.flatMap(({ file, text }) =>
    text
      .split('\n')
      .flatMap((line, i) =>
        pattern.test(line) && !/^\s*(\*|\/\/)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
}

describe('sources', () => {
  it('has the sources to check', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each([
    ['runtime.onMessageExternal (other extensions, or pages via externally_connectable)', /onMessageExternal/],
    ['runtime.onConnectExternal', /onConnectExternal/],
    ['runtime.onConnect (a long-lived port nothing validates)', /\bonConnect\b/],
    ['a window "message" listener', /addEventListener\(\s*['"`]message['"`]|\bonmessage\s*=/],
    ['window.postMessage', /\bpostMessage\s*\(/],
    ['innerHTML / outerHTML / insertAdjacentHTML', /\b(innerHTML|outerHTML|insertAdjacentHTML)\b/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['document.write', /\bdocument\.write(ln)?\s*\(/],
    ['eval or new Function', /(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(/],
    [
      'fetch / XMLHttpRequest / WebSocket / sendBeacon',
      /(?<![\w$.])fetch\s*\(|XMLHttpRequest|new\s+WebSocket|sendBeacon/,
    ],
  ])('use no %s', (_name, pattern) => {
    expect(hits(sources, pattern)).toEqual([]);
  });

  it('open the database only outside content scripts (the content script and page code never import Dexie)', () => {
    const pageSide = sources.filter(
      (s) =>
        s.file.startsWith('entrypoints/first-stage') ||
        s.file.startsWith('entrypoints/reader-check') ||
        s.file.startsWith('entrypoints/marks.content') ||
        s.file.startsWith('utils/page') ||
        s.file.startsWith('utils/content'),
    );

    expect(pageSide.length).toBeGreaterThan(0);
    expect(
      hits(pageSide, /^(?!import type).*from\s+['"](dexie|@\/utils\/db\/schema)['"]|\bindexedDB\b|new DatelineDB/),
    ).toEqual([]);
  });
});

// The three stages of the content script: the first on every page, the reader check where the first cannot rule the
// page out, the marks stage on article pages.
for (const contentBundle of [
  path.join(root, '.output', 'chrome-mv3', 'first-stage.js'),
  path.join(root, '.output', 'chrome-mv3', 'reader-check.js'),
  path.join(root, '.output', 'chrome-mv3', 'content-scripts', 'marks.js'),
]) {
  const built = existsSync(contentBundle);
  const name = path.basename(contentBundle);

  describe.skipIf(!built)(
    built ? `the built content script ${name}` : `the built content script ${name} (skipped: not built)`,
    () => {
      const text = built ? readFileSync(contentBundle, 'utf8') : '';

      it('listens to no window messages and touches no IndexedDB', () => {
        expect(text.length).toBeGreaterThan(1000);
        expect(text).not.toMatch(/addEventListener\(\s*['"`]message['"`]/);
        expect(text).not.toMatch(/\bonmessage\s*=/);
        expect(text).not.toMatch(/\bindexedDB\b/);
      });
    },
  );
}
