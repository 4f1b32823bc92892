/** The saved news pages as the extension sees them: parsed, extracted with the project's own extraction module. */
import { extractArticle } from '../../utils/extract/index';
import { parseHtmlDocument } from '../lib/parse-html';
import { pageSources, type BenchDoc } from './corpus';

/** Every saved page that extraction accepts, as a benchmark document with its text and publication date. */
export function extractedPages(): BenchDoc[] {
  return pageSources().flatMap(({ name, html }) => {
    const url = `https://example.org/${name}/`;
    const article = extractArticle(parseHtmlDocument(html), url);
    return article ? [{ name, text: article.text, date: article.meta.publishedTime }] : [];
  });
}
