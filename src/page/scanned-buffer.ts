import type { RawMatch, ScanCursor } from '../core/match/matcher';
import { type BlockBuffer, locateOffset } from './collect-text';

/** One buffer of a live scan: its text, its candidate matches once known, the ranges made for them. */
export interface ScannedBuffer {
  buffer: BlockBuffer;
  /** `buffer.text`, for the resolution. */
  text: string;
  raw: RawMatch[] | null;
  /** A match of a long text in progress. */
  cursor: ScanCursor | null;
  /** Ranges made for its mentions, by `start:end` (made on first need: most buffers have none). */
  ranges: Map<string, Range> | null;
}

/** A buffer not matched yet. */
export function newEntry(buffer: BlockBuffer): ScannedBuffer {
  return { buffer, text: buffer.text, raw: null, cursor: null, ranges: null };
}

/** True when two collections of a buffer hold the same text in the same nodes. */
export function sameBuffer(a: BlockBuffer, b: BlockBuffer): boolean {
  if (a === b) return true;
  return a.text === b.text && a.nodes.length === b.nodes.length && a.nodes.every((n, i) => n === b.nodes[i]);
}

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
