import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Request, type Worker } from 'playwright-core';
import { chromiumPath } from '../e2e/support/browsers';
import { ensureBuilt } from '../e2e/support/build';
import { chromiumFlags } from '../e2e/support/chromium-flags';
import { waitFor } from '../e2e/support/poll';

/**
 * Chromium with the built extension, for the trust end-to-end tests (no network, hostile pages, data safety), which
 * need the Playwright context itself: its request events (which include the extension's service worker), routing,
 * and CDP sessions. Launched with the same flags as tests/e2e/support/chromium.ts (chromiumFlags).
 */
export interface TrustChromium {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>/` */
  extensionBaseUrl: string;
  /** The extension's current service worker (a new one after the browser stopped the old). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchTrustChromium(): Promise<TrustChromium> {
  const extensionDir = ensureBuilt('chromium');
  const profileDir = mkdtempSync(path.join(tmpdir(), 'dateline-trust-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: false, // --headless=new in chromiumFlags: Playwright's own headless mode loads no extensions
    args: [
      ...chromiumFlags(extensionDir),
      // Every host name but 127.0.0.1 fails to resolve at once: pages' third-party subresources fail fast on a closed
      // network, and nothing needs request interception (which would hide the service worker's requests from CDP).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(first.url()).host;
    const extensionBaseUrl = `chrome-extension://${extensionId}/`;
    const worker = async () => {
      const live = context.serviceWorkers().filter((w) => w.url().startsWith(extensionBaseUrl));
      return live.at(-1) ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    };
    return { context, extensionId, extensionBaseUrl, worker, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** True for a request that would leave the process for an address (not a file of the extension, data: or blob:). */
export function isNetworkUrl(url: string): boolean {
  return /^(https?|wss?|ftp):/i.test(url);
}

/** One request the extension made, with where it came from. */
export interface ExtensionRequest {
  from: string;
  url: string;
}

interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const out: string[] = [];
  for (let s = stack; s; s = s.parent) out.push(...s.callFrames.map((f) => f.url));
  return out;
}

/**
 * Records every request Dateline makes:
 * - the service worker's and the extension pages' (popup, timeline, options), from Playwright's request events,
 *   which come from the CDP Network domain of each of those targets;
 * - the content script's, from CDP `Network.requestWillBeSent` on each web page: a request whose initiator or any
 *   frame of its initiator stack is a `chrome-extension://` script was made by our isolated world, not the page.
 * The page's own requests (its scripts, images, trackers) are the page's business and are not counted.
 */
export class ExtensionRequestRecorder {
  readonly requests: ExtensionRequest[] = [];
  /** Requests of web pages seen (the page's own), so a test can show the recorder saw traffic at all. */
  pageRequestCount = 0;
  private readonly sessions: CDPSession[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionBaseUrl: string,
  ) {
    context.on('request', (request) => this.onRequest(request));
  }

  private onRequest(request: Request): void {
    const worker = request.serviceWorker();
    if (worker) {
      if (worker.url().startsWith(this.extensionBaseUrl))
        this.requests.push({ from: 'service worker', url: request.url() });
      return;
    }
    let pageUrl: string;
    try {
      pageUrl = request.frame().page().url();
    } catch {
      return; // a request of no page (e.g. a shared worker's): not one of ours
    }
    if (pageUrl.startsWith(this.extensionBaseUrl)) {
      this.requests.push({ from: `extension page ${new URL(pageUrl).pathname}`, url: request.url() });
    }
  }

  /** Watches a web page's requests for ones our content script initiated. Call before navigating it. */
  async watchWebPage(page: Page): Promise<void> {
    const cdp = await this.context.newCDPSession(page);
    this.sessions.push(cdp);
    cdp.on(
      'Network.requestWillBeSent',
      (event: { request: { url: string }; initiator: Initiator; documentURL: string }) => {
        this.pageRequestCount += 1;
        const sources = [event.initiator.url ?? '', ...stackUrls(event.initiator.stack)];
        if (sources.some((u) => u.startsWith('chrome-extension://'))) {
          this.requests.push({ from: `content script on ${event.documentURL}`, url: event.request.url });
        }
      },
    );
    await cdp.send('Network.enable');
  }

  /** The recorded requests that go to an address (the extension loading its own files is not network). */
  networkRequests(): ExtensionRequest[] {
    return this.requests.filter((r) => isNetworkUrl(r.url));
  }
}

/** Any driver's page (Playwright or Puppeteer): something that runs a function in the page. */
export interface Evaluates {
  evaluate<R>(fn: () => Promise<R>): Promise<R>;
}

/** Counts of stored articles by analysis state, read from the extension's IndexedDB in one of its pages. */
export async function articleStates(extensionPage: Evaluates): Promise<Record<string, number>> {
  return extensionPage.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('dateline')) return {};
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('dateline');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('articles')) return {};
      const rows = await new Promise<{ analysisState: string }[]>((resolve, reject) => {
        const get = db.transaction('articles').objectStore('articles').getAll();
        get.onsuccess = () => resolve(get.result as { analysisState: string }[]);
        get.onerror = () => reject(get.error);
      });
      const counts: Record<string, number> = {};
      for (const r of rows) counts[r.analysisState] = (counts[r.analysisState] ?? 0) + 1;
      return counts;
    } finally {
      db.close();
    }
  });
}

/** Total of a state count. */
export function totalArticles(states: Record<string, number>): number {
  return Object.values(states).reduce((a, b) => a + b, 0);
}

/**
 * Waits until the extension has stored and analysed whatever the last opened page gave it: the article count grew
 * and nothing is pending, or (for a page that is not an article) nothing changed for `quietMs`.
 */
export async function waitForSettled(
  extensionPage: Evaluates,
  before: number,
  { quietMs = 5_000, timeoutMs = 60_000 } = {},
): Promise<Record<string, number>> {
  const start = Date.now();
  return waitFor(
    async () => {
      const states = await articleStates(extensionPage);
      const pending = states.pending ?? 0;
      if (pending > 0) return undefined;
      if (totalArticles(states) > before) return states;
      return Date.now() - start > quietMs ? states : undefined;
    },
    { timeoutMs, intervalMs: 250, what: 'the extension to store and analyse the page' },
  );
}
