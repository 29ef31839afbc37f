import { capitalOffsets } from './capital-offsets';
import { FOLD, foldCode, IGNORABLE, isUpperCode, isWordCode, SPACE } from './fold-char';
import { CAPS, type MatcherData, type PackedMatcher } from './matcher-data';
import { StartFilter } from './start-filter';
import { childOf, type MatcherTables, unpackMatcher } from './unpack-matcher';

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

/** The matches of a text with none: frozen, so no caller can add to the list all such texts share. */
const NO_MATCHES: RawMatch[] = Object.freeze([]) as unknown as RawMatch[];

/** A scan of one text in progress, for texts too long to match in one slice of work. */
export interface ScanCursor {
  readonly text: string;
  /** The next UTF-16 offset to read. */
  offset: number;
  found: RawMatch[];
}

/**
 * A matcher loaded from compiled data. A mention begins where a word begins (or at a character
 * that is not a word character), so `scan` skips ahead to such places whose first two characters,
 * capitals included, begin some alias (`StartFilter`), and there walks the trie of folded aliases as far as the text follows it,
 * checking word boundaries and capitals where patterns end. The longest span found at the
 * leftmost place wins; the search resumes after it. Its cost grows with the text (and the
 * length of the aliases it meets), not with the number of aliases.
 */
export class Matcher {
  /** What the document-level rules read: entities, and per pattern its entity, rule and alias. */
  readonly data: MatcherData;
  /** The compiled form this matcher was loaded from. */
  readonly packed: PackedMatcher;
  private readonly patternEntity: Int32Array;
  private readonly t: MatcherTables;
  private readonly filter: StartFilter;
  private readonly upper: (number[] | undefined)[] = [];
  /** Original offsets of the folded characters read in the current walk. */
  private origins: Int32Array;

  constructor(packed: PackedMatcher) {
    this.packed = packed;
    const t = unpackMatcher(packed);
    this.t = t;
    this.patternEntity = t.patternEntity;
    const aliases: (string | undefined)[] = [];
    this.data = {
      entityIds: packed.entityIds,
      entityKinds: packed.entityKinds,
      patternEntity: t.patternEntity,
      patternRule: t.patternRule,
      aliasOf: (p) => {
        let alias = aliases[p];
        if (alias === undefined) {
          alias = this.aliasOf(p);
          aliases[p] = alias;
        }
        return alias;
      },
      contextPatterns: t.contextPatterns,
      ...(packed.importedEntities ? { importedEntities: packed.importedEntities } : {}),
    };
    let longest = 0;
    for (let p = 0; p < t.patternState.length; p++) longest = Math.max(longest, t.depth[t.patternState[p]!]!);
    this.origins = new Int32Array(longest + 1);
    this.filter = new StartFilter(t);
  }

  /** Number of trie states (for size reports). */
  get states(): number {
    return this.t.parent.length;
  }

  /** The alias of pattern `p` as written (folded form, capitals restored). */
  aliasOf(p: number): string {
    const codes = this.codesOf(p);
    for (const k of this.upperOf(p)) codes[k] = String.fromCharCode(codes[k]!).toUpperCase().charCodeAt(0);
    return String.fromCharCode.apply(null, codes);
  }

  /** All non-overlapping candidate mentions in `text`, in order of position. */
  scan(text: string): RawMatch[] {
    const cursor = this.startScan(text);
    this.continueScan(cursor, text.length);
    return this.finishScan(cursor);
  }

  /** Begins a scan of `text` to run piecewise with `continueScan`. */
  startScan(text: string): ScanCursor {
    return { text, offset: 0, found: [] };
  }

  /** The matches of a scan that `continueScan` has finished. */
  finishScan(cursor: ScanCursor): RawMatch[] {
    // Most texts hold no candidate: they share one empty, frozen list (one object less to keep for each).
    const found = cursor.found;
    if (found.length === 0) return NO_MATCHES;
    // Exclusion phrases (no entity) are dropped; the list is kept with its buffer, so it is
    // copied to its length (grown by `push`, it has room for more).
    let kept = 0;
    for (const m of found) if (!this.excludesOnly(m)) found[kept++] = m;
    return kept === 0 ? NO_MATCHES : found.slice(0, kept);
  }

