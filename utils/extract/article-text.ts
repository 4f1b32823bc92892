/** The plain text of Readability's article content, laid out the way a reader sees it. */

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Elements whose text is never rendered. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/** Class names that hide an element from sight (screen-reader-only text such as "Photo", "Image copyright"). */
const HIDING_CLASSES = new Set([
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'off-screen',
  'offscreen',
  'screen-reader-text',
  'screen-reader-only',
  'element-invisible',
  'u-visually-hidden',
  'a11y-hidden',
]);

/**
 * Whether an element is hidden by a well-known utility class. A plain `hidden` counts only without responsive
 * variants: Tailwind's "hidden md:inline" is visible on wide screens.
 */
function hiddenByClass(el: Element): boolean {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/);
  if (classes.some((name) => HIDING_CLASSES.has(name.toLowerCase()))) return true;
  return classes.includes('hidden') && !classes.some((name) => name.includes(':'));
}

/** Collapsible whitespace per CSS (not U+00A0, which renders and is kept). */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

/**
 * The visible text of `root` in document order: each block element is its own paragraph, paragraphs are separated
 * by "\n\n", `<br>` becomes "\n", runs of whitespace collapse to one space (inside `<pre>` they are kept, except at
 * line ends). Elements hidden by the `hidden` attribute or a screen-reader-only class are left out.
 * Iterative, so deeply nested markup cannot overflow the stack.
 */
export function articleText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    // Edges are trimmed of every space, U+00A0 included (a trailing &nbsp; is layout, not text).
    const paragraph = current
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .trim();
    if (paragraph.length > 0) paragraphs.push(paragraph);
    current = '';
  };

  // A stack of nodes to visit; a string entry marks leaving a block (flush) or a <pre> (end of raw whitespace).
  const stack: (Node | 'end-block' | 'end-pre')[] = [root];
  let preDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item === 'end-block') {
      flush();
      continue;
    }
    if (item === 'end-pre') {
      preDepth--;
      continue;
    }
    if (item.nodeType === 3 /* TEXT_NODE */) {
      const text = item.nodeValue ?? '';
      if (preDepth > 0) {
        current += text;
      } else {
        // Whitespace collapses across inline element boundaries too ("a <b> b</b>" reads "a b").
        const collapsed = text.replace(COLLAPSIBLE, ' ');
        current += collapsed.startsWith(' ') && /[ \n]$|^$/.test(current) ? collapsed.slice(1) : collapsed;
      }
      continue;
    }
    if (item.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(el.tagName) || SKIPPED.has(tag) || el.hasAttribute('hidden') || hiddenByClass(el)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push('end-block');
    }
    if (tag === 'PRE') {
      preDepth++;
      stack.push('end-pre');
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  flush();
  return paragraphs.join('\n\n');
}

/** Words in a text: runs of non-whitespace. */
export function countWords(text: string): number {
  const words = text.match(/\S+/g);
  return words === null ? 0 : words.length;
}
