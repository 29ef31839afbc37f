import { TextCollector } from './collect-text';
import type { LiveScan } from './live-scan';

/** Past this many queued roots, the whole document is walked again instead. */
const MAX_ROOTS = 500;

/**
 * A walk of one root. `fed` (a walk into a scan of nothing else): its first `fed` buffers are the
 * scan's first ones, and the scan gets the next ones as they are walked; null for other walks.
 */
export interface RootWalk {
  root: Node;
  collector: TextCollector;
  fed: number | null;
}

/**
 * The roots of a page waiting to be walked (changed subtrees, shadow roots, the whole document)
 * and the walk under way. A root on screen can be put first (a page opened scrolled down); a
 * root inside another queued one is covered by that walk; past `MAX_ROOTS`, one walk of the
 * whole document (unchanged text kept) beats one per root.
 */
export class RootWalks {
  private readonly queue = new Set<Node>();
  private priority: Node | null = null;
  /** The walk under way, or null. */
  current: RootWalk | null = null;

  constructor(
    private readonly doc: Document,
    private readonly live: LiveScan,
  ) {}

  /** True while a walk is under way or a root waits for one. */
  get waiting(): boolean {
    return this.current !== null || this.priority !== null || this.queue.size > 0;
  }

  /** Forgets every walk (a scan from scratch). */
  clear(): void {
    this.queue.clear();
    this.priority = null;
    this.current = null;
  }

  /** Walks `root` before any other (the root on screen), if not null. */
  first(root: Node | null): void {
    this.priority = root;
  }

  /** Queues `roots` to be walked. */
  add(roots: Iterable<Node>): void {
    for (const root of roots) this.queue.add(root);
    if (this.queue.size <= MAX_ROOTS) return;
    const whole = this.doc.body ?? this.doc.documentElement;
    const shadows = [...this.queue].filter((root) => root instanceof ShadowRoot);
    this.queue.clear();
    this.queue.add(whole);
    for (const shadow of shadows) this.queue.add(shadow);
  }

  /**
   * Begins again, reading styles, a walk under way that feeds the scan (the first walk of a page
   * still being parsed, at `DOMContentLoaded`): it walks again what it walked, which it finds
   * unchanged at little cost, and goes on feeding the scan past it. False when there is none.
   */
  restart(): boolean {
    const walk = this.current;
    if (walk?.fed == null) return false;
    this.current = { root: walk.root, collector: this.collectorOf(walk.root), fed: 0 };
    return true;
  }

  /**
   * Gives the scan the buffers the walk under way found since the last call, if it feeds the
   * scan: a walk begun again first repeats the scan's buffers; where it finds one changed, it
   * feeds no more (the scan is replaced when the walk ends).
   */
  feed(): void {
    const walk = this.current;
    if (walk?.fed == null) return;
    const buffers = walk.collector.buffers;
    const known = this.live.buffers;
    for (; walk.fed < buffers.length && walk.fed < known.length; walk.fed++) {
      if (known[walk.fed]!.buffer !== buffers[walk.fed]) {
        walk.fed = null;
        return;
      }
    }
    if (walk.fed < buffers.length) {
      this.live.append(buffers.slice(walk.fed));
      walk.fed = buffers.length;
    }
  }

  /** Makes the next root's walk `current`; false when none is left. */
  startNext(): boolean {
    const onScreen = this.priority;
    this.priority = null;
    if (onScreen?.isConnected) {
      this.current = { root: onScreen, collector: this.collectorOf(onScreen), fed: null };
      return true;
    }
    for (const root of this.queue) {
      this.queue.delete(root);
      if (!root.isConnected || this.insideQueued(root)) continue;
      // Into an empty scan, buffers go in as walked: matched and painted before the walk ends.
      this.current = { root, collector: this.collectorOf(root), fed: this.live.size === 0 ? 0 : null };
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
}
