/**
 * Which elements hold prose to mark: the ones Gloss leaves alone (scripts, form fields, code,
 * editable or hidden regions, its own UI) and the inline ones that do not break the flow of text.
 */

/** Elements whose text is not prose to mark, or not ours to touch. */
const SKIPPED = new Set([
  'HEAD',
  'TITLE',
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

/** True for elements that do not break the flow of text (links, emphasis, spans). */
export function isInlineElement(el: Element): boolean {
  return INLINE.has(el.tagName.toUpperCase());
}

/**
 * True when `node` is inside a region Gloss leaves alone (a skipped element, an editable or
 * hidden one, the head), looking up through shadow hosts too. Incremental rescans start from
 * such roots when a page writes into `<title>` or `<script>`; they must find nothing there.
 */
export function isInsideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; ) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkippedElement(n as Element)) return true;
    n = n.parentNode ?? ((n as ShadowRoot).host as Node | undefined) ?? null;
  }
  return false;
}

/**
 * True when the element and everything inside it is left alone. The `<pre>` a browser shows a
 * plain-text document in is that document's prose, not code: it is read.
 */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED.has(tag) && !(tag === 'PRE' && isPlainTextBody(el))) return true;
  if (el.hasAttribute('hidden')) return true;
  // A document in design mode is an editor throughout: what the reader types is never marked.
  if ((tag === 'HTML' || tag === 'BODY') && el.ownerDocument.designMode === 'on') return true;
  // The attribute's value is case-insensitive ("FALSE" is false).
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True for the `<pre>` a browser shows a plain-text document in (a child of its body). */
function isPlainTextBody(pre: Element): boolean {
  const doc = pre.ownerDocument;
  return doc.contentType === 'text/plain' && pre.parentNode === doc.body;
}

/** The nearest ancestor that is not an inline element: the block a text node's buffer belongs to. */
export function blockOf(node: Node): Node | null {
  let el = node.parentNode;
  while (el && el.nodeType === Node.ELEMENT_NODE && INLINE.has((el as Element).tagName.toUpperCase())) {
    el = el.parentNode;
  }
  return el;
}
