import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built manifests ask for the fewest permissions, give extension pages a strict content security policy, and
 * offer web pages no way in (no externally_connectable, no web-accessible resources). Skipped when not built.
 */

const root = path.resolve(import.meta.dirname, '../..');

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  sandbox?: unknown;
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
}

const targets = [
  { name: 'chrome-mv3', file: path.join(root, '.output', 'chrome-mv3', 'manifest.json') },
  { name: 'firefox-mv2', file: path.join(root, '.output', 'firefox-mv2', 'manifest.json') },
];

/** Every permission Dateline may hold, with why (the README's "Permissions" section says the same). */
const allowedPermissions = new Set([
  // The popup and the toggle-marks shortcut act on the tab the user is on.
  'activeTab',
  // The background loads the content script's second stage (marks) into article pages only.
  'scripting',
]);

/** Match patterns that are host permissions (MV2 lists them among the permissions). */
const isHostPattern = (p: string) => p.includes('://') || p === '<all_urls>';

/** A CSP as directive → sources. */
function parseCsp(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

function extensionPagesCsp(manifest: Manifest): string {
  const csp = manifest.content_security_policy;
  if (typeof csp === 'string') return csp; // MV2 form (Firefox)
  if (csp?.extension_pages) return csp.extension_pages; // MV3 form
  throw new Error('manifest has no content_security_policy for extension pages');
}

for (const target of targets) {
  const built = existsSync(target.file);
  const title = built ? `${target.name} manifest` : `${target.name} manifest (skipped: ${target.file} not built)`;

  describe.skipIf(!built)(title, () => {
    const manifest = built ? (JSON.parse(readFileSync(target.file, 'utf8')) as Manifest) : ({} as Manifest);

    it('asks only for permissions the README justifies, and hosts no wider than its content script already runs on', () => {
      const requested = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
      const hosts = [...(manifest.host_permissions ?? []), ...requested.filter(isHostPattern)];
      const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);

      expect(requested.filter((p) => !isHostPattern(p) && !allowedPermissions.has(p))).toEqual([]);
      // Host access adds no install warning: it is exactly the pages the first stage is declared on.
      expect([...new Set(hosts)].sort()).toEqual([...new Set(matches)].sort());
    });

    it('runs its content script on http(s) pages only (not file:, not other extensions)', () => {
      const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);

      expect(matches.length).toBeGreaterThan(0);
      expect(matches.every((m) => /^https?:\/\//.test(m))).toBe(true);
    });

    it('lets no web page or other extension connect to it or load its files', () => {
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.sandbox).toBeUndefined();
    });

    it('gives extension pages a strict CSP: own scripts only, no eval, no plugins, no base, no remote connections', () => {
      const csp = parseCsp(extensionPagesCsp(manifest));
      const all = [...csp.values()].flat();

      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('connect-src')).toEqual(["'self'"]);
      expect(
        all.filter((s) => /unsafe-eval|unsafe-inline|wasm-unsafe-eval|^\*$|^https?:|^wss?:|^data:$/.test(s)),
      ).toEqual(
        // Images may be data: URLs (inline icons); nothing else may be remote or inline.
        csp.get('img-src')?.includes('data:') ? ['data:'] : [],
      );
    });

    it.runIf(target.name.startsWith('firefox'))('declares to Firefox that it collects no data', () => {
      expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
    });
  });
}
