import { collapseWhitespace } from './normalize';

/** Blocks whose text is compared with the extraction to find where in the live page the article is. */
const PARAGRAPH_SELECTOR = 'p, li, blockquote, pre, h2, h3, h4, dd';
/** Shorter blocks ("Advertisement", "Share") say nothing about where the article is. */
const MIN_BLOCK_CHARS = 30;
/** Characters of a block used as its key (a long prefix is as telling as the whole block and cheaper). */
const KEY_CHARS = 60;
/** Bound on blocks looked at, for pages with huge DOMs. */
const MAX_BLOCKS = 4000;
/** The root must hold this share of the matched text; the rest may be stray copies (teasers, pull quotes). */
const ROOT_SHARE = 0.95;

/**
 * Finds the live element the extracted article came from: the deepest element that holds most of the page's blocks
 * whose text the extraction kept. Readability works on a clone, so its element is not the page's; this re-finds it.
 * Falls back to `<article>`, `<main>` or `<body>` when no block matches (e.g. the page re-rendered meanwhile).
 */
export function findArticleRoot(doc: Document, extractedText: string): Element | null {
  const body = doc.body;
  if (!body) return null;
  const extracted = collapseWhitespace(extractedText);
  const keys = new Set<string>();
  for (const block of extractedText.split(/\n\s*\n/)) {
    const key = collapseWhitespace(block).slice(0, KEY_CHARS);
    if (key.length >= MIN_BLOCK_CHARS) keys.add(key);
  }

  const weight = new Map<Element, number>();
  let total = 0;
  const blocks = body.querySelectorAll(PARAGRAPH_SELECTOR);
  const count = Math.min(blocks.length, MAX_BLOCKS);
  for (let i = 0; i < count; i++) {
    const block = blocks[i]!;
    const text = collapseWhitespace(block.textContent ?? '');
    if (text.length < MIN_BLOCK_CHARS) continue;
    const key = text.slice(0, KEY_CHARS);
    // Block keys match when the extraction split blocks as the page does; `includes` covers the rest.
    if (!keys.has(key) && !extracted.includes(key)) continue;
    total += text.length;
    for (let el: Element | null = block.parentElement; el && el !== doc.documentElement; el = el.parentElement) {
      weight.set(el, (weight.get(el) ?? 0) + text.length);
    }
  }
  if (total === 0) return doc.querySelector('article') ?? doc.querySelector('main') ?? body;

  let best: Element = body;
  let bestDepth = -1;
  for (const [el, w] of weight) {
    if (w < ROOT_SHARE * total) continue;
    const depth = depthOf(el);
    if (depth > bestDepth) {
      best = el;
      bestDepth = depth;
    }
  }
  return best;
}

function depthOf(el: Element): number {
  let depth = 0;
  for (let p = el.parentElement; p; p = p.parentElement) depth += 1;
  return depth;
}
