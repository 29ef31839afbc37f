import type { Matcher } from '../core/match/matcher';
import type { PageReport } from '../messaging/page-protocol';
import { articleDateTaskOf } from './article-date-task';
import type { HighlightPainter } from './highlight-painter';
import { LiveScan } from './live-scan';
import { OnScreenBuffer } from './on-screen-buffer';
import { ALLOW_ALL, noMentions, type PageMentions } from './page-resolution';
import { PaintPacing } from './paint-pacing';
import { ParserWait } from './parser-wait';
import { rootOnScreen } from './root-on-screen';
import { RootWalks } from './root-walks';
import { ShadowRoots } from './shadow-roots';
import { SLICE_MS, SliceRunner } from './slice-runner';
import { watchMutations } from './watch-mutations';

/** Most mentions kept on one page (a window of them is painted); the rest are still counted. */
export const MAX_FOUND = 200_000;
/** How many nodes the walk visits between checks of the slice's time (fewer in a scan's opening). */
const WALK_STEP = 400;
const FIRST_WALK_STEP = 100;
/** The part of a slice kept for painting when a paint is due, in milliseconds. */
const PAINT_RESERVE_MS = 3;
/** The ranges a paint in a scan's opening makes whatever the time (see `paint`). */
const OPENING_RANGES = 300;

/**
 * Gloss on one live document: collects its text root by root in idle-time slices (visible text
 * matched first), keeps it current as the page changes (mutations, later shadow roots, SPA
 * navigations), and repaints the highlights after each batch. `onPainted` gets every result.
 */
export class GlossPage {
  private readonly live: LiveScan;
  private readonly shadows: ShadowRoots;
  private readonly runner: SliceRunner;
  private readonly walks: RootWalks;
  /** A replacement or pruning of the scan in progress; nothing else touches the scan meanwhile. */
  private steps: Iterator<void> | null = null;
  private afterSteps: (() => void) | null = null;
  private readonly visible: OnScreenBuffer;
  private dirty = false;
  private readonly pacing = new PaintPacing();
  private latest = noMentions();
  /** Mentions resolved in all when `latest` was taken. */
  private latestResolved = 0;
  private readonly startedAt = performance.now();
  private firstCompleteAt: number | null = null;
  private readonly parserWait: ParserWait;
  private whileParsed: PageReport['whileParsed'] = null;

