import type { Matcher, RawMatch } from './matcher';
import { RULE_CODES } from './matcher-data';

/** A mention of an entity: UTF-16 offsets `[start, end)` into the buffer, and the alias that matched. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
  alias: string;
}

const AFTER_FULL_NAME = RULE_CODES['after-full-name'];

/**
 * Applies the document-level rules to candidates, buffer by buffer in document order: a surname
 * that is ambiguous alone ("Turner") counts only once the same entity has been referred to in
 * full earlier in the document. Keep one resolver per document; `reset` starts again.
 */
export class MentionResolver {
  private readonly seen = new Set<number>();

  constructor(private readonly matcher: Matcher) {}

  /** Resolves one buffer's candidates (from `matcher.scan`) into mentions, in order. */
  resolve(raw: readonly RawMatch[]): Mention[] {
    const { patternEntity, patternRule } = this.matcher;
    const { entityIds } = this.matcher.data;
    const mentions: Mention[] = [];
    for (const m of raw) {
      for (const p of m.patterns) {
        const entity = patternEntity[p]!;
        if (entity < 0) continue;
        if (patternRule[p] === AFTER_FULL_NAME && !this.seen.has(entity)) continue;
        if (patternRule[p] !== AFTER_FULL_NAME) this.seen.add(entity);
        mentions.push({
          entityId: entityIds[entity]!,
          start: m.start,
          end: m.end,
          alias: this.matcher.aliasOf(p),
        });
        break;
      }
    }
    return mentions;
  }

  /** Scans and resolves one buffer. */
  find(text: string): Mention[] {
    return this.resolve(this.matcher.scan(text));
  }

  /** Forgets the full references seen so far (for a new document). */
  reset(): void {
    this.seen.clear();
  }
}

/** Finds the mentions in a single text treated as a whole document. */
export function findMentions(matcher: Matcher, text: string): Mention[] {
  return new MentionResolver(matcher).find(text);
}
