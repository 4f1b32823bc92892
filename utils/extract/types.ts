import type { ArticleMeta } from '../analysis/types';

/** Where an article's publication date was found, in the order the sources are tried. */
export type PublishedSource = 'readability' | 'json-ld' | 'meta' | 'time' | 'url';

/** Article metadata plus the provenance of its publication date (null when the article has no date). */
export interface ExtractedArticleMeta extends ArticleMeta {
  publishedSource: PublishedSource | null;
}

/** What `extractArticle` returns for a page that holds an article. */
export interface ExtractedArticle {
  meta: ExtractedArticleMeta;
  /**
   * The article's visible text in document order: one paragraph per block element, paragraphs separated by
   * "\n\n", line breaks (`<br>`) as "\n", runs of whitespace collapsed as a browser renders them.
   */
  text: string;
}
