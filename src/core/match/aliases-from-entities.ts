import type { Entity } from '../dataset/entity';
import type { MatcherAlias } from './matcher-data';

const SPACED = /\S\s+\S/;
const SPACES = /\s+/g;

/**
 * The aliases a matcher needs from a list of entities: each alias with its rule, and each
 * exclusion phrase as an alias of no entity. Aliases that need a fitting context say so. A
 * topic's phrase is also found hyphenated, as a compound before a noun ("coalition-of-the-willing
 * leaders", "reassurance-force troops"); a person's name is not ("Starmer-Macron talks" is two
 * names, and "Keir-Starmer" no one's writing).
 */
export function aliasesFromEntities(
  entities: readonly Pick<Entity, 'id' | 'kind' | 'aliases' | 'excludes'>[],
): MatcherAlias[] {
  const aliases: MatcherAlias[] = [];
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const found: MatcherAlias = {
        entityId: entity.id,
        text: alias.text,
        rule: alias.rule,
        kind: entity.kind,
        ...(alias.needsContext ? { needsContext: true } : {}),
      };
      aliases.push(found);
      const compound = hyphenatedForm(entity.kind, alias.text);
      if (compound) aliases.push({ ...found, text: compound });
    }
    for (const phrase of entity.excludes) aliases.push({ entityId: null, text: phrase, rule: 'capitalised' });
  }
  return aliases;
}

/** The hyphenated form a topic's phrase of several words is also found in, or null (see above). */
export function hyphenatedForm(kind: Entity['kind'] | undefined, text: string): string | null {
  return kind === 'topic' && SPACED.test(text) ? text.trim().replace(SPACES, '-') : null;
}
