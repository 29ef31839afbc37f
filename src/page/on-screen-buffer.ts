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
  /**
   * How many buffers there were when the last look-up found them all above the screen (a page
   * opened scrolled down, whose walk has not reached the screen yet), else -1: a look-up is then
   * asked for again as soon as there are more.
   */
  private allAboveOf = -1;
  /** What `follow` was given: told of every change a look-up finds, whoever asked for it. */
  private moved: ((index: number) => void) | null = null;

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
    this.moved = moved;
    let asked = false;
    const look = () => {
      asked = false;
      if (!this.signal.aborted) this.lookNow();
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
    const grown = this.allAboveOf >= 0 && this.entries().length > this.allAboveOf;
    if (win && this.doc.readyState !== 'loading' && (now - this.visible.at > VISIBLE_FOR_MS || grown)) {
      this.allAboveOf = -1;
      this.visible.at = Number.POSITIVE_INFINITY; // one look-up at a time
      // A page opened scrolled down (a reload restoring the reader's place, an address with a
      // fragment) shows another part than the top: what the look-up finds is followed at once,
      // not only at the next scroll, and even when the scan has ended meanwhile.
      win.requestAnimationFrame(() => {
        if (!this.signal.aborted) this.lookNow();
      });
    }
    return this.visible.index;
  }

  /** Looks up the first buffer on screen now, and tells `follow`'s callback when it changed. */
  private lookNow(): void {
    const entries = this.entries();
    const index = firstOnScreen(entries);
    const last = entries[entries.length - 1]?.buffer.nodes[0]?.parentElement;
    this.allAboveOf = last && last.getBoundingClientRect().bottom < 0 ? entries.length : -1;
    const changed = index !== this.visible.index;
    this.visible = { index, at: performance.now() };
    if (changed) this.moved?.(index);
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
