/**
 * Chromium for the in-browser sections: Debian's /usr/bin/chromium through playwright-core, with or without the
 * built extension, on a throwaway profile. Every host but 127.0.0.1 is blocked twice over (host resolver rules and a
 * context route), so saved pages' CDN links neither slow the figures down nor reach the network.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { ensureBuilt } from '../../tests/e2e/support/build';
import { chromiumFlags } from '../../tests/e2e/support/chromium-flags';

/** Where Debian installs Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** A running Chromium for the bench. */
export interface BenchBrowser {
  context: BrowserContext;
  /** chrome-extension://ID/ when the extension is loaded, else null. */
  extensionBaseUrl: string | null;
  /** The extension's service worker (only with the extension). */
  worker: Worker | null;
  /** The DevTools endpoint (for CDP sessions on targets Playwright does not expose, such as the worker). */
  wsEndpoint: string;
  userDataDir: string;
  close(): Promise<void>;
}

async function devToolsEndpoint(userDataDir: string): Promise<string> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
  return `ws://127.0.0.1:${port}${path}`;
}

/**
 * Starts Chromium, with the built Chrome MV3 extension (built first when stale) unless `withExtension` is false, or
 * with the unpacked extension in the folder `withExtension` names (a baseline the bench compares Dateline with).
 */
export async function launchBenchChromium(withExtension: boolean | string): Promise<BenchBrowser> {
  const extensionDir =
    typeof withExtension === 'string' ? withExtension : withExtension ? ensureBuilt('chromium') : null;
  const userDataDir = mkdtempSync(join(tmpdir(), 'dateline-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new in chromiumFlags: the headless mode that runs extensions.
    viewport: { width: 1200, height: 900 },
    args: [
      ...chromiumFlags(extensionDir),
      '--remote-debugging-port=0',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  await context.route(
    (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    let worker: Worker | null = null;
    if (extensionDir) {
      worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    }
    const extensionBaseUrl = worker ? `chrome-extension://${new URL(worker.url()).host}/` : null;
    return { context, extensionBaseUrl, worker, wsEndpoint: await devToolsEndpoint(userDataDir), userDataDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
