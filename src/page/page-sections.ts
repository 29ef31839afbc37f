const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The section of the page each node is in, for nodes given in document order: the number of
 * headings that start before it (a heading belongs to the section it opens). Text inside an open
 * shadow root counts where its host is in the page. Reads the document's headings once.
 */
export function sectionsOf(doc: Document, nodes: readonly Node[]): number[] {
  const headings = [...doc.querySelectorAll(HEADINGS)];
  const sections: number[] = [];
  let passed = 0;
  for (const node of nodes) {
    const anchor = inDocument(node, doc);
    // Nodes come in document order, so the count of headings passed only grows (shadow hosts may
    // step back a little: count again from the start then).
    if (passed > 0 && !startsBefore(headings[passed - 1]!, anchor)) passed = 0;
    while (passed < headings.length && startsBefore(headings[passed]!, anchor)) passed++;
    sections.push(passed);
  }
  return sections;
}

/** True when `heading` starts before `node` or contains it. */
function startsBefore(heading: Element, node: Node): boolean {
  if (heading === node) return true;
  const position = heading.compareDocumentPosition(node);
  return (position & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) !== 0;
}

/** The node itself, or the shadow host (in the document's own tree) it is inside. */
function inDocument(node: Node, doc: Document): Node {
  let current = node;
  let root = current.getRootNode() as Node & { host?: Element };
  while (root !== doc && root.host) {
    current = root.host;
    root = current.getRootNode() as Node & { host?: Element };
  }
  return current;
}