  constructor(
    private readonly doc: Document,
    matcher: Matcher,
    private readonly painter: HighlightPainter,
    private readonly onPainted: (mentions: PageMentions) => void,
    signal: AbortSignal,
    private readonly allow: (entityId: string) => boolean = ALLOW_ALL,
  ) {
    this.live = new LiveScan(matcher);
    this.walks = new RootWalks(doc, this.live);
    this.visible = new OnScreenBuffer(doc, () => this.live.buffers, signal);
    // The painted window follows the reader: a scroll far enough repaints around the screen.
    this.visible.follow((index) => this.painter.moves(this.latest.found, index) && this.runner.schedule());
    this.runner = new SliceRunner(doc.defaultView!, (hasTime) => this.work(hasTime), signal);
    this.parserWait = new ParserWait(doc.defaultView, () => this.runner.schedule());
    this.shadows = new ShadowRoots(
      doc,
      (roots) => this.walks.add(roots),
      (roots) => this.enqueue(roots),
      signal,
    );
    const watch = () => watchMutations(doc, (roots) => this.enqueue(roots), signal);
    // Started while the page loads: the walk under way (it follows the parser) and one more walk
    // once the document is parsed cover what the parser adds, so changes are watched only from
    // then on (reading its every insertion as a mutation would slow it down); the first walk is
    // then begun again, reading styles.
    if (doc.readyState !== 'loading') watch();
    else {
      const parsed = () => {
        this.whileParsed = { ...this.runner.worked, resolved: this.live.resolvedCount };
        watch();
        this.enqueue(this.walks.restart() ? [] : [doc.body ?? doc.documentElement]);
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
      whileParsed: this.whileParsed,
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
    this.walks.clear();
    this.steps = null;
    this.afterSteps = null;
    this.runner.urgent = true;
    this.pacing.restart();
    this.painter.abandon();
    this.latest = noMentions();
    this.latestResolved = 0;
    this.walks.first(rootOnScreen(this.doc));
    this.enqueue([this.doc.body ?? this.doc.documentElement]);
    this.walks.add(this.shadows.all);
    this.runner.runNow();
  }

  private enqueue(roots: Iterable<Node>): void {
    this.walks.add(roots);
    this.dirty = true;
    this.runner.schedule();
  }

  /** One slice: prune, walk, match, and repaint when a batch is complete. True when idle. */
  private work(hasTime: () => boolean): boolean {
    const start = performance.now();
    const paintDue = this.pacing.due(start, this.doc.readyState);
    const opening = this.pacing.opening(this.live.size);
    this.runner.beforeFrames = opening; // in the opening, a slice also runs as each frame begins
    const workTime =
      paintDue || this.painter.behind
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
      if (!this.walks.current && !this.walks.startNext()) break;
      const walk = this.walks.current!;
      const { root, collector } = walk;
      if (!collector.step(opening ? FIRST_WALK_STEP : WALK_STEP)) {
        this.walks.feed();
        if (collector.caughtUp) {
          // Caught up with the parser: the shadow roots it met are walked while it waits.
          this.shadows.adopt(collector.shadowRoots.splice(0), collector.customElements.splice(0));
          if (!this.walks.park()) break;
        }
        continue;
      }
      this.steps = this.live.replaceSteps(root, collector.buffers);
      this.afterSteps = () => this.shadows.adopt(collector.shadowRoots, collector.customElements);
      this.walks.current = null;
    }
    if (this.steps) return false;
    // What the last slice matched is resolved first, then more is matched and resolved: each
    // buffer is resolved once, in order, so the cost of a result does not grow with the page.
    this.live.resolvePending(MAX_FOUND, this.allow, workTime);
    const matched = this.live.matchPending(workTime, this.visible.lookUp());
    const resolved = this.live.resolvePending(MAX_FOUND, this.allow, workTime);
    const walking = this.walks.waiting && !this.walks.caughtUp; // caught up: all found so far
    const found = matched && resolved && !walking && !this.dirty;
    const parsing = this.doc.readyState === 'loading';
    // A paint that ran out of time goes on with the same mentions (repainting once, when done)
    // while the scan goes on; once it has found all, each paint takes the mentions as they are
    // (the ranges made so far stay made), so the one that completes the window ends the scan:
    // the scan is complete only after a paint of all it found, begun in this slice and whole.
    if (this.painter.behind && !found) this.paint(start, false, opening);
    else if (
      (found && (!parsing || this.painter.partial)) ||
      paintDue ||
      this.pacing.firstDue(this.live.size, this.live.resolvedCount)
    )
      this.paint(start, true, opening);
    const idle = found && !this.painter.behind && !this.painter.partial;
    // Not complete before the document is parsed (the walk at DOMContentLoaded is to come); till
    // then a slice comes now and then, for what the parser adds and for a paint that is due (a
    // scan that has found all so far paints only then, or to finish a partial paint).
    if (idle && parsing) {
      this.parserWait.ask(this.walks.walked);
      return true;
    }
    if (idle) this.runner.urgent = false;
    if (idle && this.firstCompleteAt === null) this.firstCompleteAt = performance.now();
    // The article's date is read in idle time after a full scan, again once the address changed.
    if (idle) articleDateTaskOf(this.doc).schedule();
    return idle;
  }

  /**
   * Repaints in the slice begun at `sliceStart`, with the mentions resolved now when `fresh`, else
   * with those of the last paint; its new ranges are made in what is left of the slice (the paint's
   * reserve at least), and a paint out of time goes on in the next slice. In the scan's `opening`
   * it makes `OPENING_RANGES` at least, whatever the time, and paints those it made at once (the
   * first highlights, whole on an ordinary page): while the page is parsed, the next slice may
   * come only after hundreds of milliseconds of the parser's work.
   */
  private paint(sliceStart: number, fresh: boolean, opening: boolean): void {
    const now = performance.now();
    const until = now + PAINT_RESERVE_MS;
    if (fresh) {
      // What was matched since the last slice's resolving is resolved now, within the paint's reserve.
      this.latest = this.live.mentions(
        MAX_FOUND,
        this.allow,
        () => performance.now() < until,
        this.visible.index,
      );
      this.latestResolved = this.live.resolvedCount;
    }
    const paintUntil = Math.max(until, sliceStart + SLICE_MS);
    const hasTime = () => performance.now() < paintUntil;
    const least = opening ? OPENING_RANGES : 0;
    const changed = this.painter.paint(this.latest.found, this.visible.index, hasTime, least);
    // Out of time: nothing is repainted yet, and the reader's counts wait with the highlights.
    if (this.painter.behind || (!fresh && !changed)) return;
    const marked = this.painter.marked.length > 0;
    this.pacing.painted(now, this.latestResolved, changed, marked, this.doc.defaultView);
    this.onPainted(this.latest);
  }
}
