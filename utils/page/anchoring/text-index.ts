import { BLOCK_TAGS, isExcludedElement } from './exclusions';
import { isSpace } from './normalize';

/**
 * The article root's visible text, whitespace-normalised (see normalize.ts), with each character's text node and
 * offset so that any span of it becomes a DOM Range. Built by one walk per page and shared by every mention.
 */
export interface TextIndex {
  root: Element;
  /** Normalised text of the root's markable text nodes, in document order. */
  text: string;
  nodes: Text[];
  /** Per character of `text`: index into `nodes`. */
  charNode: Int32Array;
  /** Per character of `text`: offset in its node's data. */
  charOffset: Int32Array;
}

/** Upper bound on characters indexed: beyond it a "page" is not an article, and the walk must stay cheap. */
const MAX_CHARS = 2_000_000;

/**
 * Walks the text under `root` once, skipping excluded subtrees (exclusions.ts), and returns the index.
 * `isExcluded` may add page-specific exclusions (e.g. Dateline's own UI host).
 */
export function buildTextIndex(root: Element, isExcluded: (el: Element) => boolean = isExcludedElement): TextIndex {
  const chars: string[] = [];
  const nodes: Text[] = [];
  let charNode = new Int32Array(4096);
  let charOffset = new Int32Array(4096);
  let length = 0;
  let pendingSpace = false;
  let spaceNode = -1;
  let spaceOffset = 0;

  const reserve = (extra: number): void => {
    if (length + extra <= charNode.length) return;
    const size = Math.max(charNode.length * 2, length + extra);
    const grownNode = new Int32Array(size);
    grownNode.set(charNode);
    charNode = grownNode;
    const grownOffset = new Int32Array(size);
    grownOffset.set(charOffset);
    charOffset = grownOffset;
  };

  const pushSpace = (node: number, offset: number): void => {
    reserve(1);
    chars.push(' ');
    charNode[length] = node;
    charOffset[length] = offset;
    length += 1;
  };

  // Whole runs of non-space characters are copied at once: a per-character loop costs several times more.
  const visitText = (node: Text): void => {
    const data = node.data;
    const index = nodes.length;
    nodes.push(node);
    const n = data.length;
    let i = 0;
    while (i < n) {
      if (isSpace(data.charCodeAt(i))) {
        if (!pendingSpace || spaceNode < 0) {
          spaceNode = index;
          spaceOffset = i;
        }
        pendingSpace = true;
        i += 1;
        while (i < n && isSpace(data.charCodeAt(i))) i += 1;
        continue;
      }
      let j = i + 1;
      while (j < n && !isSpace(data.charCodeAt(j))) j += 1;
      if (pendingSpace && length > 0) {
        if (spaceNode >= 0) pushSpace(spaceNode, spaceOffset);
        else pushSpace(index, i);
      }
      pendingSpace = false;
      spaceNode = -1;
      reserve(j - i);
      chars.push(data.slice(i, j));
      for (let k = i; k < j; k++) {
        charNode[length] = index;
        charOffset[length] = k;
        length += 1;
      }
      i = j;
    }
  };

  const blockBoundary = (): void => {
    if (!pendingSpace) spaceNode = -1;
    pendingSpace = true;
  };

  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child && length < MAX_CHARS; child = child.nextSibling) {
      if (child.nodeType === 3) {
        visitText(child as Text);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isExcluded(el)) continue;
        const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
        if (block) blockBoundary();
        visit(el);
        if (block) blockBoundary();
      }
    }
  };

  visit(root);
  return {
    root,
    text: chars.join(''),
    nodes,
    charNode: charNode.subarray(0, length),
    charOffset: charOffset.subarray(0, length),
  };
}

/** The DOM Range of `[start, end)` of `index.text`, or null when the span is empty or out of bounds. */
export function rangeFromIndex(index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end > index.text.length || start >= end) return null;
  const startNode = index.nodes[index.charNode[start]!];
  const endNode = index.nodes[index.charNode[end - 1]!];
  if (!startNode || !endNode) return null;
  const range = index.root.ownerDocument.createRange();
  range.setStart(startNode, index.charOffset[start]!);
  range.setEnd(endNode, index.charOffset[end - 1]! + 1);
  return range;
}
