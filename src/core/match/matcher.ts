import { foldCode, IGNORABLE, isUpperCode, isWordCode, SPACE } from './fold-char';
import type { MatcherData } from './matcher-data';

/**
 * A candidate mention in one text buffer: UTF-16 offsets `[start, end)` into the text, and the
 * patterns (indices into the matcher's pattern arrays) that match exactly that span, best first.
 * Spans never overlap; exclusion phrases are already removed.
 */
export interface RawMatch {
  start: number;
  end: number;
  patterns: number[];
}

/**
 * A matcher hydrated from compiled data. `scan` runs the automaton once over the text, checking
 * word boundaries and capitals as it goes, then keeps the leftmost-longest span wherever candidates
 * overlap.
 */
export class Matcher {
  readonly data: MatcherData;
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeNext: Int32Array;
  private readonly fail: Int32Array;
  private readonly out: Int32Array;
  private readonly dictLink: Int32Array;
  private readonly rootNext: Int32Array;
  private readonly mask: number;

  constructor(data: MatcherData) {
    this.data = data;
    this.edgeStart = Int32Array.from(data.edgeStart);
    this.edgeChar = Uint16Array.from(data.edgeChar);
    this.edgeNext = Int32Array.from(data.edgeNext);
    this.fail = Int32Array.from(data.fail);
    this.out = Int32Array.from(data.out);
    this.dictLink = Int32Array.from(data.dictLink);
    this.rootNext = new Int32Array(65536);
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++)
      this.rootNext[this.edgeChar[e]!] = this.edgeNext[e]!;
    const longest = data.patternLength.reduce((a, b) => Math.max(a, b), 0);
    let size = 2;
    while (size < longest + 2) size *= 2;
    this.mask = size - 1;
  }

  /** Number of entities the matcher knows (exclusions not counted). */
  get entityCount(): number {
    return this.data.entityIds.length;
  }

  /** All non-overlapping candidate mentions in `text`, in order of position. */
  scan(text: string): RawMatch[] {
    const { edgeStart, edgeChar, edgeNext, fail, out, dictLink, rootNext, mask } = this;
    const { patternLength } = this.data;
    const origin = new Int32Array(mask + 1);
    const codes = new Int32Array(mask + 1);
    const found: RawMatch[] = [];
    let state = 0;
    let n = 0;
    let lastWasSpace = true;
    for (let i = 0; i < text.length; i++) {
      const c = foldCode(text.charCodeAt(i));
      if (c === IGNORABLE) continue;
      if (c === SPACE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      origin[n & mask] = i;
      codes[n & mask] = c;
      n++;
      for (;;) {
        if (state === 0) {
          state = rootNext[c]!;
          break;
        }
        let lo = edgeStart[state]!;
        let hi = edgeStart[state + 1]! - 1;
        let next = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const mc = edgeChar[mid]!;
          if (mc === c) {
            next = edgeNext[mid]!;
            break;
          }
          if (mc < c) lo = mid + 1;
          else hi = mid - 1;
        }
        if (next >= 0) {
          state = next;
          break;
        }
        state = fail[state]!;
      }
      let s = out[state]! >= 0 ? state : dictLink[state]!;
      if (s < 0) continue;
      if (isWordCode(c) && isWordCode(peekFolded(text, i + 1))) continue;
      for (; s >= 0; s = dictLink[s]!) {
        const len = patternLength[out[s]!]!;
        const startN = n - len;
        if (startN > 0 && isWordCode(codes[(startN - 1) & mask]!) && isWordCode(codes[startN & mask]!))
          continue;
        const patterns = this.acceptedPatterns(out[s]!, text, origin, startN);
        if (patterns.length) found.push({ start: origin[startN & mask]!, end: i + 1, patterns });
      }
    }
    return leftmostLongest(found, this.data.patternEntity);
  }

  private acceptedPatterns(first: number, text: string, origin: Int32Array, startN: number): number[] {
    const { patternNext, patternUpper } = this.data;
    const accepted: number[] = [];
    for (let p = first; p >= 0; p = patternNext[p]!) {
      const upper = patternUpper[p]!;
      let ok = true;
      for (const k of upper) {
        if (!isUpperCode(text.charCodeAt(origin[(startN + k) & this.mask]!))) {
          ok = false;
          break;
        }
      }
      if (ok) accepted.push(p);
    }
    return accepted.reverse();
  }
}

function peekFolded(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = foldCode(text.charCodeAt(j));
    if (c !== IGNORABLE) return c;
  }
  return SPACE;
}

/** Keeps the leftmost, then longest, of overlapping spans; then drops exclusion phrases. */
function leftmostLongest(found: RawMatch[], patternEntity: number[]): RawMatch[] {
  if (found.length < 2) return found.filter((m) => patternEntity[m.patterns[0]!] !== -1);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMatch[] = [];
  let reach = -1;
  for (const m of found) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept.filter((m) => !m.patterns.every((p) => patternEntity[p] === -1));
}
