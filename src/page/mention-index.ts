import type { PageMention } from './page-mention';

interface Piece {
  start: number;
  end: number;
  mention: PageMention;
}

/**
 * Finds the mention at a text position in constant time per text node: each mention is indexed
 * under every text node it touches, with its offsets inside that node. The index is built on the
 * first look-up: a scan repaints many times, and the reader points at a mention far less often.
 */
export class MentionIndex {
  private byNode: Map<Node, Piece[]> | null = null;

  constructor(private readonly mentions: readonly PageMention[]) {}

  private build(): Map<Node, Piece[]> {
    const byNode = new Map<Node, Piece[]>();
    for (const mention of this.mentions) {
      const { startContainer, startOffset, endContainer, endOffset } = mention.range;
      if (startContainer === endContainer) {
        add(byNode, startContainer, startOffset, endOffset, mention);
        continue;
      }
      const walker = document.createTreeWalker(mention.range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      walker.currentNode = startContainer;
      for (let node: Node | null = startContainer; node; node = walker.nextNode()) {
        const len = (node as Text).data.length;
        const from = node === startContainer ? startOffset : 0;
        const to = node === endContainer ? endOffset : len;
        add(byNode, node, from, to, mention);
        if (node === endContainer) break;
      }
    }
    this.byNode = byNode;
    return byNode;
  }

  /** The mention covering offset `offset` of `node` (a caret position), or null. */
  at(node: Node, offset: number): PageMention | null {
    const pieces = (this.byNode ?? this.build()).get(node);
    if (!pieces) return null;
    for (const p of pieces) if (offset >= p.start && offset < p.end) return p.mention;
    // A caret just after the last character still points at it.
    for (const p of pieces) if (offset === p.end && offset > p.start) return p.mention;
    return null;
  }
}

function add(byNode: Map<Node, Piece[]>, node: Node, start: number, end: number, mention: PageMention): void {
  const piece = { start, end, mention };
  const pieces = byNode.get(node);
  if (pieces) pieces.push(piece);
  else byNode.set(node, [piece]);
}
