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

/**
 * A compiled matcher as plain arrays, so it can be sent in a message or stored as JSON and
 * hydrated without recompiling. The automaton is an Aho-Corasick trie in compressed rows:
 * the edges of state `s` are `edgeChar/edgeNext[edgeStart[s] .. edgeStart[s+1])`, sorted by char.
 * `out[s]` is the first pattern ending at `s` (or -1), `patternNext` chains patterns that fold to
 * the same text, and `dictLink[s]` is the nearest proper suffix state with an output (or -1).
 * Per pattern: its entity index (-1 for an exclusion), folded length, rule code, the offsets
 * within it that must be upper case in the text, and the alias as written.
 */
export interface MatcherData {
  format: 1;
  entityIds: string[];
  /** The kind of each entity in `entityIds` ('' when not given). */
  entityKinds: string[];
  edgeStart: number[];
  edgeChar: number[];
  edgeNext: number[];
  fail: number[];
  out: number[];
  dictLink: number[];
  patternNext: number[];
  patternEntity: number[];
  patternLength: number[];
  patternRule: number[];
  patternUpper: number[][];
  patternAlias: string[];
  /** The patterns whose alias needs a fitting context, in increasing order (absent: none). */
  contextPatterns?: number[];
  /** The ids of entities that come from packs the reader imported (absent: none). */
  importedEntities?: string[];
}
