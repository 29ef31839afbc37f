/** The first wait of a walk that has caught up with the parser, and the longest, in milliseconds. */
export const FIRST_WAIT_MS = 50;
export const LONGEST_WAIT_MS = 800;

/**
 * Wakes a walk that has caught up with the parser (a document still being parsed) to look for
 * what was added since: soon at first, then, while each look finds nothing new (a page whose
 * response stalls or never ends), twice as long each time up to `LONGEST_WAIT_MS`.
 */
export class ParserWait {
  private pending = false;
  private waitMs = FIRST_WAIT_MS;
  private seen = -1;

  constructor(
    private readonly win: Window | null,
    private readonly wake: () => void,
  ) {}

  /** Asks for one wake-up (a no-op while one is pending); `walked` counts the nodes walked so far. */
  ask(walked: number): void {
    if (this.pending || !this.win) return;
    this.waitMs = walked === this.seen ? Math.min(this.waitMs * 2, LONGEST_WAIT_MS) : FIRST_WAIT_MS;
    this.seen = walked;
    this.pending = true;
    this.win.setTimeout(() => {
      this.pending = false;
      this.wake();
    }, this.waitMs);
  }
}
