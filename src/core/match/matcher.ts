import { FOLD, foldCode, IGNORABLE, isUpperCode, isWordCode, SPACE } from './fold-char';
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

/** How many of the shallowest states get a dense row of transitions for ASCII characters. */
const DENSE_STATES = 2048;

/**
 * A matcher hydrated from compiled data. `scan` runs the automaton once over the text, checking
 * word boundaries and capitals only where a pattern ends, then keeps the leftmost-longest span
 * wherever candidates overlap. Its cost grows with the text, not with the number of aliases.
 */
export class Matcher {
  readonly data: MatcherData;
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeNext: Int32Array;
  private readonly fail: Int32Array;
  private readonly out: Int32Array;
  private readonly dictLink: Int32Array;
  /**
   * Full transitions (fail links resolved) of states below `denseCount`, for chars below 128.
   * A state where some pattern ends is stored as its bitwise complement (negative), so the hot
   * loop learns "go there" and "a match may end here" from one read.
   */
  private readonly dense: Int32Array;
  private readonly emits: Uint8Array;
  private readonly denseCount: number;
  private readonly rootNext: Int32Array;
  private readonly origins: Int32Array;

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
    this.emits = new Uint8Array(this.fail.length);
    for (let st = 0; st < this.emits.length; st++)
      this.emits[st] = this.out[st]! >= 0 || this.dictLink[st]! >= 0 ? 1 : 0;
    this.denseCount = Math.min(this.fail.length, DENSE_STATES);
    this.dense = new Int32Array(this.denseCount * 128);
    for (let s = 0; s < this.denseCount; s++) {
      // States are numbered breadth-first: a state's fail link has a lower number, already filled.
      if (s > 0) this.dense.copyWithin(s * 128, this.fail[s]! * 128, this.fail[s]! * 128 + 128);
      for (let e = this.edgeStart[s]!; e < this.edgeStart[s + 1]!; e++) {
        const to = this.edgeNext[e]!;
        if (this.edgeChar[e]! < 128) this.dense[s * 128 + this.edgeChar[e]!] = this.emits[to] ? ~to : to;
      }
    }
    this.origins = new Int32Array(data.patternLength.reduce((a, b) => Math.max(a, b), 0) + 1);
  }

  /** All non-overlapping candidate mentions in `text`, in order of position. */
  scan(text: string): RawMatch[] {
    const { dense, denseCount } = this;
    const found: RawMatch[] = [];
    let state = 0;
    let lastWasSpace = true;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let c = FOLD[code]!;
      if (c < 0) {
        if (c === IGNORABLE) continue;
        c = foldCode(code);
        if (c === IGNORABLE) continue;
      }
      if (c === SPACE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      const next = state < denseCount && c < 128 ? dense[(state << 7) | c]! : this.step(state, c);
      if (next >= 0) {
        state = next;
        continue;
      }
      state = ~next;
      this.collect(text, i, c, state, found);
    }
    return dropExclusions(found, this.data.patternEntity);
  }

  /**
   * One transition the slow way (compressed rows and fail links, dense rows once reachable),
   * encoded like the dense table: the complement of the state when a pattern may end there.
   */
  private step(from: number, c: number): number {
    const { edgeStart, edgeChar, edgeNext, fail, dense, denseCount, rootNext, emits } = this;
    let state = from;
    for (;;) {
      if (state === 0) {
        const to = rootNext[c]!;
        return emits[to] ? ~to : to;
      }
      if (state < denseCount && c < 128) return dense[(state << 7) | c]!;
      let lo = edgeStart[state]!;
      let hi = edgeStart[state + 1]! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const mc = edgeChar[mid]!;
        if (mc === c) return emits[edgeNext[mid]!] ? ~edgeNext[mid]! : edgeNext[mid]!;
        if (mc < c) lo = mid + 1;
        else hi = mid - 1;
      }
      state = fail[state]!;
    }
  }

  /** Checks every pattern ending at `i` (state `state`) and records those that hold. */
  private collect(text: string, i: number, c: number, state: number, found: RawMatch[]): void {
    if (isWordCode(c) && isWordCode(peekFolded(text, i + 1))) return;
    const { out, dictLink } = this;
    const { patternLength } = this.data;
    for (let s = out[state]! >= 0 ? state : dictLink[state]!; s >= 0; s = dictLink[s]!) {
      const len = patternLength[out[s]!]!;
      const before = this.walkBack(text, i, len);
      if (before < -1) continue;
      const startCode = foldCode(text.charCodeAt(this.origins[0]!));
      if (before >= 0 && isWordCode(before) && isWordCode(startCode)) continue;
      const patterns = this.acceptedPatterns(out[s]!, text);
      if (patterns) keepLeftmostLongest(found, { start: this.origins[0]!, end: i + 1, patterns });
    }
  }

  /**
   * Finds where the `len` folded characters ending at `i` start, filling `origins` with the
   * original offset of each; returns the folded character before them (-1 at the start of the
   * text), or -2 if the text runs out first (it cannot: the automaton saw them).
   */
  private walkBack(text: string, i: number, len: number): number {
    const origins = this.origins;
    let k = len - 1;
    let lastWasSpace = false;
    for (let j = i; j >= 0; j--) {
      const c = foldCode(text.charCodeAt(j));
      if (c === IGNORABLE) continue;
      if (c === SPACE) {
        if (lastWasSpace) {
          origins[k + 1] = j;
          continue;
        }
        lastWasSpace = true;
      } else lastWasSpace = false;
      if (k < 0) return c;
      origins[k--] = j;
    }
    return k < 0 ? -1 : -2;
  }

  /** The patterns of this span whose capitals hold in the text, best first; null when none do. */
  private acceptedPatterns(first: number, text: string): number[] | null {
    const { patternNext } = this.data;
    if (patternNext[first]! < 0) return this.capitalsHold(first, text) ? [first] : null;
    const accepted: number[] = [];
    for (let p = first; p >= 0; p = patternNext[p]!) if (this.capitalsHold(p, text)) accepted.push(p);
    return accepted.length ? accepted.reverse() : null;
  }

  private capitalsHold(pattern: number, text: string): boolean {
    for (const k of this.data.patternUpper[pattern]!) {
      if (!isUpperCode(text.charCodeAt(this.origins[k]!))) return false;
    }
    return true;
  }
}

function peekFolded(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = foldCode(text.charCodeAt(j));
    if (c !== IGNORABLE) return c;
  }
  return SPACE;
}

/**
 * Adds a candidate to `kept`, which stays sorted and free of overlaps under the leftmost-longest
 * rule. Candidates arrive in order of their end, so a kept span that starts at or after the new
 * one is inside it and gives way; one that starts before and overlaps it wins.
 */
function keepLeftmostLongest(kept: RawMatch[], candidate: RawMatch): void {
  while (kept.length && kept[kept.length - 1]!.start >= candidate.start) kept.pop();
  const last = kept[kept.length - 1];
  if (last && last.end > candidate.start) return;
  kept.push(candidate);
}

/** Removes the spans that only exclusion phrases matched ("Melania Trump"): they are not mentions. */
function dropExclusions(kept: RawMatch[], patternEntity: number[]): RawMatch[] {
  return kept.filter((m) => !m.patterns.every((p) => patternEntity[p] === -1));
}
