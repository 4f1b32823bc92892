import { MAX_TEXT_LENGTH, MAX_URL_LENGTH, type ArticleExtracted } from '@/utils/messaging/protocol';

/**
 * Longest metadata fields the background accepts (utils/messaging/protocol.ts validates the same limits; a test
 * checks they agree). A page is free to put 100,000 characters in its title: the reader still gets the article,
 * with the title cut, rather than the whole message refused.
 */
export const META_LIMITS = { title: 2000, byline: 1000, siteName: 500, lang: 35, publishedTime: 100, excerpt: 10_000 };

function cut(value: string | null, max: number): string | null {
  if (value === null || value.length <= max) return value;
  // Never leave half of a surrogate pair at the end.
  const end = /[\uD800-\uDBFF]/.test(value[max - 1]!) ? max - 1 : max;
  return value.slice(0, end - 1) + '…';
}

/**
 * An extracted article made to fit the message limits: over-long metadata cut (with "…"), an over-long language or
 * date dropped (a cut one would be wrong), an over-long canonical URL dropped (the page address is used), and text
 * beyond MAX_TEXT_LENGTH left out (a prefix, so every offset into it stays right).
 */
export function fitArticleMessage(message: ArticleExtracted): ArticleExtracted {
  const { meta } = message;
  const text = message.text.length > MAX_TEXT_LENGTH ? message.text.slice(0, MAX_TEXT_LENGTH) : message.text;
  return {
    pageUrl: message.pageUrl,
    text,
    meta: {
      ...meta,
      title: cut(meta.title, META_LIMITS.title),
      byline: cut(meta.byline, META_LIMITS.byline),
      siteName: cut(meta.siteName, META_LIMITS.siteName),
      excerpt: cut(meta.excerpt, META_LIMITS.excerpt),
      lang: meta.lang !== null && meta.lang.length > META_LIMITS.lang ? null : meta.lang,
      publishedTime:
        meta.publishedTime !== null && meta.publishedTime.length > META_LIMITS.publishedTime
          ? null
          : meta.publishedTime,
      url: meta.url !== null && meta.url.length > MAX_URL_LENGTH ? null : meta.url,
      wordCount: Math.min(Math.max(0, Math.floor(meta.wordCount)), MAX_TEXT_LENGTH),
    },
  };
}
