import type { AnnotateOutput, ArticleMeta } from '../../utils/analysis/types';
import { extractArticle } from '../../utils/extract';
import { normaliseDate } from '../../utils/extract/normalise-date';
import { looksLikeHtml } from '../lib/html-input';
import { parseHtmlDocument } from '../lib/parse-html';
import { analyse } from './analysis';

/** A document that cannot be annotated (not HTML, no article, a bad date); the message is for the user. */
export class InputError extends Error {}

/** What the command prints: the contract's output plus the reason when the text was not analysed. */
export type AnnotateResult = AnnotateOutput & { notAnalysed?: 'language' };

/** Extracts the article from a page's HTML and analyses its text. Throws InputError. */
export async function annotatePage(html: string, pageUrl: string | null): Promise<AnnotateResult> {
  if (!looksLikeHtml(html)) throw new InputError('not an HTML page (no HTML tags found; for plain text use --text)');
  if (pageUrl !== null && !URL.canParse(pageUrl)) throw new InputError(`not an absolute URL: ${pageUrl}`);
  const extracted = extractArticle(parseHtmlDocument(html), pageUrl);
  if (extracted === null) throw new InputError('no article found in the page');
  const { meta, text } = extracted;
  // The contract's article object, in its field order, without extraction-only details like publishedSource.
  const article: ArticleMeta = {
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName,
    lang: meta.lang,
    url: meta.url,
    publishedTime: meta.publishedTime,
    excerpt: meta.excerpt,
    wordCount: meta.wordCount,
  };
  const analysis = analyse(text, meta.publishedTime, meta.lang);
  return { article, text, ...analysis };
}

/** Analyses plain text with its publication date (YYYY-MM-DD or a full ISO 8601 date-time). Throws InputError. */
export async function annotateText(text: string, date: string | null): Promise<AnnotateResult> {
  let publishedTime: string | null = null;
  if (date !== null) {
    publishedTime = normaliseDate(date);
    if (publishedTime === null) throw new InputError(`not a date: ${JSON.stringify(date)} (expected YYYY-MM-DD)`);
  }
  const analysis = analyse(text, publishedTime, null);
  return { article: null, text, ...analysis };
}
