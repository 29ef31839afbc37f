/** How long a pointer must be still before it counts as stopped, in milliseconds. */
const SETTLE_MS = 80;

/**
 * Where the reader's mouse or pen is and how fast it moves (px/ms), from its moves: `look` runs
 * once an animation frame while it moves, and again once it has been still a moment (a pointer
 * that stops sends no more events), with the speed then 0.
 */
export class PointerPace {
  x = 0;
  y = 0;
  speed = 0;
  private t = 0;
  private frame = 0;
  private settleTimer = 0;

  constructor(private readonly look: () => void) {}

  /** Takes one move of the pointer. */
  moved(event: PointerEvent): void {
    const dt = Math.max(event.timeStamp - this.t, 1);
    this.speed = Math.hypot(event.clientX - this.x, event.clientY - this.y) / dt;
    this.x = event.clientX;
    this.y = event.clientY;
    this.t = event.timeStamp;
    clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => {
      this.speed = 0;
      this.look();
    }, SETTLE_MS);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.look();
    });
  }

  /** Forgets a look still to come once the pointer settles. */
  stop(): void {
    clearTimeout(this.settleTimer);
  }
}
