/** The longest a slice of Gloss's work may run before it yields to the page, in milliseconds. */
export const SLICE_MS = 8;

/** Slice lengths kept for the percentile (the latest ones). */
const KEPT_SLICES = 4096;

/**
 * Runs a task in slices of at most `SLICE_MS`. While `urgent` (a page's first scan) the slices
 * follow each other as fast as the page's own tasks let them (a message-channel task, which the
 * browser does not throttle like nested timeouts); otherwise in idle time where the browser
 * offers it (with a timeout so a busy or hidden page still progresses), else after a zero
 * timeout. The task gets a `hasTime` check and returns true when it has nothing left to do.
 * Scheduling again while a run is pending is a no-op. Stops for good when `signal` aborts.
 */
export class SliceRunner {
  private pending = false;
  private readonly slices: number[] = [];
  private channel: MessageChannel | null = null;
  /** The run asked for last (an older request that comes late does nothing). */
  private next: ((deadline?: IdleDeadline) => void) | null = null;
  /** The run the message channel was asked for (a late message runs no idle-time request). */
  private viaMessage: (() => void) | null = null;
  /** The longest slice so far, in milliseconds (for reports and benchmarks). */
  longestSliceMs = 0;
  /** The slices run so far and their time in all, in milliseconds. */
  readonly worked = { slices: 0, ms: 0 };
  /** True to run the slices back to back rather than in idle time. */
  urgent = false;
  /**
   * True (with `urgent`) to run the next slice at the start of the next frame too, if no task
   * ran it before: a page being parsed can hold the main thread for hundreds of milliseconds
   * of layout before a queued task gets its turn, and this slice comes before that layout.
   */
  beforeFrames = false;

  constructor(
    private readonly win: Window,
    private readonly task: (hasTime: () => boolean) => boolean,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.channel?.port1.close());
  }

  /** The 95th percentile of the latest slices' lengths, in milliseconds (0 before any). */
  get sliceP95Ms(): number {
    const sorted = [...this.slices].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
  }

  /**
   * Runs one slice at once, in the caller's task (the first of a scan: what the parser has
   * added so far is read before the browser's next frame), then goes on as `schedule` does.
   */
  runNow(): void {
    if (this.signal.aborted) return;
    try {
      this.run();
    } catch (e) {
      // An error in the slice is the slice's, as in a task of its own: the caller goes on.
      queueMicrotask(() => {
        throw e;
      });
    }
  }

  private run(deadline?: IdleDeadline): void {
    const start = performance.now();
    const budget = Math.min(
      SLICE_MS,
      deadline && !deadline.didTimeout ? Math.max(deadline.timeRemaining(), 2) : SLICE_MS,
    );
    const done = this.task(() => performance.now() - start < budget);
    const length = performance.now() - start;
    this.longestSliceMs = Math.max(this.longestSliceMs, length);
    this.worked.slices++;
    this.worked.ms += length;
    if (this.slices.length >= KEPT_SLICES) this.slices.shift();
    this.slices.push(length);
    if (!done) this.schedule();
  }

  /** Makes sure the task runs soon. */
  schedule(): void {
    if (this.pending || this.signal.aborted) return;
    this.pending = true;
    const go = (deadline?: IdleDeadline) => {
      // Asked for twice (a task and a frame): whichever comes first runs it.
      if (!this.pending || this.next !== go || this.signal.aborted) return;
      this.pending = false;
      this.run(deadline);
    };
    this.next = go;
    if (this.urgent && typeof MessageChannel === 'function') {
      if (!this.channel) {
        this.channel = new MessageChannel();
        this.channel.port1.onmessage = () => this.viaMessage?.();
      }
      this.viaMessage = go;
      this.channel.port2.postMessage(null);
      if (this.beforeFrames) this.win.requestAnimationFrame(() => go());
    } else if (typeof this.win.requestIdleCallback === 'function')
      this.win.requestIdleCallback(go, { timeout: 100 });
    else this.win.setTimeout(go, 0);
  }
}
