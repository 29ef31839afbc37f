import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/** Below this viewport width (CSS px) the card is a bottom sheet as wide as the screen. */
export const SHEET_BELOW = 600;

/**
 * Places the card `panel` for the mention at `anchor`: on wide screens next to the mention's
 * range (Floating UI: below it, flipping and shifting to stay in the viewport, at most 480 px
 * tall, following scrolls and resizes until the returned function is called); below
 * `SHEET_BELOW` px as a bottom sheet (class `sheet`, placed by CSS), scrolling the page when it
 * can so the mention is not hidden under it, else opening at the top of the screen, and again
 * when the sheet grows. Returns the function that stops following.
 */
export function placeCard(anchor: Range, panel: HTMLElement): () => void {
  const win = panel.ownerDocument.defaultView!;
  const narrow = win.innerWidth < SHEET_BELOW;
  panel.classList.toggle('sheet', narrow);
  if (!narrow) return follow(anchor, panel);
  panel.style.transform = '';
  panel.style.maxHeight = '';
  keepAboveSheet(anchor, panel);
  // The sheet grows when a fact title opens to its whole statement: placed again in the next
  // frame (not in the observer's callback, where a change of the sheet's own size would be a
  // resize loop error on the page), so the name stays in sight. Placing again changes nothing
  // when nothing moved, as on the callback that comes with observing.
  let frame = 0;
  const observer = new ResizeObserver(() => {
    win.cancelAnimationFrame(frame);
    frame = win.requestAnimationFrame(() => keepAboveSheet(anchor, panel));
  });
  observer.observe(panel);
  return () => {
    observer.disconnect();
    win.cancelAnimationFrame(frame);
  };
}

/**
 * Scrolls the page so the mention is not hidden under the bottom sheet, when it can scroll that
 * far. Near the end of a page it cannot: the sheet then opens at the top of the screen (class
 * `top`) if the mention is clear of it there, else the page scrolls as far as it goes.
 */
function keepAboveSheet(anchor: Range, panel: HTMLElement): void {
  const doc = panel.ownerDocument;
  const win = doc.defaultView!;
  panel.classList.remove('top');
  const gap = 12;
  const mention = anchor.getBoundingClientRect();
  const covered = mention.bottom + gap - panel.getBoundingClientRect().top;
  if (covered <= 0) return;
  const root = doc.scrollingElement ?? doc.documentElement;
  const room = root.scrollHeight - win.innerHeight - win.scrollY;
  if (covered > room) {
    panel.classList.add('top');
    if (panel.getBoundingClientRect().bottom + gap <= mention.top) return;
    panel.classList.remove('top');
  }
  win.scrollBy({ top: covered, behavior: 'instant' });
}

/** Keeps `panel` next to the range `anchor` until the returned function is called. */
/** The zoom `el` is drawn at, its ancestors' `zoom` included (1 where the browser cannot say). */
function zoomOf(el: HTMLElement): number {
  const zoom = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

function follow(anchor: Range, panel: HTMLElement): () => void {
  const reference = {
    getBoundingClientRect: () => anchor.getBoundingClientRect(),
    getClientRects: () => anchor.getClientRects(),
  };
  return autoUpdate(reference, panel, () => {
    void computePosition(reference, panel, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8, fallbackStrategy: 'bestFit' }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            const height = Math.max(120, Math.min(480, Math.floor(availableHeight / zoomOf(panel))));
            panel.style.maxHeight = `${height}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      // The position is in the viewport's pixels; a zoomed page (`html { zoom: 1.25 }`) scales the
      // card's own pixels, so they are divided by the zoom it is drawn at.
      const zoom = zoomOf(panel);
      if (!panel.classList.contains('sheet'))
        panel.style.transform = `translate(${Math.round(x / zoom)}px, ${Math.round(y / zoom)}px)`;
    });
  });
}
