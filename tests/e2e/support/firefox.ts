import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { firefoxPath } from './browsers';
import { ensureBuilt } from './build';
import type { ExtensionBrowser, Tab, Viewport } from './driver';
import { popupViewport } from './driver';
import { waitFor } from './poll';

/** Used only when the build sets no `browser_specific_settings.gecko.id` (the internal UUID is keyed by it). */
const fallbackGeckoId = 'dateline-e2e@tests.invalid';

/**
 * Hermetic: every host but the fixture server goes through a proxy on a closed port and fails at once, so saved
 * pages' CDN links neither slow the tests down nor reach the internet. 127.0.0.1 is never proxied.
 */
const hermeticNetworkPrefs = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
};

/** Saves every download straight into `dir`, without asking (an export's link click then leaves a file there). */
function downloadPrefs(dir: string): Record<string, unknown> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
  };
}

interface GeckoManifest {
  browser_specific_settings?: { gecko?: { id?: string } };
  applications?: { gecko?: { id?: string } };
}

/** The folder to install and its add-on id; a copy with a test id when the build has none. */
function extensionWithId(builtDir: string): { dir: string; id: string; temporary: boolean } {
  const manifestPath = path.join(builtDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as GeckoManifest;
  const id = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (id) return { dir: builtDir, id, temporary: false };
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-firefox-ext-'));
  cpSync(builtDir, dir, { recursive: true });
  manifest.browser_specific_settings = { gecko: { id: fallbackGeckoId } };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { dir, id: fallbackGeckoId, temporary: true };
}

function firefoxTab(page: Page): Tab<Page> {
  const readyUrl = () => page.evaluate(() => (document.readyState === 'loading' ? '' : location.href));
  return {
    page,
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        return;
      }
      // Firefox switches the tab to the extension process for moz-extension pages and Puppeteer loses track of that
      // navigation (its promise ends in "Frame detached" although the page loads): start it, then poll the document.
      page.goto(url).catch(() => undefined);
      await waitFor(async () => (await readyUrl()) === url, { what: `Firefox to open ${url}` });
    },
    url: () => page.evaluate(() => location.href),
    text: () => page.evaluate(() => document.body?.innerText ?? ''),
    // Arguments are plain serialisable data, so the drivers' handle-unwrapping argument types do not apply.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>,
    reload: async () => {
      const before = await page.evaluate(() => performance.timeOrigin);
      // Reload after the script has answered: a reload inside the call can leave its reply hanging.
      await page.evaluate(() => void setTimeout(() => location.reload(), 0));
      await waitFor(
        async () => (await page.evaluate(() => performance.timeOrigin)) !== before && (await readyUrl()) !== '',
        { what: 'Firefox to reload the tab' },
      );
    },
    screenshot: async (file, clip) => {
      await page.screenshot({ path: file as `${string}.png`, clip });
    },
    close: () => page.close(),
  };
}

/**
 * Starts Debian's Firefox ESR headless over WebDriver BiDi and installs the built MV2 extension
 * (`.output/firefox-mv2`) as a temporary add-on. Its internal UUID is preset through the
 * `extensions.webextensions.uuids` pref so that `moz-extension://<uuid>/popup.html` is known in advance. With
 * `downloadDir`, downloads are saved there without a dialog.
 */
export async function launchFirefox(options: { downloadDir?: string } = {}): Promise<ExtensionBrowser<Page>> {
  const extension = extensionWithId(ensureBuilt('firefox'));
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    protocol: 'webDriverBiDi',
    headless: true,
    // Firefox 153+ lets WebDriver navigate only to web URLs unless system access is allowed (moz-extension: is not).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [extension.id]: uuid }),
      ...hermeticNetworkPrefs,
      ...(options.downloadDir ? downloadPrefs(options.downloadDir) : {}),
    },
  });
  const cleanup = async () => {
    await browser.close();
    if (extension.temporary) rmSync(extension.dir, { recursive: true, force: true });
  };
  try {
    await browser.installExtension(extension.dir);
    const extensionBaseUrl = `moz-extension://${uuid}/`;
    const newTab = async (viewport?: Viewport) => {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport);
      return firefoxTab(page);
    };
    return {
      name: 'firefox',
      extensionBaseUrl,
      newTab,
      openExtensionPage: async (pathname = 'popup.html', viewport = popupViewport) => {
        const tab = await newTab(viewport);
        await tab.goto(new URL(pathname, extensionBaseUrl).href);
        return tab;
      },
      close: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
