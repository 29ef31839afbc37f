import { isWordCode } from '../core/match/fold-char';
import { wordsApart } from './box-boundary';
import { ProseWalker } from './prose-walker';
import type { TextBuffer } from './text-buffer';
import { blockOf, isInlineElement, isInsideSkipped } from './text-elements';

/** A document that does not grow (the default of `TextCollector`'s `growing`). */
const STILL = () => false;
/** The `starts` of every buffer of one text node (most of them): shared, frozen so none grows. */
const ONE_START: number[] = Object.freeze([0]) as unknown as number[];

/**
 * Walks the text under a root into buffers, in document order, a bounded number of nodes at a
 * time so a large page can be collected in slices. Skipped elements (scripts, form fields, code,
 * editable regions, hidden elements, Gloss's own UI) are not entered; any element that is not
 * inline ends the current buffer. Open shadow roots met on the way are reported in `shadowRoots`
 * for the caller to collect separately.
 */
export class TextCollector {
  readonly buffers: TextBuffer[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  /** Custom elements seen without a shadow root yet (one may be attached later). */
  readonly customElements: Element[] = [];
  private readonly walker: ProseWalker;
  private current: TextBuffer | null = null;
  /**
   * The block element (or root) holding the buffer being walked. Not kept in the buffer: on a
   * page of 200,000 list items that would keep 200,000 more element wrappers alive for the garbage collector to trace.
   */
  private block: Node | null = null;
  /**
   * A buffer of an earlier walk that the current one repeats so far (`current` is null then):
   * its first `nodes` text nodes, `length` code units of text. Kept as is if the walk repeats
   * it to its end, so a walk of unchanged text allocates nothing per block.
   */
  private repeat: { buffer: TextBuffer; nodes: number; length: number } | null = null;
  /** Whether the current buffer's text ends in a word character (read without flattening it). */
  private endsInWord = false;
  private brokeSinceText = false;
  private finished = false;
  private waiting = false;
  /** How many nodes the walk has visited so far (for reading). */
  walked = 0;
  /** True when the walk ended early, the place it stopped at having been taken out of the document. */
  lost = false;
  /**
   * The parent of the last text node and its block, within one `step`: sibling text nodes share their
   * block, looked up once for them (forgotten between steps, as the page may change; no parent, no block).
   */
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;

  /**
   * `readStyles` false (while the page is parsed) joins text that only CSS separates; the walk at
   * `DOMContentLoaded` reads the styles and splits such text where it must. `known` gives the
   * buffer an earlier walk began at a text node, if any: a buffer walked again unchanged is
   * that same object. While `growing` says more is coming (the parser is still adding to the
   * document), a walk that reaches the last node waits there (`caughtUp`) instead of ending, its
   * last buffer still open, and the next `step` goes on with what was added after it.
   */
  constructor(
    root: Node,
    private readonly readStyles = true,
    private readonly known: (first: Text) => TextBuffer | undefined = () => undefined,
    private readonly growing: () => boolean = STILL,
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

  /** True when the walk has visited every node there is so far and waits for more (see `growing`). */
  get caughtUp(): boolean {
    return this.waiting;
  }

  /** Visits up to `limit` nodes; returns true when the walk is complete. */
  step(limit = Number.POSITIVE_INFINITY): boolean {
    if (this.finished) return true;
    this.lastParent = null;
    this.lastBlock = null;
    this.waiting = false;
    if (this.growing !== STILL) {
      // Between steps the parser's scripts may have taken out or moved nodes (the walk finds its
      // place) and added to the text node the step ended on, waiting or not.
      this.lost = !this.walker.resume();
      this.dropTakenOut();
      this.regrow();
    }
    const end = this.walked + limit;
    for (let node = this.lost ? null : this.walker.next(); node; node = this.walker.next()) {
      if (node.nodeType === Node.ELEMENT_NODE) this.enterElement(node as Element);
      else this.addText(node as Text);
      if (++this.walked >= end) {
        if (this.growing !== STILL) this.walker.mark();
        return false;
      }
    }
    if (!this.lost && this.growing()) {
      this.waiting = true;
      return false;
    }
    this.end();
    this.finished = true;
    return true;
  }

  /** The open buffer lets go of its last text nodes a script took out (a replaced one would count twice). */
  private dropTakenOut(): void {
    if (this.repeat && !this.walker.holds(this.lastNode())) this.diverge();
    const current = this.current;
    let n = current?.nodes.length ?? 0;
    while (n > 0 && !this.walker.holds(current!.nodes[n - 1]!)) n--;
    if (!current || n === current.nodes.length) return;
    if (n === 0) {
      this.current = null;
      this.block = null;
      return;
    }
    current.text = current.text.slice(0, current.starts[n]);
    current.nodes.length = n;
    current.starts.length = n;
    this.endsInWord = isWordCode(current.text.charCodeAt(current.text.length - 1));
  }

  /** The open buffer takes what the parser appended to its last text node (the walk once the
   * page is parsed mends any other change). */
  private regrow(): void {
    const current = this.current;
    if (!current) return;
    const last = current.nodes.length - 1;
    const had = current.text.length - current.starts[last]!;
    const data = current.nodes[last]!.data;
    if (data.length <= had) return;
    current.text += data.slice(had);
    this.endsInWord = isWordCode(data.charCodeAt(data.length - 1));
  }

  private enterElement(el: Element): void {
    if (!isInlineElement(el)) this.brokeSinceText = true;
    if (el.shadowRoot) this.shadowRoots.push(el.shadowRoot);
    else if (el.tagName.includes('-')) this.customElements.push(el);
  }

  private addText(text: Text): void {
    if (text.data.length === 0) return;
    const data = text.data;
    const parent = text.parentNode;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastBlock = blockOf(text);
    }
    const container = this.lastBlock ?? text;
    const repeat = this.repeat;
    // `current.text` is a string grown by `+=`: reading a character of it would flatten it on
    // every text node, quadratic in a block of many nodes. Its last character is tracked instead.
    if (
      this.block === null ||
      this.brokeSinceText ||
      container !== this.block ||
      (this.endsInWord &&
        isWordCode(data.charCodeAt(0)) &&
        wordsApart(this.lastNode(), text, container, this.readStyles))
    ) {
      this.end();
      this.brokeSinceText = false;
      this.block = container;
      const earlier = this.known(text);
      if (earlier?.text.startsWith(data)) this.repeat = { buffer: earlier, nodes: 1, length: data.length };
      // An array made with its first item is one slot long (most blocks have one text node);
      // made empty and pushed to, it would take seventeen.
      else this.current = { text: data, nodes: [text], starts: ONE_START };
    } else if (repeat) {
      const { buffer } = repeat;
      if (
        buffer.nodes[repeat.nodes] === text &&
        buffer.starts[repeat.nodes] === repeat.length &&
        buffer.text.startsWith(data, repeat.length)
      ) {
        repeat.nodes++;
        repeat.length += data.length;
      } else this.append(this.diverge(), text, data);
    } else this.append(this.current!, text, data);
    this.endsInWord = isWordCode(data.charCodeAt(data.length - 1));
  }

  private append(current: TextBuffer, text: Text, data: string): void {
    if (current.starts === ONE_START) current.starts = [0];
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += data;
  }

  /** The last text node of the buffer being walked. */
  private lastNode(): Text {
    const repeat = this.repeat;
    if (repeat) return repeat.buffer.nodes[repeat.nodes - 1]!;
    const nodes = this.current!.nodes;
    return nodes[nodes.length - 1]!;
  }

  /** The walk no longer repeats an earlier buffer: what it repeated becomes a new buffer. */
  private diverge(): TextBuffer {
    const { buffer, nodes, length } = this.repeat!;
    this.repeat = null;
    this.current = {
      text: buffer.text.slice(0, length),
      nodes: buffer.nodes.slice(0, nodes),
      starts: nodes === 1 ? ONE_START : buffer.starts.slice(0, nodes),
    };
    return this.current;
  }

  /** Ends the buffer being walked: the earlier one when repeated whole, else a new one. */
  private end(): void {
    const repeat = this.repeat;
    if (repeat && repeat.nodes === repeat.buffer.nodes.length && repeat.length === repeat.buffer.text.length)
      this.buffers.push(repeat.buffer); // holds non-space text: it was kept when first walked
    else if (repeat) this.push(this.diverge());
    else if (this.current) this.push(this.current);
    this.repeat = null;
    this.current = null;
    this.block = null;
  }

  private push(buffer: TextBuffer): void {
    if (/\S/.test(buffer.text)) this.buffers.push(buffer);
  }
}

/**
 * Collects all the text under `root` into buffers at once, open shadow roots included (each into
 * buffers of its own, after the light-DOM text). For tests and small roots; pages use
 * `TextCollector` in slices.
 */
export function collectText(root: Node): TextBuffer[] {
  const collector = new TextCollector(root);
  collector.step();
  const buffers = [...collector.buffers];
  for (const shadow of collector.shadowRoots) buffers.push(...collectText(shadow));
  return buffers;
}
