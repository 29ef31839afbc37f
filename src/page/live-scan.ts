import type { ContextBlock } from '../core/match/context-rule';
import type { Matcher, RawMatch, ScanCursor } from '../core/match/matcher';
import { MentionResolver } from '../core/match/resolve-mentions';
import { type BlockBuffer, locateOffset } from './collect-text';
import { compareComposed } from './composed-order';
import type { PageMention } from './page-mention';

interface ScannedBuffer {
  buffer: BlockBuffer;
  raw: RawMatch[] | null;
  /** A match of a long text in progress. */
  cursor: ScanCursor | null;
  ranges: Map<string, Range>;
}

/** Code units matched between checks of the slice's time (a 50 MB text node takes many slices). */
const MATCH_CHARS = 32 * 1024;
/** Buffers handled between the steps of a long replacement or pruning. */
const STEP_ITEMS = 2000;

/** The mentions of a page, and how many there are per entity (counted past the painting cap). */
export interface PageMentions {
  painted: PageMention[];
  counts: Map<string, number>;
  total: number;
}

/**
 * The scanned text of a live page: buffers in composed document order with their candidate
 * matches, kept up to date root by root. Re-collected buffers whose text is unchanged keep their
 * matches and ranges, so a mutation costs a walk of what changed, not a new match.
 */
export class LiveScan {
  private entries: ScannedBuffer[] = [];
  private unmatched = 0;
  /** Every entry by its first text node, to find stale copies of text that moved in the page. */
  private readonly byFirstNode = new Map<Text, ScannedBuffer>();

  constructor(private readonly matcher: Matcher) {}

  /** Number of buffers known. */
  get size(): number {
    return this.entries.length;
  }

  /**
   * Replaces the buffers under `root` with `buffers` (just collected from it, in order). Buffers
   * unchanged since the last collection keep their matches; the rest wait for `matchPending`.
   */
  replaceUnder(root: Node, buffers: BlockBuffer[]): void {
    for (const _ of this.replaceSteps(root, buffers));
  }

  /**
   * `replaceUnder` in steps of at most `STEP_ITEMS` buffers, for a caller that checks its time
   * between them; the scan must not be used otherwise until the steps are done.
   */
  *replaceSteps(root: Node, buffers: BlockBuffer[]): Generator<void, void, void> {
    // The buffers under a root are contiguous in document order: find the first by binary
    // search, then take them while the root contains them.
    let from = 0;
    let to = this.entries.length;
    while (from < to) {
      const mid = (from + to) >> 1;
      if (compareComposed(this.entries[mid]!.buffer.nodes[0]!, root) <= 0) from = mid + 1;
      else to = mid;
    }
    let end = from;
    while (end < this.entries.length && root.contains(this.entries[end]!.buffer.nodes[0]!)) {
      if (++end % STEP_ITEMS === 0) yield;
    }
    const previous = new Map<Text, ScannedBuffer>();
    for (let k = from; k < end; k++) {
      previous.set(this.entries[k]!.buffer.nodes[0]!, this.entries[k]!);
      if (k % STEP_ITEMS === 0) yield;
    }
    const stale = new Set<ScannedBuffer>();
    const fresh: ScannedBuffer[] = new Array(buffers.length);
    for (let k = 0; k < buffers.length; k++) {
      const buffer = buffers[k]!;
      const first = buffer.nodes[0]!;
      const known = this.byFirstNode.get(first);
      if (known && !previous.has(first)) stale.add(known); // moved here from elsewhere in the page
      const old = previous.get(first) ?? known;
      fresh[k] =
        old && sameBuffer(old.buffer, buffer) ? old : { buffer, raw: null, cursor: null, ranges: new Map() };
      if (k % STEP_ITEMS === 0) yield;
    }
    for (const entry of previous.values()) this.byFirstNode.delete(entry.buffer.nodes[0]!);
    // Not `splice(from, n, ...fresh)`: spreading 150,000 items overflows the call stack.
    this.entries = this.entries.slice(0, from).concat(fresh, this.entries.slice(end));
    if (stale.size) {
      const kept = new Set(fresh);
      this.entries = this.entries.filter((e) => !stale.has(e) || kept.has(e));
    }
    for (let k = 0; k < fresh.length; k++) {
      this.byFirstNode.set(fresh[k]!.buffer.nodes[0]!, fresh[k]!);
      if (k % STEP_ITEMS === 0) yield;
    }
    this.countUnmatched();
  }

  /** Number of buffers waiting to be matched. */
  get pending(): number {
    return this.unmatched;
  }

