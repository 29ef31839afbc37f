import { ProseWalker } from './prose-walker';
import { isSkippedElement } from './text-elements';

/** Fewer non-space characters than this in a frame's body: nothing worth loading the matcher for. */
export const MIN_TEXT = 3;
/** Nodes one check visits at most; past that the frame is assumed to have text. */
const CHECK_NODES = 2000;

/**
 * Resolves once `doc.body` holds at least `MIN_TEXT` non-space characters outside skipped
 * elements: at once when it does, else on the first batch of changes that brings them. Each
 * check is bounded, so an empty frame costs one small walk and an observer, and nothing else.
 * Resolves false when `signal` aborts first.
 */
export function whenTextAppears(doc: Document, signal: AbortSignal): Promise<boolean> {
  if (doc.body && hasText(doc.body)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (found: boolean) => {
      observer.disconnect();
      signal.removeEventListener('abort', abort);
      resolve(found);
    };
    const abort = () => done(false);
    const observer = new MutationObserver((records) => {
      if (!doc.body) return;
      for (const record of records) {
        const node = record.type === 'characterData' ? record.target : null;
        if (node && doc.body.contains(node) && hasText(node)) return done(true);
        for (const added of record.addedNodes) {
          if (doc.body.contains(added) && hasText(added)) return done(true);
        }
      }
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', abort);
  });
}

/** True when `root` has `MIN_TEXT` non-space characters of text Gloss would read (bounded walk). */
export function hasText(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return countVisible((root as Text).data, 0) >= MIN_TEXT;
  if (root.nodeType !== Node.ELEMENT_NODE || isSkippedElement(root as Element)) return false;
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
