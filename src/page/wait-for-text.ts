import { ProseWalker } from './prose-walker';
import { isSkippedElement } from './text-elements';

/** Fewer non-space characters than this in a frame's body: nothing worth loading the matcher for. */
export const MIN_TEXT = 3;
/** Nodes one check visits at most; past that the frame is assumed to have text. */
const CHECK_NODES = 2000;

/**
 * Resolves once `doc.body` holds at least `MIN_TEXT` non-space characters outside skipped
 * elements: at once when it does, else on the first batch of changes that brings them. Each
 * check is bounded, so an empty frame costs one observer and a look at the nodes it is given,
 * and allocates next to nothing (a page may hold a thousand such frames, and what each one
 * allocates adds up to collections that land in some frame's script). Resolves false when
 * `signal` aborts first.
 */
export function whenTextAppears(doc: Document, signal?: AbortSignal): Promise<boolean> {
  if (doc.body && hasText(doc.body)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      if (!bringsText(doc, records)) return;
      observer.disconnect();
      signal?.removeEventListener('abort', abort);
      resolve(true);
    });
    const abort = () => {
      observer.disconnect();
      resolve(false);
    };
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    signal?.addEventListener('abort', abort);
  });
}

/** True when the changes `records` bring text to the body (indexed loops: no iterator per record). */
function bringsText(doc: Document, records: MutationRecord[]): boolean {
  const body = doc.body;
  if (!body) return false;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.type === 'characterData') {
      if (body.contains(record.target) && hasText(record.target)) return true;
      continue;
    }
    const added = record.addedNodes;
    for (let j = 0; j < added.length; j++) {
      const node = added[j]!;
      if (body.contains(node) && hasText(node)) return true;
    }
  }
  return false;
}

/** True when `root` has `MIN_TEXT` non-space characters of text Gloss would read (bounded walk). */
export function hasText(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return countVisible((root as Text).data, 0) >= MIN_TEXT;
  // An empty element (an empty frame's new body) needs no walk.
  if (root.nodeType !== Node.ELEMENT_NODE || !root.firstChild || isSkippedElement(root as Element))
    return false;
  const walker = new ProseWalker(root);
  let found = 0;
  let visited = 0;
  for (let node = walker.next(); node; node = walker.next()) {
    if (++visited > CHECK_NODES) return true;
    if (node.nodeType === Node.TEXT_NODE) found = countVisible((node as Text).data, found);
    if (found >= MIN_TEXT) return true;
  }
  return false;
}

/** Past this many characters a text node counts as text without reading it all (a huge node). */
const READ_CHARS = 4096;

function countVisible(data: string, found: number): number {
  if (data.length > READ_CHARS) return MIN_TEXT;
  let count = found;
  for (let i = 0; i < data.length && count < MIN_TEXT; i++) if (data.charCodeAt(i) > 32) count++;
  return count;
}
