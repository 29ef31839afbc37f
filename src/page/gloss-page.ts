import type { Matcher } from '../core/match/matcher';
import type { PageReport } from '../messaging/page-protocol';
import { articleDateTaskOf } from './article-date-task';
import { TextCollector } from './collect-text';
import type { HighlightPainter } from './highlight-painter';
import { LiveScan } from './live-scan';
import { OnScreenBuffer } from './on-screen-buffer';
import { ALLOW_ALL, type PageMentions } from './page-resolution';
import { PaintPacing } from './paint-pacing';
import { rootOnScreen } from './root-on-screen';
import { ShadowRoots } from './shadow-roots';
import { SLICE_MS, SliceRunner } from './slice-runner';
import { watchMutations } from './watch-mutations';

/** Most mentions kept on one page (a window of them is painted); the rest are still counted. */
export const MAX_FOUND = 200_000;
/** How many nodes the walk visits between checks of the slice's time (fewer in a scan's opening). */
const WALK_STEP = 400;
const FIRST_WALK_STEP = 100;
/** Past this many queued roots, the whole document is walked again instead. */
const MAX_ROOTS = 500;
/** The part of a slice kept for painting when a paint is due, in milliseconds. */
const PAINT_RESERVE_MS = 3;

/**
 * Gloss on one live document: collects its text root by root in idle-time slices (visible text
 * matched first), keeps it current as the page changes (mutations, later shadow roots, SPA
 * navigations), and repaints the highlights after each batch. `onPainted` gets every result.
 */
export class GlossPage {
  private readonly live: LiveScan;
  private readonly queue = new Set<Node>();
  private readonly shadows: ShadowRoots;
  private readonly runner: SliceRunner;
  /** The root being walked; `fed` counts its buffers already in the scan (first scans only). */
  private collecting: { root: Node; collector: TextCollector; fed: number | null } | null = null;
  /** A replacement or pruning of the scan in progress; nothing else touches the scan meanwhile. */
  private steps: Iterator<void> | null = null;
  private afterSteps: (() => void) | null = null;
  /** A root on screen to collect before the rest (a page opened scrolled down). */
  private priority: Node | null = null;
  private readonly visible: OnScreenBuffer;
  private dirty = false;
  private readonly pacing = new PaintPacing();
  private latest: PageMentions = { found: [], counts: new Map(), total: 0 };
  private readonly startedAt = performance.now();
  private firstCompleteAt: number | null = null;

  constructor(
    private readonly doc: Document,
    matcher: Matcher,
    private readonly painter: HighlightPainter,
    private readonly onPainted: (mentions: PageMentions) => void,
    signal: AbortSignal,
    private readonly allow: (entityId: string) => boolean = ALLOW_ALL,
  ) {
    this.live = new LiveScan(matcher);
    this.visible = new OnScreenBuffer(doc, () => this.live.buffers, signal);
    // The painted window follows the reader: a scroll far enough repaints around the screen.
    this.visible.follow((index) => this.painter.moves(this.latest.found, index) && this.runner.schedule());
    this.runner = new SliceRunner(doc.defaultView!, (hasTime) => this.work(hasTime), signal);
    this.shadows = new ShadowRoots(
      doc,
      (roots) => {
        for (const root of roots) this.queue.add(root);
      },
      (roots) => this.enqueue(roots),
      signal,
    );
    const watch = () => watchMutations(doc, (roots) => this.enqueue(roots), signal);
    // Started while the page loads: the walk under way and one more walk once the document is
    // parsed cover what the parser adds, so changes are watched only from then on (reading the
    // parser's every insertion as a mutation would only slow it down).
    if (doc.readyState !== 'loading') watch();
    else {
      const parsed = () => {
        watch();
        this.enqueue([doc.body ?? doc.documentElement]);
      };
      doc.addEventListener('DOMContentLoaded', parsed, { once: true, signal });
    }
  }

  /** What the page holds now, for the popup and for tests. */
  report(): PageReport {
    return {
      url: this.doc.location.href,
      paused: false,
      complete: this.firstCompleteAt !== null,
      total: this.latest.total,
      painted: this.painter.marked.length,
      counts: Object.fromEntries(this.latest.counts),
      scanMs: this.firstCompleteAt === null ? null : this.firstCompleteAt - this.startedAt,
      longestSliceMs: this.runner.longestSliceMs,
      sliceP95Ms: this.runner.sliceP95Ms,
      firstHighlightAt: this.pacing.firstHighlightAt,
      completeAt: this.firstCompleteAt,
      ...articleDateTaskOf(this.doc).reported,
    };
  }

  /** Open shadow roots whose text is scanned (for hit-testing inside them). */
  get scannedShadowRoots(): ShadowRoot[] {
    return this.shadows.all;
  }

  /** Scans the whole document from scratch (first run, and after an SPA navigation). */
  rescanAll(): void {
    this.live.clear();
    this.collecting = null;
    this.steps = null;
    this.afterSteps = null;
    this.queue.clear();
    this.runner.urgent = true;
    this.runner.beforeFrames = true; // a scan's opening (see `work`)
    this.pacing.restart();
    this.priority = rootOnScreen(this.doc);
    this.enqueue([this.doc.body ?? this.doc.documentElement]);
    for (const shadow of this.shadows.all) this.queue.add(shadow);
    this.runner.runNow();
  }

