import { blockOf, isInlineElement as isInline, isSkippedElement } from './text-elements';

/** Wait this long after the last mutation before rescanning, in milliseconds... */
const QUIET_MS = 120;
/** ...but never longer than this after the first one, so new content shows within a second. */
const MAX_WAIT_MS = 450;

/**
 * Watches a document or shadow root for changes to its text and reports, in batches, the roots
 * whose text must be collected again: the block around changed or added inline text, an added
 * block itself. Removed blocks need no rescan (the caller prunes text that left the page).
 * Changes inside Gloss's own UI are ignored. Stops when `signal` aborts.
 */
export function watchMutations(
  target: Document | ShadowRoot,
  onRoots: (roots: Set<Node>) => void,
  signal: AbortSignal,
): void {
  const win = (target.ownerDocument ?? (target as Document)).defaultView!;
  let roots = new Set<Node>();
  let quietTimer = 0;
  let firstAt = 0;
  const flush = () => {
    win.clearTimeout(quietTimer);
    quietTimer = 0;
    firstAt = 0;
    const batch = roots;
    roots = new Set();
    if (batch.size && !signal.aborted) onRoots(batch);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) collectRoots(record, roots);
    if (!roots.size) return;
    const now = performance.now();
    firstAt ||= now;
    win.clearTimeout(quietTimer);
    if (now - firstAt >= MAX_WAIT_MS) flush();
    else quietTimer = win.setTimeout(flush, QUIET_MS);
  });
  observer.observe(target, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'contenteditable'],
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(quietTimer);
  });
}

function collectRoots(record: MutationRecord, roots: Set<Node>): void {
  if (isOwnUi(record.target)) return;
  if (record.type === 'characterData') {
    addRoot(roots, blockOf(record.target));
    return;
  }
  if (record.type === 'attributes') {
    addRoot(roots, containerOf(record.target));
    return;
  }
  let inlineChange = false;
  for (const node of record.addedNodes) {
    if (isOwnUi(node)) continue;
    if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) {
      if (!isSkippedElement(node as Element)) addRoot(roots, node);
    } else inlineChange = true;
  }
  for (const node of record.removedNodes) {
    if (isOwnUi(node)) continue;
    if (node.nodeType !== Node.ELEMENT_NODE || isInline(node as Element)) inlineChange = true;
  }
  if (inlineChange) addRoot(roots, containerOf(record.target));
}

function addRoot(roots: Set<Node>, node: Node | null): void {
  if (node) roots.add(node);
}

function containerOf(node: Node): Node | null {
  if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) return node;
  return blockOf(node);
}

function isOwnUi(node: Node): boolean {
  const name = node.nodeName;
  return name === 'GLOSS-CARD' || name === 'GLOSS-LIVE';
}
