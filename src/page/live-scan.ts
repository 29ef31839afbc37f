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
    const previous = new Map<Text, ScannedBuffer>();
    const kept: ScannedBuffer[] = [];
    for (const entry of this.entries) {
      const first = entry.buffer.nodes[0]!;
      if (root.contains(first)) previous.set(first, entry);
      else kept.push(entry);
    }
    const fresh = buffers.map((buffer) => {
      const old = previous.get(buffer.nodes[0]!);
      return old && sameBuffer(old.buffer, buffer) ? old : { buffer, raw: null, ranges: new Map() };
    });
    this.entries = mergeInOrder(kept, fresh);
  }

  /** Drops buffers whose text has left the document. */
  prune(): void {
    this.entries = this.entries.filter((e) => e.buffer.nodes.every((n) => n.isConnected));
  }

  /** Forgets everything (a new document after an SPA navigation). */
  clear(): void {
    this.entries = [];
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
   * whole page), making ranges only for the first `cap`; later ones are counted, not painted.
   */
  mentions(cap: number): PageMentions {
    const resolver = new MentionResolver(this.matcher);
    const painted: PageMention[] = [];
    const counts = new Map<string, number>();
    let total = 0;
    for (const entry of this.entries) {
      if (!entry.raw) continue;
      for (const m of resolver.resolve(entry.raw)) {
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

function sameBuffer(a: BlockBuffer, b: BlockBuffer): boolean {
  return a.text === b.text && a.nodes.length === b.nodes.length && a.nodes.every((n, i) => n === b.nodes[i]);
}

/**
 * Inserts `fresh` (entries under one root, in order, so contiguous in the page) into `kept` at the
 * place its first entry belongs, found by binary search.
 */
function mergeInOrder(kept: ScannedBuffer[], fresh: ScannedBuffer[]): ScannedBuffer[] {
  if (!fresh.length) return kept;
  const first = fresh[0]!.buffer.nodes[0]!;
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareComposed(kept[mid]!.buffer.nodes[0]!, first) < 0) lo = mid + 1;
    else hi = mid;
  }
  return [...kept.slice(0, lo), ...fresh, ...kept.slice(lo)];
}
