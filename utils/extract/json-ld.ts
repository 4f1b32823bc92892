/** Reading `datePublished` from a page's JSON-LD blocks, tolerating the shapes publishers emit. */

/** Types whose `datePublished` is the article's own (others, like WebPage, are a weaker fallback). */
const ARTICLE_TYPES =
  /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

/** Bounds so a hostile page cannot make the walk expensive. */
const MAX_BLOCK_CHARS = 500_000;
const MAX_NODES = 500;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isArticleTyped(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t.replace(/^.*[/:]/, '')));
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === 'string') ?? null;
  return null;
}

/** Top-level items, `@graph` members and `mainEntity` objects, breadth-first, bounded. */
function candidateNodes(root: unknown): JsonObject[] {
  const found: JsonObject[] = [];
  const queue: unknown[] = [root];
  while (queue.length > 0 && found.length < MAX_NODES) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item.slice(0, MAX_NODES));
    } else if (isObject(item)) {
      found.push(item);
      if (item['@graph'] !== undefined) queue.push(item['@graph']);
      if (item.mainEntity !== undefined) queue.push(item.mainEntity);
    }
  }
  return found;
}

function parseBlock(text: string): unknown {
  if (text.length > MAX_BLOCK_CHARS) return undefined;
  // Some CMSs wrap the JSON in CDATA or HTML comments.
  const cleaned = text.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    return undefined; // Malformed JSON-LD is common and simply not a source.
  }
}

/**
 * The raw `datePublished` strings of the document's JSON-LD, article-typed nodes first, in document order.
 * Malformed blocks are skipped.
 */
export function jsonLdPublishedDates(doc: Document): string[] {
  const articleDates: string[] = [];
  const otherDates: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    const data = parseBlock(script.textContent ?? '');
    for (const node of candidateNodes(data)) {
      const date = firstString(node.datePublished);
      if (date === null) continue;
      (isArticleTyped(node) ? articleDates : otherDates).push(date);
    }
  }
  return [...articleDates, ...otherDates];
}
