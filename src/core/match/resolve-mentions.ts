import { forgetAddressRun, insideAddress } from './address-runs';
import { type ContextBlock, fitsContext, sentenceInOtherSense } from './context-rule';
import type { Matcher, RawMatch } from './matcher';
import { RULE_CODES } from './matcher-data';
import { namedPlainly } from './named-plainly';
import { type NamesakeReason, namesakeReason, type PersonProfile } from './namesake-rule';
import { honorificGender, isTitleWord } from './person-words';
import { type RuleIndex, ruleIndexOf } from './rule-index';
import { keyOf, sentenceStartOf, wordBefore } from './words-around';

/** A mention of an entity: UTF-16 offsets `[start, end)` into the buffer, and the alias that matched. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
  alias: string;
}

/**
 * Why a candidate was not taken as a mention: a namesake rule, a phrase out of its context, or a
 * name inside a web or e-mail address.
 */
export type ExclusionReason = NamesakeReason | 'context' | 'address';

const AFTER_FULL_NAME = RULE_CODES['after-full-name'];

/**
 * Applies the document-level rules to candidates, buffer by buffer in document order:
 * - a surname that is ambiguous alone ("Turner") counts only once the same entity has been
 *   referred to in full earlier in the document (a namesake's full name does not count);
 * - a person's name that belongs to someone or something else ("Tiffany Trump", "Mrs Macron",
 *   "Trump Jr.", "Trump Airlines") is not a mention, nor is the bare surname later in the same
 *   sentence as such a namesake, unless a title stands before it or the person's full name came
 *   earlier in that sentence;
 * - a phrase with a generic sense counts only when its block and the blocks around it fit.
 * Keep one resolver per document; `reset` starts again. `excluded` counts what the rules removed.
 */
export class MentionResolver {
  private readonly seen = new Set<number>();
  /** The entities of `seen` in the order they were first referred to in full (for `rollback`). */
  private readonly seenOrder: number[] = [];
  private readonly index: RuleIndex;
  /** Per entity, where the buffer being resolved last named a namesake, and the person in full. */
  private readonly namesakeAt: OffsetsInBuffer;
  private readonly fullAt: OffsetsInBuffer;
  /** How many candidates each rule removed so far. */
  readonly excluded = new Map<ExclusionReason, number>();

  /**
   * `onExcluded`, when given, hears of every candidate a rule removed: the reason, the entity and
   * the span's UTF-16 offsets in the buffer (for sweeps and reviews).
   */
  constructor(
    private readonly matcher: Matcher,
    private readonly onExcluded?: (
      reason: ExclusionReason,
      entityId: string,
      start: number,
      end: number,
    ) => void,
  ) {
    this.index = ruleIndexOf(matcher.data);
    this.namesakeAt = new OffsetsInBuffer(matcher.data.entityIds.length);
    this.fullAt = new OffsetsInBuffer(matcher.data.entityIds.length);
  }

  /**
   * Resolves one buffer's candidates (from `matcher.scan`) into mentions, in order. `text` is the
   * buffer's text (without it, only the full-name rule applies); `around` gives the neighbouring
   * blocks, asked for only when a phrase needs context.
   */
  resolve(
    raw: readonly RawMatch[],
    text?: string,
    around: () => readonly ContextBlock[] = () => [],
  ): Mention[] {
    const { patternEntity, patternRule, entityIds } = this.matcher.data;
    const aliasOf = this.matcher.data.aliasOf;
    const index = this.index;
    const mentions: Mention[] = [];
    const namesakeAt = this.namesakeAt;
    const fullAt = this.fullAt;
    namesakeAt.clear();
    fullAt.clear();
    let fits: boolean | undefined;
    let lastEnd = -1;
    for (const m of raw) {
      if (text !== undefined && insideAddress(text, m.start, m.end)) {
        const entity = patternEntity[m.patterns[0]!]!;
        if (entity >= 0) this.count('address', entity, m);
        continue;
      }
      for (const p of m.patterns) {
        const entity = patternEntity[p]!;
        if (entity < 0) continue;
        const full = index.fullName(p);
        const person = text === undefined ? null : index.person(entity);
        if (person && text !== undefined) {
          const reason =
            namesakeReason(text, m.start, m.end, person, full, lastEnd) ??
            this.relativeInSentence(text, m.start, person, full, namesakeAt.get(entity), fullAt.get(entity));
          if (reason) {
            this.count(reason, entity, m);
            namesakeAt.set(entity, m.start);
            continue;
          }
        }
        // An ambiguous surname before the full name: only a role or a middle initial unlocks it.
        const gated = patternRule[p] === AFTER_FULL_NAME && !this.seen.has(entity);
        const unlocked = gated && person !== null ? namedPlainly(text!, m.start, m.end, person) : null;
        if (gated && !unlocked) continue;
        if (index.context.has(p) && text !== undefined) {
          const context = index.context;
          fits ??= fitsContext([{ text, raw }, ...around()], entity, this.matcher.data, (q) =>
            context.has(q),
          );
          if (!fits) {
            this.count('context', entity, m);
            continue;
          }
        } else if (
          text !== undefined &&
          this.matcher.data.entityKinds[entity] === 'topic' &&
          sentenceInOtherSense(text, m.start, m.end)
        ) {
          this.count('context', entity, m);
          continue;
        }
        if ((patternRule[p] !== AFTER_FULL_NAME || unlocked === 'full') && !this.seen.has(entity)) {
          this.seen.add(entity);
          this.seenOrder.push(entity);
        }
        if (full) fullAt.set(entity, m.start);
        mentions.push({ entityId: entityIds[entity]!, start: m.start, end: m.end, alias: aliasOf(p) });
        lastEnd = m.end;
        break;
      }
    }
    forgetAddressRun();
    return mentions;
  }

