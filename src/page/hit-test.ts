import type { MentionIndex } from './mention-index';
import type { PageMention } from './scan-page';

/** The text node and offset of the caret nearest to a viewport point, or null. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = (
    doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }
  ).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The mention under a viewport point, or null. The caret APIs snap to the nearest text even when
 * the point is beside it, so the point must also fall inside one of the mention's boxes.
 */
export function mentionAtPoint(doc: Document, index: MentionIndex, x: number, y: number): PageMention | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const mention = index.at(caret.node, caret.offset);
  if (!mention) return null;
  for (const r of mention.range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return mention;
  }
  return null;
}
