import type { Matcher, RawMatch, ScanCursor } from '../core/match/matcher';
import type { MentionPlaces } from './page-resolution';
import { locateOffset, type TextBuffer } from './text-buffer';

/** One buffer of a live scan: its text, its candidate matches once known, the ranges made for them. */
export interface ScannedBuffer {
  buffer: TextBuffer;
  /** `buffer.text`, for the resolution. */
  text: string;
  raw: RawMatch[] | null;
  /** A match of a long text in progress. */
  cursor: ScanCursor | null;
  /** Ranges made for its mentions, by `start:end` (made on first need: most buffers have none). */
  ranges: Map<string, Range> | null;
}

/** A buffer not matched yet. */
export function newEntry(buffer: TextBuffer): ScannedBuffer {
  return { buffer, text: buffer.text, raw: null, cursor: null, ranges: null };
}

/** True when two collections of a buffer hold the same text in the same nodes, split alike. */
export function sameBuffer(a: TextBuffer, b: TextBuffer): boolean {
  if (a === b) return true;
  // The starts too: text that shifts between two nodes ("Keir St" + "armer" becoming "Keir " +
  // "Starmer") joins to the same text, but the entry's ranges would point at the old offsets.
  return (
    a.text === b.text &&
    a.nodes.length === b.nodes.length &&
    a.nodes.every((n, i) => n === b.nodes[i] && a.starts[i] === b.starts[i])
  );
}

/** Where the mentions of a scan's entries are: live ranges made once and kept until let go, and text nodes. */
export const ENTRY_PLACES: MentionPlaces = {
  range: (entry, start, end) => rangeIn(entry as ScannedBuffer, start, end),
  forget: (entry, start, end) => {
    (entry as ScannedBuffer).ranges?.delete(`${start}:${end}`);
  },
  node: (entry, start) => locateOffset((entry as ScannedBuffer).buffer, start)[0],
};

/**
 * The live range of `[start, end)` in the entry's text, made once and kept; null when the text
 * changed under it (the next batch rescans it).
 */
export function rangeIn(entry: ScannedBuffer, start: number, end: number): Range | null {
  const key = `${start}:${end}`;
  let range = entry.ranges?.get(key);
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
    entry.ranges ??= new Map();
    entry.ranges.set(key, range);
  }
  return range;
}

/**
 * Matches an entry not matched yet, `pieceChars` code units between checks of `hasTime` once its
 * text is longer than that; false when time ran out first (the next call goes on from there).
 */
export function matchInPieces(
  matcher: Matcher,
  entry: ScannedBuffer,
  pieceChars: number,
  hasTime: () => boolean,
): boolean {
  if (!hasTime()) return false;
  const text = entry.text;
  if (!entry.cursor && text.length <= pieceChars) entry.raw = matcher.scan(text);
  else {
    entry.cursor ??= matcher.startScan(text);
    while (!matcher.continueScan(entry.cursor, pieceChars)) if (!hasTime()) return false;
    entry.raw = matcher.finishScan(entry.cursor);
    entry.cursor = null;
  }
  return true;
}

/**
 * `entries` without the `stale` copies of text that moved, except within the `n` entries just
 * placed at `from` (an entry that moved there may be reused): its old place goes, by position.
 * `unmatchedDropped` counts the dropped entries not matched yet.
 */
export function withoutStale(
  entries: ScannedBuffer[],
  stale: Set<ScannedBuffer>,
  from: number,
  n: number,
): { entries: ScannedBuffer[]; unmatchedDropped: number } {
  let unmatchedDropped = 0;
  const kept = entries.filter((e, i) => {
    if ((i >= from && i < from + n) || !stale.has(e)) return true;
    if (!e.raw) unmatchedDropped++;
    return false;
  });
  return { entries: kept, unmatchedDropped };
}
