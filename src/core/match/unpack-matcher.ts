import { ByteReader, fromBase64 } from './matcher-bytes';
import { CAPS, type PackedMatcher } from './matcher-data';

/**
 * The automaton and patterns of a packed matcher as typed arrays. States are numbered
 * breadth-first; the children of state `s` are the states `firstChild[s] .. firstChild[s+1])`,
 * sorted by `stateChar` (the folded code unit on the edge into each). `out[s]` is the first
 * pattern ending at `s` (or -1; `patternNext` chains the others, best first),
 * `depth[s]` its number of folded characters, `rootNext[c]` the root's child on `c` (0 for none).
 */
export interface MatcherTables {
  firstChild: Int32Array;
  stateChar: Uint16Array;
  parent: Int32Array;
  depth: Int32Array;
  out: Int32Array;
  rootNext: Int32Array;
  patternState: Int32Array;
  /** The next pattern ending at the same state, in compile order (-1 after the last). */
  patternNext: Int32Array;
  patternEntity: Int32Array;
  patternRule: Uint8Array;
  patternCaps: Uint8Array;
  /** Capital offsets of the patterns with `CAPS.listed`. */
  listedCaps: Map<number, number[]>;
  /** The patterns whose alias needs a fitting context, in increasing order. */
  contextPatterns: number[];
  /** Per state 1 .. e2 - 1 (index s - 1): the kinds of capitals at the start of its patterns. */
  startKinds: Uint8Array;
}

/**
 * Unpacks `data.packed` in one pass over its bytes. Throws a plain error on data
 * that is not a well-formed matcher (a cache written by another version, or a tampered one).
 */
export function unpackMatcher(data: PackedMatcher): MatcherTables {
  if (data.format !== 3 || typeof data.packed !== 'string')
    throw new Error('matcher data has another format');
  const reader = new ByteReader(fromBase64(data.packed));
  const n = reader.varint();
  const patterns = reader.varint();
  if (n < 1) throw new Error('matcher data has no root');
  const firstChild = new Int32Array(n + 1);
  const parent = new Int32Array(n);
  const depth = new Int32Array(n);
  const bits = 2 * n - 1;
  const shape = reader.take(Math.ceil(bits / 8));
  // One pass over the shape, a byte at a time: a 1 bit is the next child of state `s`, a 0 bit
  // moves on to the next state. Written for a frame's first run of it (not yet optimised).
  let s = 0;
  let next = 1;
  firstChild[0] = 1;
  for (let i = 0; i < shape.length; i++) {
    let byte = shape[i]!;
    const last = Math.min(8, bits - i * 8);
    for (let b = 0; b < last; b++, byte >>= 1) {
      if (byte & 1) {
        if (next >= n) throw new Error('matcher data has a malformed trie');
        parent[next] = s;
        depth[next] = depth[s]! + 1;
        next++;
      } else if (++s < n) firstChild[s] = next;
    }
  }
  for (let k = Math.min(s, n - 1) + 1; k <= n; k++) firstChild[k] = next;
  if (next !== n) throw new Error('matcher data has a malformed trie');
  const stateChar = new Uint16Array(n);
  const bytes = reader.bytes;
  let at = reader.offset;
  for (let t = 1; t < n; t++) {
    // Most edges are one byte (ASCII); longer varints take the checked path.
    let c = at < bytes.length ? bytes[at]! : 0x80;
    if (c < 0x80) at++;
    else {
      reader.offset = at;
      c = reader.varint();
      at = reader.offset;
    }
    if (c > 0xffff || (t > firstChild[parent[t]!]! && c <= stateChar[t - 1]!))
      throw new Error('matcher data has unsorted edges');
    stateChar[t] = c;
  }
  reader.offset = at;
  const patternState = new Int32Array(patterns);
  const patternEntity = new Int32Array(patterns);
  const patternRule = new Uint8Array(patterns);
  const patternCaps = new Uint8Array(patterns);
  const listedCaps = new Map<number, number[]>();
  const contextPatterns: number[] = [];
  const out = new Int32Array(n).fill(-1);
  const patternNext = new Int32Array(patterns).fill(-1);
  const lastAt = new Int32Array(n).fill(-1);
  for (let p = 0; p < patterns; p++) {
    const state = reader.varint();
    const code = reader.varint();
    const entity = Math.floor(code / 24) - 1;
    if (state <= 0 || state >= n || entity >= data.entityIds.length)
      throw new Error('matcher data has a malformed pattern');
    patternState[p] = state;
    patternEntity[p] = entity;
    patternRule[p] = (code >> 3) % 3;
    if ((code >> 2) & 1) contextPatterns.push(p);
    patternCaps[p] = code & 3;
    if (out[state] === -1) out[state] = p;
    else patternNext[lastAt[state]!] = p;
    lastAt[state] = p;
    if ((code & 3) === CAPS.listed) {
      const offsets: number[] = [];
      let at = 0;
      for (let k = reader.varint(); k > 0; k--) {
        at += reader.varint();
        if (at >= depth[state]!) throw new Error('matcher data has a malformed pattern');
        offsets.push(at);
      }
      listedCaps.set(p, offsets);
    }
  }
  const e1 = firstChild[1]!;
  const startKinds = reader.take((firstChild[e1] ?? e1) - 1);
  // Seven kinds of capitals (`kindOfCapitals`); a wrong byte would make the start filter skip matches.
  if (startKinds.some((k) => k > 0x7f)) throw new Error('matcher data has malformed start kinds');
  const rootNext = new Int32Array(65536);
  for (let t = firstChild[0]!; t < firstChild[1]!; t++) rootNext[stateChar[t]!] = t;
  return {
    firstChild,
    stateChar,
    parent,
    depth,
    out,
    rootNext,
    patternState,
    patternNext,
    patternEntity,
    patternRule,
    patternCaps,
    listedCaps,
    contextPatterns,
    startKinds,
  };
}

/** The child of `state` on folded char `c`, or -1. */
export function childOf(
  t: Pick<MatcherTables, 'firstChild' | 'stateChar'>,
  state: number,
  c: number,
): number {
  let lo = t.firstChild[state]!;
  let hi = t.firstChild[state + 1]! - 1;
  const chars = t.stateChar;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mc = chars[mid]!;
    if (mc === c) return mid;
    if (mc < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
