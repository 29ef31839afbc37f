/**
 * Where two words of one block meet with no space between them in the text: the markup parts
 * them (two links), or CSS does (a tag pill with `display: inline-block`, a flex or grid item:
 * "Donald Trump" and "Joe Biden" in a tag list with no space between). Reading computed style
 * makes the browser bring its styles up to date, which costs a full recalculation after every
 * change to the document, so the collector asks only where two words would otherwise run
 * together, and not at all while the page is still being parsed.
 */

/**
 * True when two text nodes of one block that would run two words together (a word character
 * ends the first and begins the second) are two words for the reader: the markup puts them in
 * two different links (a headline link and its comment count, "President Donald Trump" and
 * "42,070 comments", on a page without its style sheet; links to the same address count as one,
 * as when the parser copies a link across misnested tags); or, with `readStyles`, CSS draws a box
 * between them (`boxedApart`). Text split across other inline elements stays one word.
 */
export function wordsApart(previous: Text, next: Text, block: Node, readStyles: boolean): boolean {
  if (previous.parentNode !== next.parentNode) {
    const link = linkOf(previous);
    const nextLink = link && linkOf(next);
    if (nextLink && nextLink !== link && nextLink.getAttribute('href') !== link.getAttribute('href'))
      return true;
  }
  return readStyles && boxedApart(previous, next, block);
}

/** The link a text node is in, or null. */
function linkOf(text: Text): Element | null {
  return text.parentElement?.closest('a') ?? null;
}

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
