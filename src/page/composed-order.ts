/**
 * Compares two nodes in composed document order: nodes inside shadow trees are placed where
 * their host is, then ordered within the tree. Negative when `a` comes first.
 */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  const pathA = composedPath(a);
  const pathB = composedPath(b);
  // Walk down from the document until the two paths enter different trees.
  let i = 0;
  while (i < pathA.length - 1 && i < pathB.length - 1 && pathA[i] === pathB[i]) i++;
  const x = pathA[i]!;
  const y = pathB[i]!;
  if (x === y) return i === pathA.length - 1 ? -1 : 1;
  const position = x.compareDocumentPosition(y);
  if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
  if (position & Node.DOCUMENT_POSITION_CONTAINS) return 1;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The node, then the host of each shadow tree it is in, outermost last; reversed (document first). */
function composedPath(node: Node): Node[] {
  const path: Node[] = [node];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    path.push(root.host);
    root = root.host.getRootNode();
  }
  return path.reverse();
}
