import { shadowOf } from './shadow-of';

/**
 * Where the card's host goes, so the card stands above what holds its mention. The browser's top
 * layer (a modal `<dialog>`, an open popover, a full-screen element) is drawn above the whole
 * page, and while a modal dialog is open everything outside it is inert, whatever its z-index:
 * a host appended to `<html>` would open under the dialog's backdrop, behind the popover, or not
 * be drawn at all in full screen, and could not take focus. So a mention inside such an element
 * gets its card inside that element, itself shown as a manual popover: in the top layer above
 * it, free of its transform and clipping, and a descendant of the dialog (not inert).
 */

/** The states that put an element in the top layer (each asked alone: an older browser may lack one). */
const TOP_LAYER_STATES = [':modal', ':popover-open', ':fullscreen'];

/** True while `el` stands in the top layer: a modal dialog, an open popover, in full screen. */
export function inTopLayer(el: Element): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (root.fullscreenElement === el) return true;
  return TOP_LAYER_STATES.some((state) => {
    try {
      return el.matches(state);
    } catch {
      return false;
    }
  });
}

/** Where a card's host is mounted: `parent` to append it to, and the top-layer element or null. */
export interface CardLayer {
  parent: Node;
  layer: Element | null;
}

/**
 * The place for the card of the mention starting in `node`: inside the innermost top-layer
 * element that holds it (looked up through the flat tree: a slot, a shadow root's host),
 * in that element's shadow root where it has one (a light child it does not slot is not drawn);
 * else the document's root element, as for any page. The innermost is the one opened last in
 * the usual case (a popover opened from a dialog), which the browser draws above the others.
 */
export function cardLayerFor(node: Node, doc: Document): CardLayer {
  for (let el = flatParent(node); el; el = flatParent(el)) {
    if (el === doc.documentElement) break;
    if (inTopLayer(el)) return { parent: shadowOf(el) ?? el, layer: el };
  }
  return { parent: doc.documentElement, layer: null };
}

/** Shows `host` (connected, inside `layer`) in the top layer as a manual popover; false if it cannot. */
export function raiseIntoTopLayer(host: HTMLElement): boolean {
  try {
    host.setAttribute('popover', 'manual');
    host.showPopover();
    return true;
  } catch {
    host.removeAttribute('popover');
    return false;
  }
}

/**
 * Calls `gone` once `layer` leaves the top layer (the dialog closes, the popover hides, full
 * screen ends), until the returned function is called: the card of a name no longer shown goes.
 */
export function watchLayer(layer: Element, gone: () => void): () => void {
  const doc = layer.ownerDocument;
  const check = () => {
    if (!layer.isConnected || !inTopLayer(layer)) gone();
  };
  layer.addEventListener('close', check);
  layer.addEventListener('toggle', check);
  doc.addEventListener('fullscreenchange', check);
  return () => {
    layer.removeEventListener('close', check);
    layer.removeEventListener('toggle', check);
    doc.removeEventListener('fullscreenchange', check);
  };
}

/** The element `node` is drawn in: its slot when slotted, its parent, or its shadow root's host. */
function flatParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  // Node types, not instanceof: in Firefox a content script sees page nodes through wrappers.
  return parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : null;
}
