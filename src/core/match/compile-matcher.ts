import { capitalOffsets, kindOfCapitals } from './capital-offsets';
import { foldCode, IGNORABLE, isUpperCode, SPACE } from './fold-char';
import { ByteWriter, toBase64 } from './matcher-bytes';
import { CAPS, type MatcherAlias, type PackedMatcher, RULE_CODES } from './matcher-data';

interface Pattern {
  state: number;
  entity: number;
  rule: number;
  context: boolean;
  upper: number[];
  codes: number[];
}

/**
 * Compiles aliases into one Aho-Corasick automaton over folded text, so matching costs the same
 * whatever the number of aliases, and packs it compactly (see `PackedMatcher`). Aliases that fold
 * to nothing are skipped; duplicates (the same folded text and capitals for the same entity and
 * rule) are kept once.
 */
export function compileMatcher(aliases: readonly MatcherAlias[]): PackedMatcher {
  const entityIndex = new Map<string, number>();
  const entityIds: string[] = [];
  const entityKinds: string[] = [];
  const patterns: Pattern[] = [];
  // Trie edges keyed by state * 65536 + char while building; laid out breadth-first afterwards.
  const goto = new Map<number, number>();
  const seen = new Set<string>();
  let states = 1;
  for (const alias of aliases) {
    const { codes, upper } = foldAlias(alias);
    if (codes.length === 0) continue;
    let entity = -1;
    if (alias.entityId !== null) {
      entity = entityIndex.get(alias.entityId) ?? entityIds.length;
      if (entity === entityIds.length) {
        entityIds.push(alias.entityId);
        entityKinds.push(alias.kind ?? '');
        entityIndex.set(alias.entityId, entity);
      }
    }
    // Capitals are part of the key: "NATO" and "Nato" fold alike but accept different text.
    const capitals = alias.rule === 'any-case' ? '' : upper.join(',');
    const key = `${entity}|${alias.rule}|${capitals}|${alias.needsContext === true}|${String.fromCharCode.apply(null, codes)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let state = 0;
    for (const c of codes) {
      const k = state * 65536 + c;
      let next = goto.get(k);
      if (next === undefined) {
        next = states++;
        goto.set(k, next);
      }
      state = next;
    }
    const rule = RULE_CODES[alias.rule];
    const context = alias.needsContext === true;
    patterns.push({ state, entity, rule, context, upper: alias.rule === 'any-case' ? [] : upper, codes });
  }
  return { format: 3, entityIds, entityKinds, packed: toBase64(pack(goto, states, patterns)) };
}

/**
 * Folds an alias the way page text is folded, noting which folded offsets were capitals. The alias
 * is composed first (NFC), as pages write their text: "Élysée" typed with combining accents
 * matches the page's precomposed letters.
 */
export function foldAlias(alias: Pick<MatcherAlias, 'text'>): { codes: number[]; upper: number[] } {
  const codes: number[] = [];
  const upper: number[] = [];
  const text = alias.text.normalize('NFC');
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    const c = foldCode(raw);
    if (c === IGNORABLE) continue;
    if (c === SPACE && (codes.length === 0 || codes[codes.length - 1] === SPACE)) continue;
    if (isUpperCode(raw)) upper.push(codes.length);
    codes.push(c);
  }
  while (codes[codes.length - 1] === SPACE) codes.pop();
  return { codes, upper };
}

/**
 * Lays the trie out breadth-first, so the shallow states, where matching spends most of its
 * time, have the lowest numbers, every state's parent
 * points to a lower number, and a state's children are consecutive; then writes the bytes.
 */
function pack(goto: Map<number, number>, states: number, patterns: Pattern[]): Uint8Array {
  const keys = [...goto.keys()].sort((a, b) => a - b);
  const childStart = new Int32Array(states + 1);
  for (const k of keys) childStart[Math.floor(k / 65536) + 1]!++;
  for (let s = 0; s < states; s++) childStart[s + 1]! += childStart[s]!;
  const renumber = new Int32Array(states);
  const order = new Int32Array(states);
  let length = 1;
  for (let head = 0; head < length; head++) {
    const old = order[head]!;
    for (let e = childStart[old]!; e < childStart[old + 1]!; e++) {
      const child = goto.get(keys[e]!)!;
      renumber[child] = length;
      order[length++] = child;
    }
  }
  const out = new ByteWriter();
  out.varint(states);
  out.varint(patterns.length);
  const shape = new Uint8Array(Math.ceil((2 * states - 1) / 8));
  let bit = 0;
  for (const old of order) {
    const children = childStart[old + 1]! - childStart[old]!;
    for (let k = 0; k < children; k++, bit++) shape[bit >> 3]! |= 1 << (bit & 7);
    bit++; // the 0 that ends this state's children
  }
  out.raw(shape);
  for (const old of order)
    for (let e = childStart[old]!; e < childStart[old + 1]!; e++) out.varint(keys[e]! % 65536);
  for (const p of patterns) {
    const caps = capsOf(p.codes, p.upper);
    out.varint(renumber[p.state]!);
    out.varint((((p.entity + 1) * 3 + p.rule) * 2 + (p.context ? 1 : 0)) * 4 + caps);
    if (caps === CAPS.listed) {
      out.varint(p.upper.length);
      let last = 0;
      for (const k of p.upper) {
        out.varint(k - last);
        last = k;
      }
    }
  }
  out.raw(startKinds(goto, renumber, order, childStart, patterns));
  return out.finish();
}

/**
 * Section 5 of `PackedMatcher`: for each state of the first two levels (1 .. e2 - 1, renumbered),
 * a byte with bit `kindOfCapitals` set for each kind of capitals among the patterns that end at
 * it (first level) or at or below it (second level). The matcher's start filter reads it.
 */
function startKinds(
  goto: Map<number, number>,
  renumber: Int32Array,
  order: Int32Array,
  childStart: Int32Array,
  patterns: Pattern[],
): Uint8Array {
  const e1 = 1 + childStart[1]! - childStart[0]!;
  let e2 = e1;
  for (let s = 1; s < e1; s++) e2 += childStart[order[s]! + 1]! - childStart[order[s]!]!;
  const kinds = new Uint8Array(e2 - 1);
  for (const p of patterns) {
    const first = goto.get(p.codes[0]!)!;
    const at = p.codes.length > 1 ? goto.get(first * 65536 + p.codes[1]!)! : first;
    kinds[renumber[at]! - 1]! |= 1 << kindOfCapitals(capsOf(p.codes, p.upper), p.upper);
  }
  return kinds;
}

/** The shortest description of which offsets must be capitals. */
function capsOf(codes: number[], upper: number[]): number {
  if (upper.length === 0) return CAPS.none;
  if (same(upper, capitalOffsets(codes, CAPS.wordStarts))) return CAPS.wordStarts;
  if (same(upper, capitalOffsets(codes, CAPS.allLetters))) return CAPS.allLetters;
  return CAPS.listed;
}

function same(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
