/**
 * A run of text a reader sees as continuous: the data of consecutive text nodes inside one block,
 * joined. `starts[i]` is the UTF-16 offset in `text` where `nodes[i]` begins.
 */
export interface TextBuffer {
  text: string;
  nodes: Text[];
  starts: number[];
}

/** Elements whose text is not prose to mark, or not ours to touch. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'GLOSS-CARD',
  'GLOSS-LIVE',
]);

/** Elements that do not break the flow of text; every other element ends a buffer. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

/** True when the element and everything inside it is left alone. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Collects the text under `root` into buffers, in document order. Skipped elements (scripts,
 * form fields, code, editable regions, hidden elements, Gloss's own UI) are not entered; any
 * element that is not inline ends the current buffer. Open shadow roots are collected too, each
 * into buffers of its own, right after their host's light-DOM text.
 */
export function collectText(root: Node): TextBuffer[] {
  const buffers: TextBuffer[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const shadowHosts: Element[] = [];
  let current: TextBuffer | null = null;
  let block: Node | null = null;
  let brokeSinceText = false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (!INLINE.has(el.tagName.toUpperCase())) brokeSinceText = true;
      if (el.shadowRoot) shadowHosts.push(el);
      continue;
    }
    const text = node as Text;
    if (text.data.length === 0) continue;
    const container = blockOf(text);
    if (!current || brokeSinceText || container !== block) {
      if (current) buffers.push(current);
      current = { text: '', nodes: [], starts: [] };
      block = container;
      brokeSinceText = false;
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  if (current) buffers.push(current);
  for (const host of shadowHosts) buffers.push(...collectText(host.shadowRoot!));
  return buffers.filter((b) => /\S/.test(b.text));
}

function blockOf(node: Node): Node | null {
  let el = node.parentNode;
  while (el && el.nodeType === Node.ELEMENT_NODE && INLINE.has((el as Element).tagName.toUpperCase())) {
    el = el.parentNode;
  }
  return el;
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
