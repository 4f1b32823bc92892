import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle, isArticle, type ExtractedArticle } from '@/utils/extract';
import { sendToBackground, type PageDisabledReason } from '@/utils/messaging';
import { fitArticleMessage } from './fit-message';

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
  | { status: 'stored'; articleId: number; article: ExtractedArticle }
  | { status: 'failed'; error: string };

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
 * then extract the article with Readability and send its plain text and metadata (never the page's HTML) to be
 * stored and analysed. Never throws into the page. Later steps (marks, hover cards) build on a 'stored' outcome.
 */
export async function run(ctx: ContentScriptContext, page: PageEnv = livePage()): Promise<RunOutcome> {
  try {
    if (page.incognito === true) return { status: 'skipped', reason: 'incognito' };
    if (!isArticle(page.document)) return { status: 'skipped', reason: 'not-article' };

    const status = await page.send('contentToBackground.getPageStatus', { url: page.url });
    if (ctx.isInvalid) return { status: 'skipped', reason: 'invalidated' };
    if (!status.ok) return { status: 'failed', error: status.error };
    if (status.value.reason !== null) return { status: 'skipped', reason: status.value.reason };

    const article = extractArticle(page.document, page.url);
    if (article === null) return { status: 'skipped', reason: 'not-extracted' };

    const saved = await page.send(
      'contentToBackground.articleExtracted',
      fitArticleMessage({ pageUrl: page.url, meta: article.meta, text: article.text }),
    );
    if (ctx.isInvalid) return { status: 'skipped', reason: 'invalidated' };
    if (!saved.ok) return { status: 'failed', error: saved.error };
    return { status: 'stored', articleId: saved.value.articleId, article };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
