import type { Matcher } from '../core/match/matcher';
import { compareComposed } from './composed-order';
import { ALLOW_ALL, type PageMentions, PageResolution } from './page-resolution';
import type { ScannedBuffer } from './scanned-buffer';
import { ENTRY_PLACES, matchInPieces, newEntry, sameBuffer, withoutStale } from './scanned-buffer';
import type { TextBuffer } from './text-buffer';

export type { PageMentions } from './page-resolution';

/**
 * Code units matched between checks of the slice's time (a 50 MB text node takes many slices).
 * The first slices of a page run code not compiled yet, at about 1 MB/s: 4,096 take about 4 ms.
 */
const MATCH_CHARS = 4096;
/** Buffers handled between the steps of a long replacement or pruning. */
const STEP_ITEMS = 2000;

/**
 * The scanned text of a live page: buffers in composed document order with their candidate
 * matches, kept up to date root by root. Re-collected buffers whose text is unchanged keep their
 * matches and ranges, so a mutation costs a walk of what changed, not a new match; the mentions
 * are resolved once per buffer (`PageResolution`) and rolled back only from a change on.
 */
export class LiveScan {
  private entries: ScannedBuffer[] = [];
  private unmatched = 0;
  /** Every entry by its first text node, to find stale copies of text that moved in the page. */
  private readonly byFirstNode = new Map<Text, ScannedBuffer>();
  private resolution: PageResolution | null = null;
  /** How far `matchPending` got from its `from` (`head`) and from the first buffer (`tail`). */
  private matchedTo = { from: -1, head: 0, tail: 0 };

  constructor(private readonly matcher: Matcher) {}

  /** Number of buffers known. */
  get size(): number {
    return this.entries.length;
  }

  /**
   * Replaces the buffers under `root` with `buffers` (just collected from it, in order). Buffers
   * unchanged since the last collection keep their matches; the rest wait for `matchPending`.
   */
  replaceUnder(root: Node, buffers: TextBuffer[]): void {
    for (const _ of this.replaceSteps(root, buffers));
  }

  /**
   * `replaceUnder` in steps of at most `STEP_ITEMS` buffers, for a caller that checks its time
   * between them; the scan must not be used otherwise until the steps are done.
   */
  *replaceSteps(root: Node, buffers: TextBuffer[]): Generator<void, void, void> {
    // The buffers under a root are contiguous in document order: binary search for the first.
    let from = 0;
    let to = this.entries.length;
    while (from < to) {
      const mid = (from + to) >> 1;
      if (compareComposed(this.entries[mid]!.buffer.nodes[0]!, root) <= 0) from = mid + 1;
      else to = mid;
    }
    let end = from;
    while (end < this.entries.length && root.contains(this.entries[end]!.buffer.nodes[0]!))
      if (++end % STEP_ITEMS === 0) yield;
    // Buffers a walk gave back unchanged (`knownBuffer`) keep their entries with no look-up.
    let same = 0;
    while (same < buffers.length && from + same < end && buffers[same] === this.entries[from + same]!.buffer)
      if (++same % STEP_ITEMS === 0) yield;
    const previous = new Map<Text, ScannedBuffer>();
    let unmatchedGone = 0;
    for (let k = from + same; k < end; k++) {
      const entry = this.entries[k]!;
      previous.set(entry.buffer.nodes[0]!, entry);
      if (!entry.raw) unmatchedGone++;
      if (k % STEP_ITEMS === 0) yield;
    }
    const stale = new Set<ScannedBuffer>();
    const fresh: ScannedBuffer[] = new Array(buffers.length);
    for (let k = 0; k < same; k++) fresh[k] = this.entries[from + k]!;
    let unmatchedNew = 0;
    let changedAt = Number.POSITIVE_INFINITY; // the first change: the resolution is kept before it
    for (let k = same; k < buffers.length; k++) {
      const buffer = buffers[k]!;
      const first = buffer.nodes[0]!;
      const known = this.byFirstNode.get(first);
      if (known && !previous.has(first)) stale.add(known); // moved here from elsewhere in the page
      const old = previous.get(first) ?? known;
      const entry = old && sameBuffer(old.buffer, buffer) ? old : newEntry(buffer);
      fresh[k] = entry;
      if (!entry.raw) unmatchedNew++;
      if (entry !== this.entries[from + k] && changedAt > from + k) changedAt = from + k;
      if (k % STEP_ITEMS === 0) yield;
    }
    // The same buffers as far as the shorter list goes: the change is where one list ends.
    if (changedAt === Number.POSITIVE_INFINITY && buffers.length !== end - from)
      changedAt = from + Math.min(buffers.length, end - from);
    for (const entry of previous.values()) this.byFirstNode.delete(entry.buffer.nodes[0]!);
    // Not `splice(from, n, ...fresh)`: spreading 150,000 items overflows the call stack.
    this.entries = this.entries.slice(0, from).concat(fresh, this.entries.slice(end));
    this.unmatched += unmatchedNew - unmatchedGone;
    if (stale.size) {
      changedAt = 0;
      const left = withoutStale(this.entries, stale, from, fresh.length);
      this.entries = left.entries;
      this.unmatched -= left.unmatchedDropped;
    }
    if (changedAt !== Number.POSITIVE_INFINITY) {
      this.resolution?.rollback(changedAt);
      this.matchedTo.from = -1;
    }
    for (let k = same; k < fresh.length; k++) {
      this.byFirstNode.set(fresh[k]!.buffer.nodes[0]!, fresh[k]!);
      if (k % STEP_ITEMS === 0) yield;
    }
  }

