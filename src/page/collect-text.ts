/**
 * A run of text a reader sees as continuous: the data of consecutive text nodes inside one block,
 * joined. `starts[i]` is the UTF-16 offset in `text` where `nodes[i]` begins.
 */
export interface TextBuffer {
  text: string;
  nodes: Text[];
  starts: number[];
}

import { isWordCode } from '../core/match/fold-char';
import { boxedApart } from './box-boundary';
import { ProseWalker } from './prose-walker';
import { blockOf, isInlineElement, isInsideSkipped } from './text-elements';

/** A buffer and the block element (or root) that contains it. */
export interface BlockBuffer extends TextBuffer {
  block: Node;
}

/**
 * Walks the text under a root into buffers, in document order, a bounded number of nodes at a
 * time so a large page can be collected in slices. Skipped elements (scripts, form fields, code,
 * editable regions, hidden elements, Gloss's own UI) are not entered; any element that is not
 * inline ends the current buffer. Open shadow roots met on the way are reported in `shadowRoots`
 * for the caller to collect separately.
 */
export class TextCollector {
  readonly buffers: BlockBuffer[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  /** Custom elements seen without a shadow root yet (one may be attached later). */
  readonly customElements: Element[] = [];
  private readonly walker: ProseWalker;
  private current: BlockBuffer | null = null;
  /** Whether the current buffer's text ends in a word character (read without flattening it). */
  private endsInWord = false;
  private brokeSinceText = false;
  private finished = false;

  /**
   * `readStyles` false (while the page is parsed) joins text that only CSS separates; the walk at
   * `DOMContentLoaded` reads the styles and splits such text where it must.
   */
  constructor(
    root: Node,
    private readonly readStyles = true,
  ) {
    // A root inside a protected region (text written later into <title> or <script>) holds
    // nothing to mark, exactly as the first pass, which never entered it.
    this.finished = isInsideSkipped(root);
    if (!this.finished && root instanceof Element && root.shadowRoot) this.shadowRoots.push(root.shadowRoot);
    this.walker = new ProseWalker(root);
  }

  /** True once every node has been visited. */
  get done(): boolean {
    return this.finished;
  }

  /** Visits up to `limit` nodes; returns true when the walk is complete. */
  step(limit = Number.POSITIVE_INFINITY): boolean {
    if (this.finished) return true;
    let visited = 0;
    for (let node = this.walker.next(); node; node = this.walker.next()) {
      if (node.nodeType === Node.ELEMENT_NODE) this.enterElement(node as Element);
      else this.addText(node as Text);
      if (++visited >= limit) return false;
    }
    if (this.current) this.push(this.current);
    this.current = null;
    this.finished = true;
    return true;
  }

  private enterElement(el: Element): void {
    if (!isInlineElement(el)) this.brokeSinceText = true;
    if (el.shadowRoot) this.shadowRoots.push(el.shadowRoot);
    else if (el.tagName.includes('-')) this.customElements.push(el);
  }

  private addText(text: Text): void {
    if (text.data.length === 0) return;
    const data = text.data;
    const container = blockOf(text) ?? text;
    const current = this.current;
    // `current.text` is a string grown by `+=`: reading a character of it would flatten it on
    // every text node, quadratic in a block of many nodes. Its last character is tracked instead.
    if (
      !current ||
      this.brokeSinceText ||
      container !== current.block ||
      (this.readStyles &&
        this.endsInWord &&
        isWordCode(data.charCodeAt(0)) &&
        boxedApart(current.nodes[current.nodes.length - 1]!, text, container))
    ) {
      if (current) this.push(current);
      // Arrays made with their first item are one slot long (most blocks have one text node);
      // made empty and pushed to, each would take seventeen.
      this.current = { text: data, nodes: [text], starts: [0], block: container };
      this.brokeSinceText = false;
    } else {
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += data;
    }
    this.endsInWord = isWordCode(data.charCodeAt(data.length - 1));
  }

  private push(buffer: BlockBuffer): void {
    if (/\S/.test(buffer.text)) this.buffers.push(buffer);
  }
}

/**
 * Collects all the text under `root` into buffers at once, open shadow roots included (each into
 * buffers of its own, after the light-DOM text). For tests and small roots; pages use
 * `TextCollector` in slices.
 */
export function collectText(root: Node): BlockBuffer[] {
  const collector = new TextCollector(root);
  collector.step();
  const buffers = [...collector.buffers];
  for (const shadow of collector.shadowRoots) buffers.push(...collectText(shadow));
  return buffers;
}

/** The text node and offset inside it for a UTF-16 offset into the buffer's text. */
export function locateOffset(buffer: TextBuffer, offset: number, preferEnd = false): [Text, number] {
  let lo = 0;
  let hi = buffer.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = buffer.starts[mid]!;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [buffer.nodes[lo]!, offset - buffer.starts[lo]!];
}