  /** Scans and resolves one buffer. */
  find(text: string): Mention[] {
    return this.resolve(this.matcher.scan(text), text);
  }

  /** Forgets the full references seen so far (for a new document). */
  reset(): void {
    this.seen.clear();
    this.seenOrder.length = 0;
    this.excluded.clear();
  }

  /** A point to come back to with `rollback`: what the resolver has seen so far. */
  mark(): number {
    return this.seenOrder.length;
  }

  /**
   * Forgets the full references seen since `mark` was taken, so the buffers after it can be
   * resolved again (text that changed, or buffers resolved ahead of their turn).
   */
  rollback(mark: number): void {
    while (this.seenOrder.length > mark) this.seen.delete(this.seenOrder.pop()!);
  }

  private count(reason: ExclusionReason, entity: number, m: RawMatch): void {
    this.excluded.set(reason, (this.excluded.get(reason) ?? 0) + 1);
    this.onExcluded?.(reason, this.matcher.data.entityIds[entity]!, m.start, m.end);
  }

  /** A bare surname in the sentence of a namesake ("Brigitte Macron said Macron…") is the namesake's. */
  private relativeInSentence(
    text: string,
    start: number,
    person: PersonProfile,
    full: boolean,
    namesake: number | undefined,
    fullName: number | undefined,
  ): NamesakeReason | null {
    if (full || namesake === undefined) return null;
    const sentence = sentenceStartOf(text, start);
    if (namesake < sentence || (fullName !== undefined && fullName >= sentence)) return null;
    const before = wordBefore(text, start);
    if (before) {
      const key = keyOf(before.text);
      if (
        isTitleWord(key) &&
        (!person.gender || honorificGender(key) !== (person.gender === 'm' ? 'f' : 'm'))
      )
        return null;
    }
    return 'relative';
  }
}

/**
 * An offset per entity for one buffer at a time, cleared per buffer without a pass over them (a
 * buffer counts as a generation: an offset of an earlier one reads as none). Typed arrays rather
 * than a map a buffer: resolving is per buffer, and a map made or cleared for each of thousands
 * of buffers is garbage for the collector.
 */
class OffsetsInBuffer {
  /** Made at the first `set`: a resolver in a frame with no mention (or no person) costs nothing. */
  private at: Int32Array | null = null;
  private of: Uint32Array | null = null;
  private generation = 1;

  constructor(private readonly entities: number) {}

  /** Forgets every offset (a new buffer). */
  clear(): void {
    this.generation++;
  }

  get(entity: number): number | undefined {
    return this.of?.[entity] === this.generation ? this.at![entity] : undefined;
  }

  set(entity: number, offset: number): void {
    this.at ??= new Int32Array(this.entities);
    this.of ??= new Uint32Array(this.entities);
    this.at[entity] = offset;
    this.of[entity] = this.generation;
  }
}

/** Finds the mentions in a single text treated as a whole document. */
export function findMentions(matcher: Matcher, text: string): Mention[] {
  return new MentionResolver(matcher).find(text);
}