  /**
   * Adds buffers after all known ones (the next part of a first walk, in document order); the
   * final `replaceUnder` of the walk keeps them and their matches.
   */
  append(buffers: BlockBuffer[]): void {
    for (const buffer of buffers) {
      const entry: ScannedBuffer = { buffer, raw: null, cursor: null, ranges: new Map() };
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
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!;
      const nodes = e.buffer.nodes;
      if (nodes[0]!.isConnected && nodes[nodes.length - 1]!.isConnected) kept.push(e);
      else if (this.byFirstNode.get(nodes[0]!) === e) this.byFirstNode.delete(nodes[0]!);
      if (k % STEP_ITEMS === 0) yield;
    }
    this.entries = kept;
    this.countUnmatched();
  }

  /** Forgets everything (a new document after an SPA navigation). */
  clear(): void {
    this.entries = [];
    this.unmatched = 0;
    this.byFirstNode.clear();
  }

  /**
   * Matches buffers not matched yet, until `hasTime` says stop; true when none is left. Starts
   * at `from` (the first buffer on screen) and wraps around, so visible text is matched first.
   * A long text is matched in pieces, so no slice of work exceeds its time.
   */
  matchPending(hasTime: () => boolean, from = 0): boolean {
    const n = this.entries.length;
    const { matcher } = this;
    for (let k = 0; k < n && this.unmatched > 0; k++) {
      const entry = this.entries[(from + k) % n]!;
      if (entry.raw) continue;
      if (!hasTime()) return false;
      const text = entry.buffer.text;
      if (!entry.cursor && text.length <= MATCH_CHARS) entry.raw = matcher.scan(text);
      else {
        entry.cursor ??= matcher.startScan(text);
        while (!matcher.continueScan(entry.cursor, MATCH_CHARS)) if (!hasTime()) return false;
        entry.raw = matcher.finishScan(entry.cursor);
        entry.cursor = null;
      }
      this.unmatched--;
    }
    return true;
  }

  /** Index of the first buffer whose block reaches into the viewport (or below it), by binary search. */
  firstOnScreen(): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const el = this.entries[mid]!.buffer.nodes[0]!.parentElement;
      if (el && el.getBoundingClientRect().bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.entries.length ? lo : 0;
  }

  /**
   * Resolves all matched buffers in document order into mentions (the full-name rule across the
   * whole page), keeping those `allow` accepts and making ranges only for the first `cap`; later
   * ones are counted, not painted.
   */
  mentions(cap: number, allow: (entityId: string) => boolean = () => true): PageMentions {
    const resolver = new MentionResolver(this.matcher);
    const painted: PageMention[] = [];
    const counts = new Map<string, number>();
    let total = 0;
    const { entries } = this;
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k]!;
      if (!entry.raw?.length) continue;
      for (const m of resolver.resolve(entry.raw, entry.buffer.text, () => neighbours(entries, k))) {
        if (!allow(m.entityId)) continue;
        counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
        total++;
        if (painted.length >= cap) continue;
        const range = this.rangeFor(entry, m.start, m.end);
        if (range)
          painted.push({ entityId: m.entityId, range, text: entry.buffer.text.slice(m.start, m.end) });
      }
    }
    return { painted, counts, total };
  }

  private countUnmatched(): void {
    let n = 0;
    for (const e of this.entries) if (!e.raw) n++;
    this.unmatched = n;
  }

  private rangeFor(entry: ScannedBuffer, start: number, end: number): Range | null {
    const key = `${start}:${end}`;
    let range = entry.ranges.get(key);
    if (!range) {
      const [startNode, startOffset] = locateOffset(entry.buffer, start);
      const [endNode, endOffset] = locateOffset(entry.buffer, end, true);
      range = new Range();
      try {
        range.setStart(startNode, startOffset);
        range.setEnd(endNode, endOffset);
      } catch {
        return null; // the text changed under us; the next batch rescans it
      }
      entry.ranges.set(key, range);
    }
    return range;
  }
}

/** How many blocks on each side of a phrase count as its context. */
const CONTEXT_BLOCKS = 2;

/** The blocks around entry `k` (its neighbours in document order), for phrases that need context. */
function neighbours(entries: readonly ScannedBuffer[], k: number): ContextBlock[] {
  const around: ContextBlock[] = [];
  for (let j = Math.max(0, k - CONTEXT_BLOCKS); j <= Math.min(entries.length - 1, k + CONTEXT_BLOCKS); j++)
    if (j !== k) around.push({ text: entries[j]!.buffer.text, raw: entries[j]!.raw });
  return around;
}

function sameBuffer(a: BlockBuffer, b: BlockBuffer): boolean {
  return a.text === b.text && a.nodes.length === b.nodes.length && a.nodes.every((n, i) => n === b.nodes[i]);
}
