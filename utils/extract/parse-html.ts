import { parseHTML } from 'linkedom';

/**
 * Parsing HTML without a browser DOM (the background, which reads pages the content script serialises, and in Node
 * the `annotate` command, tests, evaluation and benchmarks) with linkedom, which gives the same
 * Readability metadata as Readability's own JSDOM test suite on all 18 saved pages in ../shared/pages and is several
 * times faster than happy-dom. linkedom is not an HTML5 tree builder: fragments and pages without <html>/<body> come
 * out with an odd root, so such documents are rebuilt into a proper html > head + body skeleton.
 */

/** Elements that belong in <head> when a page leaves the <head> tag out. */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT']);

const childElement = (parent: Element, tag: string): Element | undefined =>
  Array.from(parent.children).find((child) => child.tagName === tag);

function isWellFormed(doc: Document): boolean {
  const root = doc.documentElement as Element | null;
  return (
    root !== null &&
    root.tagName === 'HTML' &&
    childElement(root, 'HEAD') !== undefined &&
    childElement(root, 'BODY') !== undefined
  );
}

/** Moves the parsed nodes of a page that lacks html/head/body tags into a complete skeleton document. */
function rebuild(parsed: Document): Document {
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const doc = document as unknown as Document;
  const root = parsed.documentElement as Element | null;
  for (const attr of root?.tagName === 'HTML' ? Array.from(root.attributes) : []) {
    doc.documentElement.setAttribute(attr.name, attr.value);
  }
  const topLevel = Array.from(root?.tagName === 'HTML' ? root.childNodes : parsed.childNodes);
  let inBody = false;
  const place = (node: Node): void => {
    if (node.nodeType === 10 /* DOCTYPE */) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName : '';
    if (tag === 'HTML') {
      Array.from(node.childNodes).forEach(place);
      return;
    }
    if (tag === 'HEAD' || tag === 'BODY') {
      const target = tag === 'HEAD' ? doc.head : doc.body;
      for (const child of Array.from(node.childNodes)) target.appendChild(child);
      inBody ||= tag === 'BODY';
      return;
    }
    const blank = node.nodeType === 3 && (node.nodeValue ?? '').trim() === '';
    if (!inBody && (HEAD_TAGS.has(tag) || blank)) {
      doc.head.appendChild(node);
    } else {
      inBody = true;
      doc.body.appendChild(node);
    }
  };
  topLevel.forEach(place);
  return doc;
}

/**
 * Parses an HTML page into a DOM `Document` (linkedom). Never throws on malformed markup; a page without
 * html/head/body tags, or a bare fragment, gets them.
 */
export function parseHtmlDocument(html: string): Document {
  const parsed = parseHTML(html).document as unknown as Document;
  return isWellFormed(parsed) ? parsed : rebuild(parsed);
}
