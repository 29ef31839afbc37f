/**
 * A repaint of the highlights makes the browser paint the page again, which on a huge page takes
 * hundreds of milliseconds a frame (a list of 200,000 items: about 270 ms of pre-paint and paint).
 * While a scan is under way, repaints are kept at least this many frame times apart, so the
 * browser's painting takes no more than about a fifth of the time.
 */
const FRAMES_PER_PAINT = 5;

/** Times the frame after each repaint (between two animation frames) to space the next one. */
export class FrameTimer {
  private frameMs = 0;
  private timing = false;

  /** The least time from one repaint to the next during a scan: `least`, or more on a slow page. */
  paintGap(least: number): number {
    return Math.max(least, FRAMES_PER_PAINT * this.frameMs);
  }

  /** Measures the frame that shows what was just painted. */
  afterPaint(win: Window | null): void {
    if (!win || this.timing) return;
    this.timing = true;
    win.requestAnimationFrame((first) =>
      win.requestAnimationFrame((second) => {
        this.timing = false;
        this.frameMs = second - first;
      }),
    );
  }
}
