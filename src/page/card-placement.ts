import { autoUpdate, computePosition, flip, offset, platform, shift, size } from '@floating-ui/dom';

/** Below this viewport width (CSS px) the card is a bottom sheet as wide as the screen. */
export const SHEET_BELOW = 600;

/**
 * Places the card `panel` for the mention at `anchor`: on wide screens next to the mention's
 * range (Floating UI: below it, flipping and shifting to stay in the viewport, at most 480 px
 * tall, following scrolls and resizes until the returned function is called); below
 * `SHEET_BELOW` px as a bottom sheet (class `sheet`, placed by CSS), scrolling the page when it
 * can so the mention is not hidden under it, else opening at the top of the screen, and again
 * when the sheet grows. Either way the card lands where it is meant to in the viewport even when
 * its containing block is not the viewport (see `frameOrigin`). Returns the function that stops
 * following.
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
  // A containing block other than the viewport (the root's `transform`) scrolls with the page,
  // the sheet with it: pinned again to the foot of the screen.
  let pinFrame = 0;
  const onScroll = () => {
    win.cancelAnimationFrame(pinFrame);
    pinFrame = win.requestAnimationFrame(() => pinSheet(panel));
  };
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return () => {
    observer.disconnect();
    win.removeEventListener('scroll', onScroll, { capture: true });
    win.cancelAnimationFrame(frame);
    win.cancelAnimationFrame(pinFrame);
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
  sheetAtTop(panel, false);
  const gap = 12;
  const mention = anchor.getBoundingClientRect();
  const covered = mention.bottom + gap - panel.getBoundingClientRect().top;
  if (covered <= 0) return;
  const root = doc.scrollingElement ?? doc.documentElement;
  const room = root.scrollHeight - win.innerHeight - win.scrollY;
  if (covered > room) {
    sheetAtTop(panel, true);
    if (panel.getBoundingClientRect().bottom + gap <= mention.top) return;
    sheetAtTop(panel, false);
  }
  win.scrollBy({ top: covered, behavior: 'instant' });
  pinSheet(panel);
}

function sheetAtTop(panel: HTMLElement, top: boolean): void {
  panel.classList.toggle('top', top);
  pinSheet(panel);
}

/**
 * Keeps the sheet across the foot of the viewport (its head with class `top`), where its CSS
 * puts it when the viewport is its containing block: otherwise (the root's `transform`, say)
 * it is moved there by the difference. The root's `clientHeight` is the viewport's height
 * without its scroll bar, where `bottom: 0` ends.
 */
function pinSheet(panel: HTMLElement): void {
  if (!panel.isConnected || !panel.classList.contains('sheet')) return;
  panel.style.transform = '';
  const box = panel.getBoundingClientRect();
  const dx = -box.left;
  const dy = panel.classList.contains('top')
    ? -box.top
    : panel.ownerDocument.documentElement.clientHeight - box.bottom;
  if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) return;
  const zoom = zoomOf(panel);
  panel.style.transform = `translate(${dx / zoom}px, ${dy / zoom}px)`;
}

/** The zoom `el` is drawn at, its ancestors' `zoom` included (1 where the browser cannot say). */
function zoomOf(el: HTMLElement): number {
  const zoom = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

/**
 * Where the panel's own (0, 0) is in the viewport: the corner of its containing block, measured
 * by drawing it there (`top: 0; left: 0`, no transform). That is the viewport's corner unless
 * the root, or an element the card's host is in, has `transform`, `will-change: transform`,
 * `contain: paint`, `perspective`… and so frames fixed elements: then it is that element's
 * corner, which also moves as the page scrolls.
 */
function frameOrigin(panel: HTMLElement): { x: number; y: number } {
  const kept = panel.style.transform;
  panel.style.transform = 'none';
  const box = panel.getBoundingClientRect();
  panel.style.transform = kept;
  return { x: box.left, y: box.top };
}

/** True while the card's host stands in the browser's top layer (a popover: see `card-layer`). */
function raisedIntoTopLayer(panel: HTMLElement): boolean {
  const host = (panel.getRootNode() as ShadowRoot).host;
  try {
    return !!host?.matches(':popover-open');
  } catch {
    return false;
  }
}

/** Keeps `panel` next to the range `anchor` until the returned function is called. */
function follow(anchor: Range, panel: HTMLElement): () => void {
  const win = panel.ownerDocument.defaultView!;
  const reference = {
    getBoundingClientRect: () => anchor.getBoundingClientRect(),
    getClientRects: () => anchor.getClientRects(),
  };
  // Positions are always asked in the viewport's pixels (Floating UI would otherwise measure from
  // a transformed ancestor it finds, but not from a transformed root): `frameOrigin` turns them
  // into the panel's own.
  const viewportPlatform = { ...platform, getOffsetParent: () => win };
  return autoUpdate(reference, panel, () => {
    // In the top layer no element the host is in clips the card: only the viewport bounds it.
    const bounds = { padding: 8, ...(raisedIntoTopLayer(panel) ? { boundary: [] as Element[] } : {}) };
    void computePosition(reference, panel, {
      strategy: 'fixed',
      placement: 'bottom-start',
      platform: viewportPlatform,
      middleware: [
        offset(6),
        flip({ ...bounds, fallbackStrategy: 'bestFit' }),
        shift(bounds),
        size({
          ...bounds,
          apply({ availableHeight }) {
            const height = Math.max(120, Math.min(480, Math.floor(availableHeight / zoomOf(panel))));
            panel.style.maxHeight = `${height}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      if (panel.classList.contains('sheet') || !panel.isConnected) return;
      // The position is in the viewport's pixels, from the corner of the panel's frame; a zoomed
      // page (`html { zoom: 1.25 }`) scales the card's own pixels, so they are divided by the
      // zoom it is drawn at.
      const zoom = zoomOf(panel);
      const origin = frameOrigin(panel);
      panel.style.transform = `translate(${Math.round((x - origin.x) / zoom)}px, ${Math.round((y - origin.y) / zoom)}px)`;
    });
  });
}
