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

/**
 * A BroadcastChannel in the extension's own origin is not a window message: only the extension's pages and worker can
 * open it (a web page, or a content script, which runs in the page's origin, opens the page's channel of that name).
 * utils/db/upgradeStatus.ts announces schema upgrades over one, and reads only its own message types.
 */
const EXTENSION_CHANNELS = ['utils/db/upgradeStatus.ts'];

/** The sources minus the extension-origin BroadcastChannel users, for the window-messaging checks. */
const windowMessaging = sources.filter((s) => !EXTENSION_CHANNELS.includes(s.file));

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
  ])('use no %s', (name, pattern) => {
    const checked = /message|postMessage/.test(name) ? windowMessaging : sources;
    expect(hits(checked, pattern)).toEqual([]);
  });

  it.each(EXTENSION_CHANNELS)(
    '%s messages over a BroadcastChannel only, and is never loaded by page-side code',
    (file) => {
      const text = sources.find((s) => s.file === file)?.text ?? '';
      const pageSideImports = sources.filter(
        (s) =>
          /^(entrypoints\/(first-stage|reader-check|marks\.content)|utils\/(page|content)\/)/.test(s.file) &&
          s.text.includes(path.basename(file, '.ts')),
      );

      expect(text).toContain('new BroadcastChannel(');
      expect(hits([{ file, text }], /addEventListener\(\s*['"`]message['"`]|\bwindow\.|\bself\.postMessage/)).toEqual(
        [],
      );
      expect(pageSideImports.map((s) => s.file)).toEqual([]);
    },
  );

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
