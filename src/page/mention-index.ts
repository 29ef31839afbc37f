import type { PageMention } from './page-mention';

interface Piece {
  start: number;
  end: number;
  mention: PageMention;
}

/**
 * Finds the mention at a text position in constant time per text node: each mention is indexed
 * under every text node it touches, with its offsets inside that node.
 */
export class MentionIndex {
  private readonly byNode = new Map<Node, Piece[]>();

  constructor(mentions: readonly PageMention[]) {
    for (const mention of mentions) {
      const { startContainer, startOffset, endContainer, endOffset } = mention.range;
      if (startContainer === endContainer) {
        this.add(startContainer, startOffset, endOffset, mention);
        continue;
      }
      const walker = document.createTreeWalker(mention.range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      walker.currentNode = startContainer;
      for (let node: Node | null = startContainer; node; node = walker.nextNode()) {
        const len = (node as Text).data.length;
        const from = node === startContainer ? startOffset : 0;
        const to = node === endContainer ? endOffset : len;
        this.add(node, from, to, mention);
        if (node === endContainer) break;
      }
    }
  }

  /** The mention covering offset `offset` of `node` (a caret position), or null. */
  at(node: Node, offset: number): PageMention | null {
    const pieces = this.byNode.get(node);
    if (!pieces) return null;
    for (const p of pieces) if (offset >= p.start && offset < p.end) return p.mention;
    // A caret just after the last character still points at it.
    for (const p of pieces) if (offset === p.end && offset > p.start) return p.mention;
    return null;
  }

  private add(node: Node, start: number, end: number, mention: PageMention): void {
    const piece = { start, end, mention };
    const pieces = this.byNode.get(node);
    if (pieces) pieces.push(piece);
    else this.byNode.set(node, [piece]);
  }
}
