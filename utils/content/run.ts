import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isArticle } from '@/utils/extract/is-article';
import { MAX_HTML_LENGTH, sendToBackground, type CapturedArticle, type PageDisabledReason } from '@/utils/messaging';
import { serializePage } from '@/utils/page/serialize';
import { createWorkMeter } from '@/utils/page/yield';

/** What the content script works on; tests pass their own document, URL and sender. */
export interface PageEnv {
  document: Document;
  /** The page's address (location.href). */
  url: string;
  send: typeof sendToBackground;
  /** True in a private (incognito) window, where Dateline neither stores nor marks anything. */
  incognito?: boolean;
}

/** How one run on a page ended. */
export type RunOutcome =
  | { status: 'skipped'; reason: 'not-article' | 'not-extracted' | 'invalidated' | PageDisabledReason }
  | { status: 'stored'; articleId: number; article: CapturedArticle }
  | { status: 'failed'; error: string };

/**
 * Milliseconds of serialising per slice before the page's thread is given back: well under the 50 ms line, with room
 * for a busy machine, where a slice's wall time can be several times its CPU time.
 */
const SLICE_MS = 6;

/** The live page. */
export function livePage(): PageEnv {
  return {
    document,
    url: location.href,
    send: sendToBackground,
    // The background refuses private tabs too (sender.tab.incognito); checking here first means the article is
    // never even extracted or sent.
    incognito: browser.extension?.inIncognitoContext === true,
  };
}

/**
 * The content script's flow on one page: a cheap `isArticle` test first, so other pages cost next to nothing and
 * send nothing; then ask the background whether Dateline is on here (paused, site disabled, private window);
 * then serialise the page's markup in slices and send it to the background, which extracts the article with
 * Readability off the page's thread, stores and analyses it, and replies with the text the marks are anchored to.
 * Never throws into the page. Later steps (marks, hover cards) build on a 'stored' outcome.
 */
export async function run(ctx: ContentScriptContext, page: PageEnv = livePage()): Promise<RunOutcome> {
  try {
    if (page.incognito === true) return { status: 'skipped', reason: 'incognito' };
    if (!isArticle(page.document)) return { status: 'skipped', reason: 'not-article' };

    const status = await page.send('contentToBackground.getPageStatus', { url: page.url });
    if (ctx.isInvalid) return { status: 'skipped', reason: 'invalidated' };
    if (!status.ok) return { status: 'failed', error: status.error };
    if (status.value.reason !== null) return { status: 'skipped', reason: status.value.reason };

    const meter = createWorkMeter(page.document.defaultView ?? window, SLICE_MS);
    const html = await serializePage(page.document, { maxLength: MAX_HTML_LENGTH, pause: () => meter.pause() });
    // User Timing entry: what serialising cost the page's main thread (read by the bench).
    meter.report('dateline:serialize', { chars: html?.length ?? -1 });
    if (html === null) {
      return {
        status: 'failed',
        error: `The page is too large to read (over ${MAX_HTML_LENGTH} characters of markup)`,
      };
    }
    if (ctx.isInvalid) return { status: 'skipped', reason: 'invalidated' };

    const saved = await page.send('contentToBackground.pageCaptured', { pageUrl: page.url, html });
    if (ctx.isInvalid) return { status: 'skipped', reason: 'invalidated' };
    if (!saved.ok) return { status: 'failed', error: saved.error };
    if (saved.value === null) return { status: 'skipped', reason: 'not-extracted' };
    return { status: 'stored', articleId: saved.value.articleId, article: saved.value };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
