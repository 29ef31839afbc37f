import { capitalsAtStart, capitalTest } from './capital-offsets';
import { ASCII_UNFOLD, foldCode, IGNORABLE, isUpperCode, isWordCode, SPACE } from './fold-char';
import type { MatcherTables } from './unpack-matcher';

/** The class of a code unit has been worked out. */
export const KNOWN = 8;
/** A word character. */
export const WORD = 1;
/** Some alias may begin with this code unit, written in this case. */
export const START = 2;
/** Folds to nothing (soft hyphen, zero-width characters). */
export const SKIP = 4;

/** `StartFilter.stride` values (QUIET and MAYBE_SECOND are +1 when the second unit is a word character). */
export const QUIET = 0;
export const AT_FIRST = 2;
export const MAYBE_SECOND = 4;

/*
 * What the filter relies on from folding (`fold-char.ts`, checked by the start filter's tests): an
 * ASCII unit folds to an ASCII unit, never to nothing; aliases fold with no space at their start
 * and no two spaces in a row. Where a text's first three units are ASCII, they are then the
 * first three folded units of any match beginning there, but for runs of spaces.
 */

/**
 * Where a mention may begin, worked out once per matcher from its patterns, capitals included:
 * per UTF-16 code unit a class (word character, ignorable, may begin an alias as written), and
 * for a pair of raw ASCII code units whether some alias may begin with them. "Trump" may begin
 * only at "Tr" or "TR", "NATO" only at "NA", "coalition of the willing" at "co", "Co" or "CO";
 * so the "and", "ma" and "st" that begin every other English word are passed over without a
 * walk of the trie. The filter only narrows: a place it passes is a candidate the walk decides.
 */
export class StartFilter {
  /** The class bits of each code unit (0 until `classify` has seen it; ASCII up front). */
  readonly classes = new Uint8Array(65536);
  /** `pairs[(first << 7) | second]` is 1 when some alias may begin with these two ASCII units. */
  readonly pairs = new Uint8Array(128 * 128);
  /**
   * Two ASCII code units `a b` at a time: `stride[(wordBefore << 14) | (a << 7) | b]` is
   * `QUIET` (+1 when `b` is a word character: the next `wordBefore`) when no mention may begin at
   * either; `AT_FIRST` when one may begin at `a`; `MAYBE_SECOND` (+1 likewise) when one may begin
   * at `b` if the unit after it allows (`pairs`).
   */
  readonly stride = new Uint8Array(2 << 14);
  /**
   * For an ASCII pair that `pairs` passes, its slot of `thirds` (0: any third unit will do); the
   * ASCII units that may come third are bit `u & 31` of `thirds[slot * 4 + (u >> 5)]`.
   */
  private readonly thirdSlot = new Uint16Array(128 * 128);
  private readonly thirds: Uint32Array;
  /** ASCII units that a one-unit alias is: any pair beginning with them passes, with any third. */
  private readonly anyAfter = new Uint8Array(128);
  /** Per first-level state: 1 when some alias through it may begin in lower case. */
  private readonly lowerFirst: Uint8Array;

  constructor(private readonly t: MatcherTables) {
    const e1 = t.firstChild[1]!; // first-level states are [1, e1), second-level [e1, e2)
    const e2 = t.firstChild[e1] ?? e1;
    this.lowerFirst = new Uint8Array(e1);
    const hasCap = capitalTest();
    const thirds: number[] = [0, 0, 0, 0];
    // Which kinds of capitals begin the patterns (compiled in, `startKinds`): a first-level state
    // has those of the one-unit aliases ending there ("any unit after"); a second-level one those
    // of all below it.
    for (let s = 1; s < e2; s++) {
      const first = s < e1 ? s : t.parent[s]!;
      const c1 = t.stateChar[first]!;
      const c2 = s < e1 ? -1 : t.stateChar[s]!;
      let slot = -1;
      for (let kind = 0; kind < 7; kind++) {
        if (!(t.startKinds[s - 1]! & (1 << kind))) continue;
        const [up1, up2] = capitalsAtStart(kind, c1, c2, hasCap);
        if (!up1) this.lowerFirst[first] = 1;
        // A non-ASCII second unit always passes (`nextStart` does not look it up).
        if (c1 >= 128 || c2 >= 128) continue;
        if (slot < 0) slot = c2 < 0 ? 0 : this.thirdsOf(s, thirds);
        this.mark(c1, up1, c2, up2, slot);
      }
    }
    this.thirds = Uint32Array.from(thirds);
    this.fillStride();
  }

  /** Fills `stride` from the classes of ASCII and `pairs`: a row per first unit, copied. */
  private fillStride(): void {
    const k = new Uint8Array(128);
    for (let code = 0; code < 128; code++) k[code] = this.classify(code);
    const afterWord = new Uint8Array(128);
    const afterOther = new Uint8Array(128);
    for (let b = 0; b < 128; b++) {
      const word = k[b]! & WORD ? 1 : 0;
      // Inside a word, a word character cannot begin a mention.
      afterOther[b] = (k[b]! & START ? MAYBE_SECOND : QUIET) + word;
      afterWord[b] = (k[b]! & START && !word ? MAYBE_SECOND : QUIET) + word;
    }
    for (let a = 0; a < 128; a++) {
      const wordA = k[a]! & WORD;
      const row = a << 7;
      this.stride.set(wordA ? afterWord : afterOther, row);
      this.stride.set(wordA ? afterWord : afterOther, (1 << 14) | row);
      if (!(k[a]! & START)) continue;
      for (let b = 0; b < 128; b++) {
        if (!this.pairs[row | b]) continue;
        this.stride[row | b] = AT_FIRST;
        if (!wordA) this.stride[(1 << 14) | row | b] = AT_FIRST;
      }
    }
  }

