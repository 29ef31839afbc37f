import { TextCollector } from './collect-text';
import { compareComposed } from './composed-order';
import type { LiveScan } from './live-scan';

/** Past this many queued roots of the document's own tree, the whole document is walked again instead. */
const MAX_ROOTS = 500;

/**
 * How a walk feeds the scan as it goes (see `RootWalks.feed`): its next buffers are added at the
 * scan's end (`append`), compared with the scan's buffers one by one (`repeat`, a walk begun
 * again), or passed over until one begins after the scan's last buffer (`skip`).
 */
type Feeding = 'append' | 'repeat' | 'skip';

/** A walk of one root; `feeding` (null for a walk that gives its buffers only at its end) after `fed` buffers. */
export interface RootWalk {
  root: Node;
  collector: TextCollector;
  feeding: Feeding | null;
  fed: number;
}

/**
 * The roots of a page waiting to be walked (changed subtrees, shadow roots, the whole document)
 * and the walk under way. A root on screen can be put first (a page opened scrolled down); a
 * root inside another queued one is covered by that walk; past `MAX_ROOTS`, one walk of the
 * whole document (unchanged text kept) beats one per root.
 */
export class RootWalks {
  private readonly queue = new Set<Node>();
  /** How many queued roots are not shadow roots (those a walk of the whole document covers). */
  private light = 0;
  private priority: Node | null = null;
  /** The walk under way, or null. */
  current: RootWalk | null = null;
  /** The walk that follows the parser, set aside while other roots are walked (see `park`). */
  private parked: RootWalk | null = null;

  constructor(
    private readonly doc: Document,
    private readonly live: LiveScan,
  ) {}

  /** True while a walk is under way or a root waits for one. */
  get waiting(): boolean {
    return this.current !== null || this.parked !== null || this.priority !== null || this.queue.size > 0;
  }

  /** True when the only walk left has reached what the parser has added so far and waits for more. */
  get caughtUp(): boolean {
    return this.current?.collector.caughtUp === true && this.priority === null && this.queue.size === 0;
  }

  /** Nodes walked so far by the walk that follows the parser (0 when there is none). */
  get walked(): number {
    return (this.parked ?? this.current)?.collector.walked ?? 0;
  }

  /**
   * Sets aside the walk under way when it has caught up with the parser and shadow roots wait
   * (those it met, say): they are walked first, then it goes on. False when it stays (it ends
   * once any other root waits: a walk of a part of the document would overlap it).
   */
  park(): boolean {
    if (!this.current?.collector.caughtUp || this.queue.size === 0 || !this.onlyShadowsQueued()) return false;
    this.parked = this.current;
    this.current = null;
    return true;
  }

  /** While the document is parsed and no part of it waits to be walked, a walk of it may wait for more. */
  private readonly growing = () => this.doc.readyState === 'loading' && this.onlyShadowsQueued();

  private onlyShadowsQueued(): boolean {
    if (this.priority !== null) return false;
    for (const root of this.queue) if (!(root instanceof ShadowRoot)) return false;
    return true;
  }

  /** Forgets every walk (a scan from scratch). */
  clear(): void {
    this.queue.clear();
    this.light = 0;
    this.priority = null;
    this.current = null;
    this.parked = null;
  }

  /** Walks `root` before any other (the root on screen), if not null. */
  first(root: Node | null): void {
    this.priority = root;
  }

  /**
   * Queues `roots` to be walked. Past `MAX_ROOTS` roots of the document's own tree, they give way
   * to one walk of the whole document. Shadow roots stay queued each on its own and do not count:
   * no walk of the document enters them, and a page with thousands of components re-queues them
   * whenever its tree is walked (counting them would make that walk queue itself again, forever).
   */
  add(roots: Iterable<Node>): void {
    for (const root of roots) {
      if (this.queue.has(root)) continue;
      this.queue.add(root);
      if (!(root instanceof ShadowRoot)) this.light++;
    }
    if (this.light <= MAX_ROOTS) return;
    const whole = this.doc.body ?? this.doc.documentElement;
    for (const root of this.queue) if (!(root instanceof ShadowRoot)) this.queue.delete(root);
    this.queue.add(whole);
    this.light = 1;
  }

