import { isSkippedElement } from './text-elements';

/** A node the walk stood on or under, with its parent and the sibling before it then. */
interface Place {
  node: Node;
  parent: Node | null;
  before: Node | null;
}

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
   * Where the walk stood when it last stopped: the node it stood on and each of its ancestors
   * below the root, deepest first, each with its parent and the sibling before it then (so a
   * resumed walk finds its place if a script has taken any of them out or moved it meanwhile).
   */
  private path: Place[] = [];

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
    this.mark();
  }

  /** Notes where the walk stands, for `resume` (a walk stopped between steps marks it too). */
  mark(): void {
    const path: Place[] = [];
    for (let node = this.walker.currentNode; node !== this.root && node.parentNode; node = node.parentNode)
      path.push({ node, parent: node.parentNode, before: node.previousSibling });
    this.path = path;
  }

  /**
   * Makes the walk go on from where it stopped (`mark`), also after the end (nodes the parser has
   * added since). If a script has taken out or moved that node, or an ancestor of it, the walk
   * goes on from the place it held: past the sibling before it, or from its parent's first child
   * when it had none. False when that place is gone too (the sibling taken out as well, the root).
   */
  resume(): boolean {
    this.ended = false;
    const root = this.root;
    const path = this.path;
    if (!root.isConnected || (path.length > 0 && path[path.length - 1]!.parent !== root)) return false;
    // The highest node taken out of its parent or moved before its earlier sibling: the walk goes
    // on from its place there.
    let moved = -1;
    for (let i = 0; i < path.length; i++) if (displaced(path[i]!)) moved = i;
    if (moved < 0) return true;
    const { parent, before } = path[moved]!;
    const walker = this.walker;
    if (before === null) {
      walker.currentNode = parent!; // the next node is the parent's first child
      this.pastSkipped = false;
    } else if (before.parentNode === parent) {
      walker.currentNode = before;
      this.pastSkipped = true; // the sibling's subtree was walked: go on after it
    } else return false;
    return true;
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

/**
 * True when `node` is no longer where the walk left it: under another parent, or before the
 * sibling that came before it (a node only inserted before it leaves it in place; what is
 * inserted there is the walk at `DOMContentLoaded`'s to find).
 */
function displaced({ node, parent, before }: Place): boolean {
  if (node.parentNode !== parent) return true;
  if (before === null || node.previousSibling === before || before.parentNode !== parent) return false;
  return (before.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) === 0;
}