  /** True when every pattern of the match is an exclusion phrase (no entity). */
  private excludesOnly(m: RawMatch): boolean {
    for (const p of m.patterns) if (this.patternEntity[p] !== -1) return false;
    return true;
  }

  /**
   * Looks for mentions beginning in the next `chars` code units of the cursor's text (a mention
   * may run on past them); true once the text is done. The matches are the same as one `scan`
   * of the whole text however the reading is split.
   */
  continueScan(cursor: ScanCursor, chars: number): boolean {
    const text = cursor.text;
    const end = Math.min(text.length, cursor.offset + chars);
    let i = cursor.offset;
    while (i < end) {
      i = this.filter.nextStart(text, i, end);
      if (i >= end) break;
      const found = this.longestAt(text, i);
      if (found) {
        cursor.found.push(found);
        i = found.end;
      } else i++;
    }
    cursor.offset = Math.max(i, end);
    return cursor.offset >= text.length;
  }

  /**
   * Walks the trie from the root along the folded text at `start`, and returns the longest span
   * there whose patterns hold (word boundary after it, capitals), or null.
   */
  private longestAt(text: string, start: number): RawMatch | null {
    const t = this.t;
    const origins = this.origins;
    let state = 0;
    let depth = 0;
    let lastWasSpace = false;
    let best: RawMatch | null = null;
    for (let j = start; j < text.length; j++) {
      const code = text.charCodeAt(j);
      let c = FOLD[code]!;
      if (c < 0) c = foldCode(code);
      if (c === IGNORABLE) continue;
      if (c === SPACE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      const next = state === 0 ? t.rootNext[c]! || -1 : childOf(t, state, c);
      if (next < 0) break;
      state = next;
      origins[depth++] = j;
      if (t.out[state]! < 0) continue;
      if (isWordCode(c) && isWordCode(peekFolded(text, j + 1))) continue;
      const patterns = this.acceptedPatterns(state, text);
      if (patterns) best = { start, end: j + 1, patterns };
    }
    return best;
  }

  /** The patterns ending at `state` whose capitals hold in the text, best first; null when none do. */
  private acceptedPatterns(state: number, text: string): number[] | null {
    const { out, patternNext } = this.t;
    // Made with its first item, the list is one slot long (most spans have one pattern); made
    // empty and pushed to, it would take seventeen, and each match keeps its list.
    let accepted: number[] | null = null;
    for (let p = out[state]!; p >= 0; p = patternNext[p]!) {
      if (!this.capitalsHold(p, text)) continue;
      if (accepted) accepted.push(p);
      else accepted = [p];
    }
    return accepted;
  }

  private capitalsHold(pattern: number, text: string): boolean {
    for (const k of this.upperOf(pattern)) {
      if (!isUpperCode(text.charCodeAt(this.origins[k]!))) return false;
    }
    return true;
  }

  private upperOf(p: number): number[] {
    let offsets = this.upper[p];
    if (!offsets) {
      const caps = this.t.patternCaps[p]!;
      if (caps === CAPS.none) offsets = [];
      else if (caps === CAPS.listed) offsets = this.t.listedCaps.get(p) ?? [];
      else offsets = capitalOffsets(this.codesOf(p), caps);
      this.upper[p] = offsets;
    }
    return offsets;
  }

  /** The folded code units of pattern `p`, read up the trie. */
  private codesOf(p: number): number[] {
    const { parent, stateChar, depth } = this.t;
    let s = this.t.patternState[p]!;
    const codes = new Array<number>(depth[s]!);
    for (let k = codes.length - 1; k >= 0; k--, s = parent[s]!) codes[k] = stateChar[s]!;
    return codes;
  }
}

function peekFolded(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = foldCode(text.charCodeAt(j));
    if (c !== IGNORABLE) return c;
  }
  return SPACE;
}