  /**
   * From `i`, the first offset where a mention may begin: a character some alias starts with,
   * not inside a word (unless it is not a word character itself), followed by a character the
   * alias may continue with. Returns `end` when there is none before it.
   */
  nextStart(text: string, i: number, end: number): number {
    const { classes, pairs, stride } = this;
    let wordBefore = i > 0 && this.wordBefore(text, i) ? 1 : 0;
    for (;;) {
      // Two ASCII code units at a time (`StartFilter.stride`), four to a turn while both pairs
      // are quiet, then pair by pair.
      while (i + 3 < end) {
        const a = text.charCodeAt(i);
        const b = text.charCodeAt(i + 1);
        const c = text.charCodeAt(i + 2);
        const d = text.charCodeAt(i + 3);
        if ((a | b | c | d) > 127) break;
        const v = stride[(wordBefore << 14) | (a << 7) | b]!;
        if (v > QUIET + 1) break;
        const w = stride[(v << 14) | (c << 7) | d]!;
        if (w > QUIET + 1) {
          wordBefore = v;
          i += 2;
          break;
        }
        wordBefore = w;
        i += 4;
      }
      while (i + 1 < end) {
        const a = text.charCodeAt(i);
        const b = text.charCodeAt(i + 1);
        if ((a | b) > 127) break;
        const v = stride[(wordBefore << 14) | (a << 7) | b]!;
        if (v === AT_FIRST) {
          if (this.mayBeginAt(text, i, a, b)) return i;
          break; // the third unit rules `a` out: on from `a` the careful way
        }
        if (v >= MAYBE_SECOND) {
          const after = text.charCodeAt(i + 2);
          if (!(after < 128) || (pairs[(b << 7) | after] && this.mayBeginAt(text, i + 1, b, after)))
            return i + 1;
        }
        wordBefore = v & 1;
        i += 2;
      }
      if (i >= end) return end;
      // One code unit the careful way.
      const code = text.charCodeAt(i);
      let k = classes[code]!;
      if (k === 0) k = this.classify(code);
      if (k & START && !(wordBefore && k & WORD)) {
        if (code >= 128) return i;
        const after = text.charCodeAt(i + 1);
        if (!(after < 128) || (pairs[(code << 7) | after] && this.mayBeginAt(text, i, code, after))) return i;
      }
      if (!(k & SKIP)) wordBefore = k & WORD ? 1 : 0;
      i++;
    }
  }

  /** True when the nearest character before `i` that counts is a word character. */
  private wordBefore(text: string, i: number): boolean {
    const classes = this.classes;
    for (let j = i - 1; j >= 0; j--) {
      const code = text.charCodeAt(j);
      let k = classes[code]!;
      if (k === 0) k = this.classify(code);
      if (!(k & SKIP)) return (k & WORD) !== 0;
    }
    return false;
  }

  /**
   * True when a mention may begin at `p`, where the text has the ASCII units `u1 u2` that `pairs`
   * passes: the unit after them may continue some alias that begins with them.
   */
  private mayBeginAt(text: string, p: number, u1: number, u2: number): boolean {
    const slot = this.thirdSlot[(u1 << 7) | u2]!;
    if (slot === 0) return true;
    const u3 = text.charCodeAt(p + 2);
    return !(u3 < 128) || (this.thirds[(slot << 2) | (u3 >> 5)]! & (1 << (u3 & 31))) !== 0;
  }

  /**
   * The slot in `thirds` of the ASCII units that may follow second-level state `second`, added to
   * `thirds` (0 when any may: an alias ends there, or one goes on with a non-ASCII unit).
   */
  private thirdsOf(second: number, thirds: number[]): number {
    const t = this.t;
    if (t.out[second]! >= 0) return 0;
    const bits = [0, 0, 0, 0];
    for (let s = t.firstChild[second]!; s < t.firstChild[second + 1]!; s++) {
      const c3 = t.stateChar[s]!;
      if (c3 >= 128) return 0;
      for (const u of ASCII_UNFOLD[c3]!) bits[u >> 5]! |= 1 << (u & 31);
    }
    // A run of spaces counts as one.
    if (t.stateChar[second] === SPACE) for (const u of ASCII_UNFOLD[SPACE]!) bits[u >> 5]! |= 1 << (u & 31);
    thirds.push(...bits);
    return thirds.length / 4 - 1;
  }

  /**
   * Marks the raw ASCII pairs that fold to `c1 c2`, with capitals where needed, and the units that
   * may come third (`slot`); `c2` -1 (a one-unit alias): any unit after `c1`, and any third.
   */
  private mark(c1: number, up1: boolean, c2: number, up2: boolean, slot: number): void {
    for (const u1 of ASCII_UNFOLD[c1]!) {
      if (up1 && !isUpperCode(u1)) continue;
      const row = u1 << 7;
      if (c2 < 0) {
        this.pairs.fill(1, row, row + 128);
        this.anyAfter[u1] = 1;
        this.thirdSlot.fill(0, row, row + 128);
        continue;
      }
      for (const u2 of ASCII_UNFOLD[c2]!) {
        if (up2 && !isUpperCode(u2)) continue;
        this.pairs[row | u2] = 1;
        if (!this.anyAfter[u1]) this.thirdSlot[row | u2] = slot;
      }
    }
  }

  /** Works out (and keeps) the class bits of `code`. */
  classify(code: number): number {
    const c = foldCode(code);
    let k = KNOWN;
    if (c === IGNORABLE) k |= SKIP;
    else {
      if (isWordCode(c)) k |= WORD;
      const first = this.t.rootNext[c]!;
      if (first > 0 && (this.lowerFirst[first] || isUpperCode(code))) k |= START;
    }
    this.classes[code] = k;
    return k;
  }
}
