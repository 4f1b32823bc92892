import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { popupShellMarkup } from '@/utils/popup/shellMarkup';

/**
 * The built popup page holds its frame and loads nothing that would delay it: a toolbar popup is shown only once its
 * page has loaded (entrypoints/popup-early.ts). Skipped for a target that is not built (`npm test` builds both).
 */

const root = path.resolve(import.meta.dirname, '../..');
const targets = ['chrome-mv3', 'firefox-mv2'].map((name) => ({ name, dir: path.join(root, '.output', name) }));

for (const target of targets) {
  const file = path.join(target.dir, 'popup.html');
  const built = existsSync(file);
  const title = built ? `${target.name} popup.html` : `${target.name} popup.html (skipped: ${file} not built)`;

  describe.skipIf(!built)(title, () => {
    const html = built ? readFileSync(file, 'utf8') : '';

    it('holds the frame prerendered from the components', () => {
      expect(html).toContain(`<div id="early" inert="">${popupShellMarkup()}</div>`);
    });

    it("loads one deferred classic script before it is shown, and the popup's code is built beside it", () => {
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);

      expect(scripts).toEqual(['<script src="/popup-early.js" defer>']);
      expect(html).not.toContain('modulepreload');
      expect(existsSync(path.join(target.dir, 'popup-early.js'))).toBe(true);
      expect(existsSync(path.join(target.dir, 'popup-app.js'))).toBe(true);
    });
  });
}
