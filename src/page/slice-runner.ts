/** The longest a slice of Gloss's work may run before it yields to the page, in milliseconds. */
export const SLICE_MS = 8;

/**
 * Runs a task in slices of at most `SLICE_MS`, in idle time where the browser offers it (with a
 * timeout so a busy or hidden page still progresses), else after a zero timeout. The task gets a
 * `hasTime` check and returns true when it has nothing left to do. Scheduling again while a run
 * is pending is a no-op. Stops for good when `signal` aborts.
 */
export class SliceRunner {
  private pending = false;
  /** The longest slice so far, in milliseconds (for reports and benchmarks). */
  longestSliceMs = 0;

  constructor(
    private readonly win: Window,
    private readonly task: (hasTime: () => boolean) => boolean,
    private readonly signal: AbortSignal,
  ) {}

  /** Makes sure the task runs soon. */
  schedule(): void {
    if (this.pending || this.signal.aborted) return;
    this.pending = true;
    const run = (deadline?: IdleDeadline) => {
      this.pending = false;
      if (this.signal.aborted) return;
      const start = performance.now();
      const budget = Math.min(
        SLICE_MS,
        deadline && !deadline.didTimeout ? Math.max(deadline.timeRemaining(), 2) : SLICE_MS,
      );
      const done = this.task(() => performance.now() - start < budget);
      this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - start);
      if (!done) this.schedule();
    };
    if (typeof this.win.requestIdleCallback === 'function')
      this.win.requestIdleCallback(run, { timeout: 100 });
    else this.win.setTimeout(run, 0);
  }
}
