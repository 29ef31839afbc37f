/** The class that lets the reader select the card's text (see `keepOutOfPageSelections`). */
const SELECTABLE = 'selectable';

/** `Selection.getComposedRanges`, in its current form (options) or its first (shadow roots). */
type ComposedRanges = (...args: unknown[]) => StaticRange[];

/**
 * Keeps the card out of the page's selections while letting the reader select in it. Its host is
 * `user-select: none` (see `createOwnHost`): Chromium serialises the text of a shadow root inside
 * a selection, so select all and copy would take the card's Mute, ×, facts and Copy with the
 * page's text. A press in the card makes it selectable again (class `selectable`), so a phrase
 * of it can be selected and copied, until the selection reaches outside it (select all, a click
 * elsewhere), checked as the selection changes and again as the page copies, before the browser
 * reads the selection. Returns the function that stops.
 */
export function keepOutOfPageSelections(panel: HTMLElement, shadow: ShadowRoot): () => void {
  const doc = panel.ownerDocument;
  const controller = new AbortController();
  const { signal } = controller;
  const off = () => panel.classList.remove(SELECTABLE);
  const offUnlessInside = () => {
    if (panel.classList.contains(SELECTABLE) && !selectionInside(panel, shadow)) off();
  };
  panel.addEventListener(
    'pointerdown',
    (event) => {
      if (event.button === 0) panel.classList.add(SELECTABLE);
    },
    { signal },
  );
  doc.addEventListener('pointerdown', (event) => event.composedPath().includes(panel) || off(), {
    capture: true,
    signal,
  });
  doc.addEventListener('selectionchange', offUnlessInside, { signal });
  for (const type of ['copy', 'cut', 'dragstart'])
    doc.addEventListener(type, offUnlessInside, { capture: true, signal });
  return () => controller.abort();
}

/**
 * True when the document's selection lies wholly inside `panel` (or there is none). Read through
 * `getComposedRanges` with the card's shadow root, else Chromium's `ShadowRoot.getSelection`;
 * false where neither can tell, so the card stays out.
 */
function selectionInside(panel: HTMLElement, shadow: ShadowRoot): boolean {
  const selection = panel.ownerDocument.getSelection();
  if (!selection?.rangeCount) return true;
  const inside = (r: AbstractRange) => panel.contains(r.startContainer) && panel.contains(r.endContainer);
  const composed = (selection as Selection & { getComposedRanges?: ComposedRanges }).getComposedRanges;
  if (typeof composed === 'function') {
    for (const args of [[{ shadowRoots: [shadow] }], [shadow]]) {
      try {
        const ranges = composed.apply(selection, args);
        if (ranges.length) return ranges.every(inside);
      } catch {}
    }
  }
  const own = (shadow as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  if (own?.rangeCount) return inside(own.getRangeAt(0));
  return false;
}
