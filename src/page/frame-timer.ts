/**
 * A repaint of the highlights makes the browser paint the page again, which on a huge page takes
 * hundreds of milliseconds a frame (a list of 200,000 items: about 270 ms of pre-paint and paint).
 * While a scan is under way, repaints are kept at least this many frame times apart, so the
 * browser's painting takes no more than about a fifth of the time.
 */
const FRAMES_PER_PAINT = 5;

/**
 * Times the frame after each repaint that changed the highlights (between two animation frames)
 * to space the next one. A frame counts only for the state of the document it was measured in:
 * while the document is parsed, a frame also lays out what the parser added (hundreds of
 * milliseconds on a huge page), which says nothing of the frames once it is parsed.
 */
export class FrameTimer {
  private frameMs = 0;
  private measuredIn: DocumentReadyState | undefined;
  private timing = false;

  /**
   * The least time from one repaint to the next during a scan, with the document in `state`:
   * `least`, or more on a page whose frames are slow in that state.
   */
  paintGap(least: number, state?: DocumentReadyState): number {
    return state === this.measuredIn ? Math.max(least, FRAMES_PER_PAINT * this.frameMs) : least;
  }

  /** Measures the frame that shows what was just painted (discarded if the document's state changes meanwhile). */
  afterPaint(win: Window | null): void {
    if (!win || this.timing) return;
    const state = () => win.document?.readyState;
    const before = state();
    this.timing = true;
    win.requestAnimationFrame((first) =>
      win.requestAnimationFrame((second) => {
        this.timing = false;
        if (state() !== before) return;
        this.frameMs = second - first;
        this.measuredIn = before;
      }),
    );
  }
}
