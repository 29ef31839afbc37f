import type { MatcherData } from './matcher-data';
import { type PersonProfile, profileOf } from './namesake-rule';

/**
 * What the rules need from a compiled matcher, worked out once per matcher and lazily: a person's
 * profile only when one of the person's names is first met, so a pack of thousands of people
 * costs nothing up front (one pass linking each entity to its patterns).
 */
export class RuleIndex {
  readonly context: Set<number>;
  private readonly firstPattern: Int32Array;
  private readonly nextPattern: Int32Array;
  private readonly profiles: (PersonProfile | null | undefined)[] = [];
  private readonly fullNames: (boolean | undefined)[] = [];

  constructor(private readonly data: MatcherData) {
    this.context = new Set(data.contextPatterns ?? []);
    this.firstPattern = new Int32Array(data.entityIds.length).fill(-1);
    this.nextPattern = new Int32Array(data.patternEntity.length).fill(-1);
    for (let p = data.patternEntity.length - 1; p >= 0; p--) {
      const entity = data.patternEntity[p]!;
      if (entity < 0) continue;
      this.nextPattern[p] = this.firstPattern[entity]!;
      this.firstPattern[entity] = p;
    }
  }

  /** The person's profile, or null for topics and organisations. */
  person(entity: number): PersonProfile | null {
    let profile = this.profiles[entity];
    if (profile === undefined) {
      const aliases: string[] = [];
      for (let p = this.firstPattern[entity]!; p >= 0; p = this.nextPattern[p]!)
        aliases.push(this.data.aliasOf(p));
      profile = this.data.entityKinds[entity] === 'person' ? profileOf(aliases) : null;
      this.profiles[entity] = profile;
    }
    return profile;
  }

  /** True when the pattern's alias has more than one word (a full name). */
  fullName(pattern: number): boolean {
    let full = this.fullNames[pattern];
    if (full === undefined) {
      full = /\S\s+\S/u.test(this.data.aliasOf(pattern));
      this.fullNames[pattern] = full;
    }
    return full;
  }
}

const indexes = new WeakMap<MatcherData, RuleIndex>();

/** The rule index of a compiled matcher, made on first use and kept as long as the data lives. */
export function ruleIndexOf(data: MatcherData): RuleIndex {
  let index = indexes.get(data);
  if (!index) {
    index = new RuleIndex(data);
    indexes.set(data, index);
  }
  return index;
}
