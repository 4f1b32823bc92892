import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';

/** The team's shared, read-only saved pages (never copied into the repo). */
export const SHARED = resolve(__dirname, '../../../../../shared');
export const PAGES_DIR = join(SHARED, 'pages');
export const SEED_PATH = join(SHARED, 'fixtures/seed-article.html');
export const hasPages = existsSync(PAGES_DIR);
export const hasSeed = existsSync(SEED_PATH);

/** Names of the saved pages (folders with a source.html). */
export function pageNames(): string[] {
  if (!hasPages) return [];
  return readdirSync(PAGES_DIR).filter((name) => existsSync(join(PAGES_DIR, name, 'source.html')));
}

/** Parses a saved page into a happy-dom Document without running its scripts or loading resources. */
export function parsePage(html: string, url = 'https://example.com/article'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  // A document of the window itself (not a DOMParser one): happy-dom's Ranges only work in their window's document.
  window.document.write(html);
  return window.document as unknown as Document;
}

export function readPage(name: string): string {
  return readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8');
}

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}
