/**
 * Where CSS, not markup, separates two words of one block: a tag pill with `display:
 * inline-block`, a flex or grid item ("Donald Trump" and "Joe Biden" in a tag list with no space
 * between). Reading computed style makes the browser bring its styles up to date, which costs a
 * full recalculation after every change to the document, so the collector asks only where two
 * words would otherwise run together, and not at all while the page is still being parsed.
 */

/**
 * True when CSS draws a box boundary between two text nodes of one block: some element between
 * them (below the block) is not laid out inline. Only the outermost element on each side can be
 * the separate box: the child of the nearest element holding both text nodes.
 */
export function boxedApart(previous: Text, next: Text, block: Node): boolean {
  const view = next.ownerDocument.defaultView;
  if (!view) return false;
  return (
    isBox(view, outermostApart(previous, next, block)) || isBox(view, outermostApart(next, previous, block))
  );
}

/** The highest ancestor of `node` below `block` that does not contain `other`, or null. */
function outermostApart(node: Node, other: Node, block: Node): Node | null {
  let found: Node | null = null;
  for (let n = node.parentNode; n && n !== block && !n.contains(other); n = n.parentNode) found = n;
  return found;
}

function isBox(view: Window, node: Node | null): boolean {
  if (!node || node.nodeType !== Node.ELEMENT_NODE) return false;
  const display = view.getComputedStyle(node as Element).display;
  return display !== 'inline' && display !== 'contents' && display !== '';
}
