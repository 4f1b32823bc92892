import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from '../e2e/support/browsers';
import { ensureBuilt } from '../e2e/support/build';
import { waitFor } from '../e2e/support/poll';

/**
 * Firefox ESR over WebDriver BiDi with the built extension, for the trust end-to-end tests, which need the BiDi
 * connection itself (its network events cover every browsing context, extension pages included).
 * Launched like tests/e2e/support/firefox.ts. Every address but 127.0.0.1 goes to a proxy on a closed port, so
 * the pages' third-party requests fail at once on a closed network.
 */
export interface TrustFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>/` */
  extensionBaseUrl: string;
  /** Opens an extension page in a new tab and waits until it is parsed. */
  openExtensionPage(pathname: string): Promise<Page>;
  /** Subscribes to raw BiDi events by method name. */
  onBidiEvent(method: string, listener: (params: unknown) => void): void;
  close(): Promise<void>;
}

export async function launchTrustFirefox(): Promise<TrustFirefox> {
  const dir = ensureBuilt('firefox');
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox build has no gecko id');
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    protocol: 'webDriverBiDi',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  try {
    await browser.installExtension(dir);
    const extensionBaseUrl = `moz-extension://${uuid}/`;
    const connection = (browser as unknown as { connection: { on(m: string, l: (p: unknown) => void): void } })
      .connection;
    return {
      browser,
      extensionBaseUrl,
      openExtensionPage: async (pathname) => {
        const page = await browser.newPage();
        const url = new URL(pathname, extensionBaseUrl).href;
        // Firefox moves the tab to the extension process and Puppeteer loses that navigation: start it, then poll.
        page.goto(url).catch(() => undefined);
        await waitFor(
          async () => (await page.evaluate(() => (document.readyState === 'loading' ? '' : location.href))) === url,
          { what: `Firefox to open ${url}` },
        );
        return page;
      },
      onBidiEvent: (method, listener) => connection.on(method, listener),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
