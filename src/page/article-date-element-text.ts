/** Elements whose text is never a date a reader sees (code, scripts, form controls, drawings); tag names in capitals. */
export const UNREAD_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
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
]);

/** A word's end that another element's word does not continue: two letters (a drop cap's one letter, "M" + "arch", is part of its word). */
const WORD_END = /^\p{L}{2}$/u;
const WORD_START = /^[\p{L}\d]/u;
/** Digits meeting digits ("March 9, 2024" + "10:30 PM"); a digit and a letter stay one ("19" + "th"). */
function digitsMeet(text: string, next: string): boolean {
  const a = text.charCodeAt(text.length - 1);
  const b = next.charCodeAt(0);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

/** Most nodes looked at inside one element before it counts as too large to be one line. */
const MAX_NODES = 120;

/**
 * The visible text of `el` when it is short enough to be one line of metadata (at most `max`
 * UTF-16 units, read from at most `MAX_NODES` descendant nodes, skipping `UNREAD_TAGS`), else
 * null. Stops as soon as either bound is passed and never copies more than `max + 1` characters
 * of one text node, so a container of any size costs no more than a short one.
 */
export function shortText(el: Element, max: number): string | null {
  let text = '';
  let visited = 0;
  let crossed = false;
  let parent: Node | null = null;
  let node: Node | null = el.firstChild;
  while (node) {
    if (++visited > MAX_NODES) return null;
    if (node.nodeType === 3) {
      const data = node as CharacterData;
      if (text.length + data.length > max) return null;
      // Two elements' words meet with no space between ("<span>Posted</span><span>May 9"): a
      // page sets them apart with its styles, so the label and the date are read apart too.
      if (
        (crossed || node.parentNode !== parent) &&
        text !== '' &&
        ((WORD_END.test(text.slice(-2)) && WORD_START.test(data.data)) || digitsMeet(text, data.data))
      )
        text += ' ';
      text += data.data;
      crossed = false;
      parent = node.parentNode;
    } else if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() !== 'WBR') crossed = true;
    const skip = node.nodeType !== 1 || UNREAD_TAGS.has((node as Element).tagName.toUpperCase());
    node = nextNode(node, el, skip);
  }
  return text;
}

/**
 * The node after `node` in document order within `root` (null at its end), skipping `node`'s
 * descendants when `skipChildren` is set: a resumable walk that costs one step per node.
 */
export function nextNode(node: Node, root: Node, skipChildren = false): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode)
    if (at.nextSibling) return at.nextSibling;
  return null;
}
