import { fitArticleMessage } from '@/utils/background/fit-message';
import { extractArticle } from '@/utils/extract';
import { parseHtmlDocument } from '@/utils/extract/parse-html';
import type { ArticleExtracted, PageCaptured } from '@/utils/messaging';

/**
 * Reads the article out of a page's serialised markup, in the background rather than on the page's thread: linkedom
 * parses it (no DOM needed, so the same in a service worker, a background page and the `annotate` CLI) and the same
 * `extractArticle` runs on it. Returns the article fitted to the message limits, or null when the page holds none.
 */
export function readCapturedPage({ pageUrl, html }: PageCaptured): ArticleExtracted | null {
  const article = extractArticle(parseHtmlDocument(html), pageUrl);
  if (article === null) return null;
  return fitArticleMessage({ pageUrl, meta: article.meta, text: article.text });
}
