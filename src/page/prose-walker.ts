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
  /** The walk ended on a skipped element with nothing after it: a resumed walk passes over it first. */
  private pastSkipped = false;

  constructor(private readonly root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  /** The next element or text node, or null once the walk is over (until `resume`). */
  next(): Node | null {
    if (this.ended) return null;
    const pastSkipped = this.pastSkipped;
    this.pastSkipped = false;
    let node = pastSkipped ? this.pastSubtree() : this.walker.nextNode();
    while (node && node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element))
      node = this.pastSubtree();
    if (!node) this.ended = true;
    return node;
  }

  /**
   * Looks again, after the end, for nodes added since after the last one visited (a document the
   * parser is still adding to): the walk goes on from where it ended. False when it cannot, that
   * node having been taken out of the root (a script that removed itself, say).
   */
  resume(): boolean {
    this.ended = false;
    return this.root.isConnected && this.root.contains(this.walker.currentNode);
  }

  /**
   * The first node after the current node's subtree, made current; at the end of the root, null,
   * with the current node left where it was (so a resumed walk starts from it, not from the root).
   */
  private pastSubtree(): Node | null {
    const walker = this.walker;
    const from = walker.currentNode;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) {
        walker.currentNode = from;
        this.pastSkipped = true;
        return null;
      }
    }
  }
}
