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
  /**
   * Where the walk ended: the node it ended on and each of its ancestors below the root, deepest
   * first, with the sibling before each then (so a resumed walk finds its place if a script has
   * taken any of them out meanwhile).
   */
  private endPath: { node: Node; before: Node | null }[] = [];

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
    if (!node) this.end();
    return node;
  }

  /** True when `node` is in the root's tree. */
  holds(node: Node): boolean {
    return this.root.contains(node);
  }

  private end(): void {
    this.ended = true;
    const path: { node: Node; before: Node | null }[] = [];
    for (let node = this.walker.currentNode; node !== this.root && node.parentNode; node = node.parentNode)
      path.push({ node, before: node.previousSibling });
    this.endPath = path;
  }

  /**
   * Looks again, after the end, for nodes added since after the last one visited (a document the
   * parser is still adding to): the walk goes on from where it ended. If a script has taken that
   * node (or an ancestor of it) out, the walk goes on from just after the place the node held:
   * past the sibling before it, or from its parent's first child when it had none. False when
   * that place is gone too (the sibling taken out as well, or the root).
   */
  resume(): boolean {
    this.ended = false;
    const root = this.root;
    if (!root.isConnected) return false;
    const walker = this.walker;
    if (root.contains(walker.currentNode)) return true;
    const path = this.endPath;
    for (let i = 0; i < path.length; i++) {
      const parent = path[i + 1]?.node ?? root;
      if (!root.contains(parent)) continue;
      // `path[i]` is the node taken out of `parent`, the deepest still in the root.
      const before = path[i]!.before;
      if (before === null) {
        walker.currentNode = parent; // the next node is the parent's first child
        this.pastSkipped = false;
      } else if (before.parentNode === parent) {
        walker.currentNode = before;
        this.pastSkipped = true; // the sibling's subtree was walked: go on after it
      } else return false;
      return true;
    }
    return false;
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
