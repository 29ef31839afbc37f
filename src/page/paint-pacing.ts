import { FrameTimer } from './frame-timer';

/** Repaint at most this often while a scan is under way, in milliseconds. */
const PAINT_EVERY_MS = 150;
/** Buffers a first scan walks in its opening (about the first few screens of a page). */
const OPENING_BUFFERS = 100;

/**
 * When a scan repaints the highlights: at most every `PAINT_EVERY_MS`, further apart on a page
 * whose frames are slow (`FrameTimer`), except in its opening. Until something is highlighted,
 * and while the scan holds fewer than `OPENING_BUFFERS` buffers, the mentions resolved are painted
 * at once: the reader sees the first ones as soon as they are known, and a page that marks
 * nothing near its top (or mutes all it finds) soon goes back to the spacing.
 */
export class PaintPacing {
  private readonly frames = new FrameTimer();
  private last = Number.NEGATIVE_INFINITY;
  private resolvedAtPaint = 0;
  /** When something was first highlighted (`performance.now()`), or null. */
  firstHighlightAt: number | null = null;

  /** True in the opening of a scan that holds `buffers` buffers (see the class comment). */
  opening(buffers: number): boolean {
    return this.firstHighlightAt === null && buffers < OPENING_BUFFERS;
  }

  /** True when a repaint is due at `now`, with the document in `state`. */
  due(now: number, state: DocumentReadyState): boolean {
    return now - this.last > this.frames.paintGap(PAINT_EVERY_MS, state);
  }

  /** True when the opening has mentions resolved since the last paint (`resolved` in all). */
  firstDue(buffers: number, resolved: number): boolean {
    return this.opening(buffers) && resolved > this.resolvedAtPaint;
  }

  /**
   * A paint begun at `at` ended with `resolved` mentions resolved in all; `changed` when it
   * changed the highlights (only such a paint's frame tells what a repaint costs), `marked` when
   * something is highlighted.
   */
  painted(at: number, resolved: number, changed: boolean, marked: boolean, win: Window | null): void {
    this.last = at;
    this.resolvedAtPaint = resolved;
    if (changed) this.frames.afterPaint(win);
    if (marked) this.firstHighlightAt ??= performance.now();
  }

  /** A scan from scratch (an SPA navigation): counts of resolved mentions start again. */
  restart(): void {
    this.resolvedAtPaint = 0;
  }
}