  /** The buffer known to begin at `first`, for a walk to give back when it finds it unchanged. */
  knownBuffer(first: Text): TextBuffer | undefined {
    return this.byFirstNode.get(first)?.buffer;
  }

  /** Number of buffers waiting to be matched. */
  get pending(): number {
    return this.unmatched;
  }

  /**
   * Adds buffers after all known ones (the next part of a first walk, in document order); the
   * final `replaceUnder` of the walk keeps them and their matches.
   */
  append(buffers: TextBuffer[]): void {
    // The last buffers resolved read these as their context.
    this.resolution?.rollback(this.entries.length);
    for (const buffer of buffers) {
      const entry = newEntry(buffer);
      this.entries.push(entry);
      this.byFirstNode.set(buffer.nodes[0]!, entry);
    }
    this.unmatched += buffers.length;
  }

  /** Drops buffers whose text has left the document. */
  prune(): void {
    for (const _ of this.pruneSteps());
  }

  /**
   * `prune` in steps, like `replaceSteps`. A buffer counts as gone when its first or last node
   * has: text removed from its middle is reported as a change and re-collected anyway.
   */
  *pruneSteps(): Generator<void, void, void> {
    const kept: ScannedBuffer[] = [];
    const entries = this.entries;
    let firstGone = Number.POSITIVE_INFINITY;
    let unmatched = 0;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!;
      const nodes = e.buffer.nodes;
      if (nodes[0]!.isConnected && nodes[nodes.length - 1]!.isConnected) {
        kept.push(e);
        if (!e.raw) unmatched++;
      } else {
        firstGone = Math.min(firstGone, k);
        if (this.byFirstNode.get(nodes[0]!) === e) this.byFirstNode.delete(nodes[0]!);
      }
      if (k % STEP_ITEMS === 0) yield;
    }
    this.entries = kept;
    this.unmatched = unmatched;
    this.resolution?.rollback(firstGone);
    this.matchedTo.from = -1;
  }

  /** Forgets everything (a new document after an SPA navigation). */
  clear(): void {
    this.entries = [];
    this.unmatched = 0;
    this.byFirstNode.clear();
    this.resolution = null;
    this.matchedTo.from = -1;
  }

  /**
   * Matches buffers not matched yet, until `hasTime` says stop; true when none is left. Starts
   * at `from` (the first buffer on screen) and wraps around, so visible text is matched first.
   * A long text is matched in pieces, so no slice of work exceeds its time.
   */
  matchPending(hasTime: () => boolean, from = 0): boolean {
    const n = this.entries.length;
    const start = Math.min(from, n);
    // Where the last call stopped (all before it is matched): no pass over matched buffers again.
    if (this.matchedTo.from !== start) this.matchedTo = { from: start, head: start, tail: 0 };
    const to = this.matchedTo;
    for (; to.head < n && this.unmatched > 0; to.head++)
      if (!this.matchEntry(this.entries[to.head]!, hasTime)) return false;
    for (; to.tail < start && this.unmatched > 0; to.tail++)
      if (!this.matchEntry(this.entries[to.tail]!, hasTime)) return false;
    return true;
  }

  /** Matches one entry (or the next pieces of a long one) unless already matched; false when time ran out. */
  private matchEntry(entry: ScannedBuffer, hasTime: () => boolean): boolean {
    if (entry.raw) return true;
    if (!matchInPieces(this.matcher, entry, MATCH_CHARS, hasTime)) return false;
    this.unmatched--;
    return true;
  }

  /** Mentions resolved in document order so far (all of them, kept or only counted). */
  get resolvedCount(): number {
    return this.resolution?.count ?? 0;
  }

  /** The buffers in composed document order (read only: for look-ups such as `firstOnScreen`). */
  get buffers(): readonly ScannedBuffer[] {
    return this.entries;
  }

  /**
   * Resolves matched buffers into mentions in document order while `hasTime` allows (the
   * full-name rule across the whole page, the context rule over neighbouring blocks), keeping
   * those `allow` accepts; true when all are resolved. Another `cap` or `allow` starts again.
   */
  resolvePending(
    cap: number,
    allow: (entityId: string) => boolean = ALLOW_ALL,
    hasTime: () => boolean = () => true,
  ): boolean {
    return this.resolutionFor(cap, allow).advance(this.entries, ENTRY_PLACES, hasTime);
  }

  /**
   * The mentions of matched buffers in document order, the first `cap` kept (the rest counted):
   * as `resolvePending` while `hasTime` allows, plus those of matched buffers from `from` on.
   */
  mentions(
    cap: number,
    allow: (entityId: string) => boolean = ALLOW_ALL,
    hasTime: () => boolean = () => true,
    from = 0,
  ): PageMentions {
    const resolution = this.resolutionFor(cap, allow);
    resolution.advance(this.entries, ENTRY_PLACES, hasTime);
    return resolution.result(this.entries, ENTRY_PLACES, from);
  }

  private resolutionFor(cap: number, allow: (entityId: string) => boolean): PageResolution {
    if (!this.resolution?.isFor(cap, allow)) this.resolution = new PageResolution(this.matcher, cap, allow);
    return this.resolution;
  }
}
