import type { AliasRule } from '../dataset/entity';

/** One alias to compile: `entityId` null marks an exclusion phrase ("Melania Trump"). */
export interface MatcherAlias {
  entityId: string | null;
  text: string;
  rule: AliasRule;
  /** The entity's kind (person, topic, organisation), for readers who mark only some kinds. */
  kind?: string;
  /** The phrase counts only in a fitting context (see `Alias.needsContext`). */
  needsContext?: boolean;
}

/** Alias rules as small numbers, in the order of `AliasRule`. */
export const RULE_CODES: Record<AliasRule, number> = { 'any-case': 0, capitalised: 1, 'after-full-name': 2 };

/** How a pattern records which of its folded offsets must be capitals in the text. */
export const CAPS = {
  /** None (any-case aliases, or aliases written in lower case). */
  none: 0,
  /** The first character of every word ("Emmanuel Macron", "Jean-Noël Barrot"). */
  wordStarts: 1,
  /** Every letter that has a capital form ("NATO", "G7"). */
  allLetters: 2,
  /** A list of offsets follows ("McCallum", "von der Leyen"). */
  listed: 3,
} as const;

/**
 * A compiled matcher, small enough to send in a message or keep in extension storage: about
 * 1.5 bytes per character of alias text (the base64 text is a third more). `packed` is base64 of:
 *
 * 1. varints: the number of automaton states `n`, and of patterns `p`;
 * 2. the trie's shape, states numbered breadth-first from the root (0): for each state its number
 *    of children in unary (that many 1 bits, then a 0), least significant bit first, in
 *    ceil((2n - 1) / 8) bytes. The children of a state are consecutive states, sorted by char;
 * 3. for states 1 .. n-1, the folded UTF-16 code unit on the edge into the state, as a varint;
 * 4. the patterns in compile order (where several end at one state, the first is the best), each
 *    as the varint number of the state where it ends, then the varint
 *    `(((entity + 1) * 3 + rule) * 2 + context) * 4 + caps` (entity -1 is an exclusion phrase;
 *    rule from `RULE_CODES`; context 1 when the alias needs a fitting context; caps from
 *    `CAPS`), then for `CAPS.listed` a count and the offsets, each as a
 *    varint difference from the one before;
 * 5. for the states of the first two levels (1 .. e2 - 1, where the first level is 1 .. e1 - 1),
 *    one byte each: bit k set when a pattern whose capitals at its start are of kind k
 *    (`kindOfCapitals`) ends at the state (first level) or at or below it (second level).
 *
 * Fail links, pattern lengths and the aliases' written forms are derived when the matcher loads.
 */
export interface PackedMatcher {
  format: 3;
  entityIds: string[];
  /** The kind of each entity in `entityIds` ('' when not given). */
  entityKinds: string[];
  packed: string;
  /** The ids of entities that come from packs the reader imported (absent: none). */
  importedEntities?: string[];
}

/**
 * What the document-level rules read from a loaded matcher (`Matcher.data`), per pattern (the
 * indices in `RawMatch.patterns`) and per entity.
 */
export interface MatcherData {
  entityIds: string[];
  /** The kind of each entity in `entityIds` ('' when not given). */
  entityKinds: string[];
  /** Per pattern: its entity's index in `entityIds` (-1 for an exclusion phrase). */
  patternEntity: ArrayLike<number>;
  /** Per pattern: its rule, as in `RULE_CODES`. */
  patternRule: ArrayLike<number>;
  /**
   * The alias of a pattern as written (folded form with its capitals restored), worked out when
   * first asked for and kept: a page meets a few patterns of a pack of thousands.
   */
  aliasOf(pattern: number): string;
  /** The patterns whose alias needs a fitting context, in increasing order. */
  contextPatterns: number[];
  /** The ids of entities that come from packs the reader imported (absent: none). */
  importedEntities?: string[];
}
