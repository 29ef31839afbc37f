import type { ScannedBuffer } from './scanned-buffer';

/** How long the first-on-screen buffer is trusted before it is looked up again, in milliseconds. */
const VISIBLE_FOR_MS = 500;

/**
 * The first buffer of a page's scan that is on screen, as last looked up, so that what the reader
 * sees is matched first. The look-up reads layout, so it runs in an animation frame (where the
 * browser lays the page out anyway), at most every `VISIBLE_FOR_MS`, and never while the page is
 * being parsed (the top is what shows then).
 */
export class OnScreenBuffer {
  private visible = { index: 0, at: Number.NEGATIVE_INFINITY };

  constructor(
    private readonly doc: Document,
    private readonly entries: () => readonly ScannedBuffer[],
    private readonly signal: AbortSignal,
  ) {}

  /** The index found by the last look-up (0 before any). */
  get index(): number {
    return this.visible.index;
  }

  /**
   * Calls `moved` with the new index after the reader scrolls (the page or any element in it),
   * at most once an animation frame and only when the first buffer on screen changed.
   */
  follow(moved: (index: number) => void): void {
    const win = this.doc.defaultView;
    if (!win) return;
    let asked = false;
    const look = () => {
      asked = false;
      if (this.signal.aborted) return;
      const index = firstOnScreen(this.entries());
      const changed = index !== this.visible.index;
      this.visible = { index, at: performance.now() };
      if (changed) moved(index);
    };
    const onScroll = () => {
      if (asked) return;
      asked = true;
      win.requestAnimationFrame(look);
    };
    this.doc.addEventListener('scroll', onScroll, { capture: true, passive: true, signal: this.signal });
  }

  /** The last index found; asks for a new look-up when that one is old. */
  lookUp(): number {
    const win = this.doc.defaultView;
    const now = performance.now();
    if (win && this.doc.readyState !== 'loading' && now - this.visible.at > VISIBLE_FOR_MS) {
      this.visible.at = Number.POSITIVE_INFINITY; // one look-up at a time
      win.requestAnimationFrame(() => {
        if (!this.signal.aborted)
          this.visible = { index: firstOnScreen(this.entries()), at: performance.now() };
      });
    }
    return this.visible.index;
  }
}

/**
 * Index of the first buffer whose block reaches into the viewport (or below it), by binary search;
 * the last buffer when all are above it.
 */
export function firstOnScreen(entries: readonly ScannedBuffer[]): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const el = entries[mid]!.buffer.nodes[0]!.parentElement;
    if (el && el.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  // Every buffer above the viewport (a footer without text on screen): the last one is nearest.
  return Math.min(lo, Math.max(0, entries.length - 1));
}
