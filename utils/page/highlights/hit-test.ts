import type { Mark } from './types';

/** Finds the mark under a point: caret position → text node → the few marks on that node → rect check. */
export interface MarkLookup {
  markAt(x: number, y: number): Mark | null;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const standard = (doc as Document & { caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null })
    .caretPositionFromPoint;
  if (typeof standard === 'function') {
    const position = standard.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const range = legacy.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function textNodesOf(range: Range): Node[] {
  if (range.startContainer === range.endContainer) return [range.startContainer];
  const nodes: Node[] = [];
  const doc = range.startContainer.ownerDocument!;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  walker.currentNode = range.startContainer;
  for (let node: Node | null = range.startContainer; node; node = walker.nextNode()) {
    nodes.push(node);
    if (node === range.endContainer) break;
  }
  return nodes;
}

function contains(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of Array.from(rects)) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * Indexes marks by the text nodes they cover, once per set of marks, so a hover costs one caret lookup and a few
 * comparisons instead of a pass over every mark. The caret is the nearest insertion point, also beside the text,
 * so the pointer must be inside one of the mark's client rects too.
 */
export function createMarkLookup(doc: Document, marks: readonly Mark[]): MarkLookup {
  const byNode = new Map<Node, Mark[]>();
  for (const mark of marks) {
    for (const node of textNodesOf(mark.range)) {
      const list = byNode.get(node);
      if (list) list.push(mark);
      else byNode.set(node, [mark]);
    }
  }
  return {
    markAt(x, y) {
      const caret = caretAt(doc, x, y);
      if (!caret) return null;
      for (const mark of byNode.get(caret.node) ?? []) {
        if (contains(mark.range.getClientRects(), x, y)) return mark;
      }
      return null;
    },
  };
}