  /**
   * Begins again, reading styles, the first walk of the whole document if it is still under way
   * (at `DOMContentLoaded`): it walks again what it walked, which it finds unchanged at little
   * cost, and goes on feeding the scan past it. False when there is no such walk.
   */
  restart(): boolean {
    const walk = this.parked ?? this.current;
    const whole = this.doc.body ?? this.doc.documentElement;
    if (!walk?.feeding || !walk.root.contains(whole)) return false;
    const again: RootWalk = {
      root: walk.root,
      collector: this.collectorOf(walk.root),
      feeding: 'repeat',
      fed: 0,
    };
    if (walk === this.parked) this.parked = again;
    else this.current = again;
    return true;
  }

  /**
   * Gives the scan the buffers the walk under way found since the last call, if it feeds the
   * scan. A walk begun again first repeats the scan's buffers; from the first one it finds
   * changed (or moved, the scan having lost buffers meanwhile), it passes over its buffers until
   * one begins after the scan's last, and adds them from there. The scan is replaced under the
   * walk's root when the walk ends, which mends what was passed over.
   */
  feed(): void {
    const walk = this.current;
    if (!walk?.feeding) return;
    const buffers = walk.collector.buffers;
    const known = this.live.buffers;
    if (walk.feeding === 'repeat') {
      if (walk.fed > 0 && known[walk.fed - 1]?.buffer !== buffers[walk.fed - 1]) walk.feeding = 'skip';
      while (walk.feeding === 'repeat' && walk.fed < buffers.length && walk.fed < known.length) {
        if (known[walk.fed]!.buffer === buffers[walk.fed]) walk.fed++;
        else walk.feeding = 'skip';
      }
      if (walk.feeding === 'repeat' && walk.fed === known.length) walk.feeding = 'append';
    }
    if (walk.feeding === 'skip') {
      const last = known.at(-1)?.buffer.nodes;
      const end = last?.[last.length - 1];
      while (walk.fed < buffers.length && end && compareComposed(buffers[walk.fed]!.nodes[0]!, end) <= 0)
        walk.fed++;
      if (walk.fed < buffers.length) walk.feeding = 'append';
    }
    if (walk.feeding === 'append' && walk.fed < buffers.length) {
      this.live.append(buffers.slice(walk.fed));
      walk.fed = buffers.length;
    }
  }

  /** Makes the next root's walk `current`; false when none is left. */
  startNext(): boolean {
    const onScreen = this.priority;
    this.priority = null;
    if (onScreen?.isConnected) {
      this.current = { root: onScreen, collector: this.collectorOf(onScreen), feeding: null, fed: 0 };
      return true;
    }
    for (const root of this.queue) {
      this.queue.delete(root);
      if (!(root instanceof ShadowRoot)) this.light--;
      if (!root.isConnected || this.insideQueued(root) || this.parked?.root === root) continue;
      // Into an empty scan, buffers go in as walked: matched and painted before the walk ends.
      // Such a walk of the whole document while it is parsed keeps up with the parser: at the
      // last node so far it waits for more (stepping aside while other roots are walked, see
      // `park`), rather than ending and leaving the rest to the walk at `DOMContentLoaded`.
      const feeding = this.live.size === 0 ? 'append' : null;
      const whole = feeding !== null && root.contains(this.doc.body ?? this.doc.documentElement);
      this.current = {
        root,
        collector: this.collectorOf(root, whole ? this.growing : undefined),
        feeding,
        fed: 0,
      };
      return true;
    }
    this.current = this.parked;
    this.parked = null;
    return this.current !== null;
  }

  /** A walk of `root`, reading no styles while the page is parsed; an empty scan has nothing to give back. */
  private collectorOf(root: Node, growing?: () => boolean): TextCollector {
    const known = this.live.size ? (first: Text) => this.live.knownBuffer(first) : undefined;
    return new TextCollector(root, this.doc.readyState !== 'loading', known, growing);
  }

  /** True when an ancestor of `root` (within its tree) is queued too: that walk covers it. */
  private insideQueued(root: Node): boolean {
    for (let node = root.parentNode; node; node = node.parentNode) if (this.queue.has(node)) return true;
    return false;
  }
}
