import type { ContextBlock } from '../core/match/context-rule';
import type { Matcher, RawMatch } from '../core/match/matcher';
import { MentionResolver } from '../core/match/resolve-mentions';
import { type BlockBuffer, locateOffset } from './collect-text';
import { compareComposed } from './composed-order';
import type { PageMention } from './page-mention';

interface ScannedBuffer {
  buffer: BlockBuffer;
  raw: RawMatch[] | null;
  ranges: Map<string, Range>;
}

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
    while (end < this.entries.length && root.contains(this.entries[end]!.buffer.nodes[0]!)) end++;
    const previous = new Map<Text, ScannedBuffer>();
    for (let k = from; k < end; k++) previous.set(this.entries[k]!.buffer.nodes[0]!, this.entries[k]!);
    const stale = new Set<ScannedBuffer>();
    const fresh = buffers.map((buffer) => {
      const first = buffer.nodes[0]!;
      const known = this.byFirstNode.get(first);
      if (known && !previous.has(first)) stale.add(known); // moved here from elsewhere in the page
      const old = previous.get(first) ?? known;
      return old && sameBuffer(old.buffer, buffer) ? old : { buffer, raw: null, ranges: new Map() };
    });
    for (const entry of previous.values()) this.byFirstNode.delete(entry.buffer.nodes[0]!);
    this.entries.splice(from, end - from, ...fresh);
    if (stale.size) {
      const kept = new Set(fresh);
      this.entries = this.entries.filter((e) => !stale.has(e) || kept.has(e));
    }
    for (const entry of fresh) this.byFirstNode.set(entry.buffer.nodes[0]!, entry);
  }

  /** Drops buffers whose text has left the document. */
  prune(): void {
    this.entries = this.entries.filter((e) => {
      const connected = e.buffer.nodes.every((n) => n.isConnected);
      if (!connected && this.byFirstNode.get(e.buffer.nodes[0]!) === e)
        this.byFirstNode.delete(e.buffer.nodes[0]!);
      return connected;
    });
  }

  /** Forgets everything (a new document after an SPA navigation). */
  clear(): void {
    this.entries = [];
    this.byFirstNode.clear();
  }

  /**
   * Matches buffers not matched yet, until `hasTime` says stop; true when none is left. Starts
   * at `from` (the first buffer on screen) and wraps around, so visible text is matched first.
   */
  matchPending(hasTime: () => boolean, from = 0): boolean {
    const n = this.entries.length;
    for (let k = 0; k < n; k++) {
      const entry = this.entries[(from + k) % n]!;
      if (entry.raw) continue;
      if (!hasTime()) return false;
      entry.raw = this.matcher.scan(entry.buffer.text);
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
      if (!entry.raw) continue;
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
