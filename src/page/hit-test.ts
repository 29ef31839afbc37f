import type { MentionIndex } from './mention-index';
import type { PageMention } from './page-mention';

/**
 * The text node and offset of the caret nearest to a viewport point, or null. Passing the page's
 * open shadow roots lets the caret land on text inside them.
 */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = (
      doc.caretPositionFromPoint as (
        x: number,
        y: number,
        options?: { shadowRoots: ShadowRoot[] },
      ) => CaretPosition | null
    )(x, y, { shadowRoots });
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
export function mentionAtPoint(
  doc: Document,
  index: MentionIndex,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): PageMention | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret) return null;
  const mention = index.at(caret.node, caret.offset);
  if (!mention) return null;
  for (const r of mention.range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return mention;
  }
  return null;
}
