/**
 * True unless the page hides the text of `node`: `display: none` (a closed menu, a dialog not
 * open), `visibility: hidden`, `content-visibility: hidden` or a closed `<details>`. A style check:
 * asked of one mention at a time (the one a key press lands on, the first of an entity to mark).
 */
export function isTextShown(node: Node): boolean {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  // An element of `display: contents` has no box of its own to be visible: its parent's says.
  while (el && getComputedStyle(el).display === 'contents') el = el.parentElement;
  if (!el) return false;
  if (typeof el.checkVisibility === 'function')
    return el.checkVisibility({
      checkVisibilityCSS: true,
      visibilityProperty: true,
    } as CheckVisibilityOptions);
  return el.getClientRects().length > 0;
}
