/**
 * The page's markup for the background to read (utils/background/read-page.ts), made in slices so that no task of
 * Dateline's runs long: `outerHTML` of a whole news page is one uninterruptible call of tens of milliseconds.
 * Leaves out what holds no article text and can be large (scripts but JSON-LD, styles, templates, comments);
 * Readability drops those anyway.
 */

/** Elements left out with their content. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Elements with no end tag in HTML. */
const VOID = new Set([
  'AREA',
  'BASE',
  'BR',
  'COL',
  'EMBED',
  'HR',
  'IMG',
  'INPUT',
  'LINK',
  'META',
  'SOURCE',
  'TRACK',
  'WBR',
]);
/** Elements whose first newline the parser drops, so a leading one must be doubled. */
const LEADING_NEWLINE = new Set(['PRE', 'TEXTAREA', 'LISTING']);

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function keeps(el: Element): boolean {
  if (!DROPPED.has(el.tagName.toUpperCase())) return true;
  // Structured data (the publication date, the headline) is metadata the background reads.
  return (
    el.tagName.toUpperCase() === 'SCRIPT' && (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json'
  );
}

function startTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const attr of Array.from(el.attributes)) tag += ` ${attr.name}="${escapeAttribute(attr.value)}"`;
  return `${tag}>`;
}

/** What the serialiser needs: a clock check and a way to give the thread back. */
export interface SerializeOptions {
  /** Stop (and return null) past this many characters. */
  maxLength: number;
  /** Gives the page's thread back once the current slice has used its budget (utils/page/yield.ts). */
  pause: () => Promise<void>;
}

/**
 * The document's markup, `<!DOCTYPE html>` and `<html>` down, with the left-out elements dropped; built element by
 * element with `pause()` between pieces. Returns null when it grows past `maxLength` (a page too large to send).
 * A page that changes meanwhile gives a mix of before and after, as any read of a live page would.
 */
export async function serializePage(doc: Document, options: SerializeOptions): Promise<string | null> {
  const parts: string[] = ['<!DOCTYPE html>'];
  let length = parts[0]!.length;
  const push = (part: string): boolean => {
    parts.push(part);
    length += part.length;
    return length <= options.maxLength;
  };
  // Iterative (deep markup cannot overflow the stack): a string entry is an end tag to write after the children.
  const stack: (Node | string)[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      if (!push(item)) return null;
      continue;
    }
    if (item.nodeType === 3 /* TEXT_NODE */) {
      const parent = item.parentElement?.tagName.toUpperCase();
      // JSON-LD is raw text: escaping it would change it.
      if (!push(parent === 'SCRIPT' ? (item.nodeValue ?? '') : escapeText(item.nodeValue ?? ''))) return null;
      continue;
    }
    if (item.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const el = item as Element;
    if (!keeps(el)) continue;
    if (!push(startTag(el))) return null;
    const tag = el.tagName.toUpperCase();
    if (LEADING_NEWLINE.has(tag) && el.firstChild?.nodeType === 3 && el.firstChild.nodeValue?.startsWith('\n')) {
      push('\n');
    }
    // SVG and MathML elements keep their end tags (the parser reads them as foreign content).
    if (!VOID.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') stack.push(`</${el.localName}>`);
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
    await options.pause();
  }
  return parts.join('');
}
