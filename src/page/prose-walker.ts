import { isSkippedElement } from './text-elements';

/**
 * Visits the elements and text nodes under a root in document order, not entering the elements
 * Gloss leaves alone (`isSkippedElement`). A plain `TreeWalker` with the skipping done here: a
 * walker with a script filter calls back into script for every node, which in Chromium costs
 * many times the walk itself and, now and then, tens of milliseconds for a few hundred nodes.
 */
export class ProseWalker {
  private readonly walker: TreeWalker;
  private ended = false;

  constructor(root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  /** The next element or text node, or null once the walk is over (for good). */
  next(): Node | null {
    if (this.ended) return null;
    let node = this.walker.nextNode();
    while (node && node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element))
      node = this.pastSubtree();
    if (!node) this.ended = true;
    return node;
  }

  /** The first node after the current node's subtree, made current (null at the end of the root). */
  private pastSubtree(): Node | null {
    const walker = this.walker;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }
}