  private enqueue(roots: Iterable<Node>): void {
    for (const root of roots) this.queue.add(root);
    // Past many roots, one walk of the whole document (unchanged text kept) beats one per root.
    if (this.queue.size > MAX_ROOTS) {
      const whole = this.doc.body ?? this.doc.documentElement;
      const shadows = [...this.queue].filter((root) => root instanceof ShadowRoot);
      this.queue.clear();
      this.queue.add(whole);
      for (const shadow of shadows) this.queue.add(shadow);
    }
    this.dirty = true;
    this.runner.schedule();
  }

  /** One slice: prune, walk, match, and repaint when a batch is complete. True when idle. */
  private work(hasTime: () => boolean): boolean {
    const start = performance.now();
    const paintDue = this.pacing.due(start, this.doc.readyState);
    const opening = this.pacing.opening(this.live.size);
    const workTime = paintDue
      ? () => hasTime() && performance.now() - start < SLICE_MS - PAINT_RESERVE_MS
      : hasTime;
    // Walking (not a replacement: nothing is matched until it is done) leaves half the slice to
    // matching, so text shows as it is walked; in a scan's opening, it waits for matching.
    const walkTime = () =>
      workTime() &&
      (this.steps !== null ||
        this.live.pending === 0 ||
        (!opening && performance.now() - start < (SLICE_MS - PAINT_RESERVE_MS) / 2));
    while (walkTime()) {
      if (this.steps) {
        if (this.steps.next().done) {
          this.steps = null;
          this.afterSteps?.();
          this.afterSteps = null;
        }
        continue;
      }
      if (this.dirty) {
        this.dirty = false;
        this.steps = this.live.pruneSteps();
        continue;
      }
      if (!this.collecting && !this.startNextRoot()) break;
      const walk = this.collecting!;
      const { root, collector } = walk;
      if (!collector.step(opening ? FIRST_WALK_STEP : WALK_STEP)) {
        if (walk.fed !== null && collector.buffers.length > walk.fed) {
          this.live.append(collector.buffers.slice(walk.fed));
          walk.fed = collector.buffers.length;
        }
        continue;
      }
      this.steps = this.live.replaceSteps(root, collector.buffers);
      this.afterSteps = () => this.shadows.adopt(collector.shadowRoots, collector.customElements);
      this.collecting = null;
    }
    if (this.steps) return false;
    // What the last slice matched is resolved first, then more is matched and resolved: each
    // buffer is resolved once, in order, so the cost of a result does not grow with the page.
    this.live.resolvePending(MAX_FOUND, this.allow, workTime);
    const matched = this.live.matchPending(workTime, this.visible.lookUp());
    const resolved = this.live.resolvePending(MAX_FOUND, this.allow, workTime);
    const idle =
      matched && resolved && !this.collecting && !this.priority && this.queue.size === 0 && !this.dirty;
    if (idle || paintDue || this.pacing.firstDue(this.live.size, this.live.resolvedCount)) this.paint();
    // In the opening, a slice also runs at the start of each frame, before the browser's layout.
    this.runner.beforeFrames = !idle && this.pacing.opening(this.live.size);
    // Not complete before the document is parsed: the walk at DOMContentLoaded is still to come.
    if (idle && this.doc.readyState === 'loading') return true;
    if (idle) this.runner.urgent = false;
    if (idle && this.firstCompleteAt === null) {
      this.firstCompleteAt = performance.now();
      // The article's date is read once per document, in idle time after the first full scan.
      articleDateTaskOf(this.doc).schedule();
    }
    return idle;
  }

  private startNextRoot(): boolean {
    const onScreen = this.priority;
    this.priority = null;
    if (onScreen?.isConnected) {
      this.collecting = { root: onScreen, collector: this.collectorOf(onScreen), fed: null };
      return true;
    }
    for (const root of this.queue) {
      this.queue.delete(root);
      if (!root.isConnected || this.insideQueued(root)) continue;
      // Into an empty scan, buffers go in as walked: matched and painted before the walk ends.
      this.collecting = { root, collector: this.collectorOf(root), fed: this.live.size === 0 ? 0 : null };
      return true;
    }
    return false;
  }

  /** A walk of `root`, reading no styles while the page is parsed; an empty scan has nothing to give back. */
  private collectorOf(root: Node): TextCollector {
    const known = this.live.size ? (first: Text) => this.live.knownBuffer(first) : undefined;
    return new TextCollector(root, this.doc.readyState !== 'loading', known);
  }

  /** True when an ancestor of `root` (within its tree) is queued too: that walk covers it. */
  private insideQueued(root: Node): boolean {
    for (let node = root.parentNode; node; node = node.parentNode) if (this.queue.has(node)) return true;
    return false;
  }

  private paint(): void {
    const now = performance.now();
    // What was matched since the last slice's resolving is resolved now, within the paint's reserve.
    const until = now + PAINT_RESERVE_MS;
    const hasTime = () => performance.now() < until;
    this.latest = this.live.mentions(MAX_FOUND, this.allow, hasTime, this.visible.index);
    const changed = this.painter.paint(this.latest.found, this.visible.index);
    this.pacing.painted(
      now,
      this.live.resolvedCount,
      changed,
      this.painter.marked.length > 0,
      this.doc.defaultView,
    );
    this.onPainted(this.latest);
  }
}
