import type { Entity } from '../dataset/entity';
import type { MatcherAlias } from './matcher-data';

/**
 * The aliases a matcher needs from a list of entities: each alias with its rule, and each
 * exclusion phrase as an alias of no entity. Aliases that need a fitting context say so.
 */
export function aliasesFromEntities(
  entities: readonly Pick<Entity, 'id' | 'kind' | 'aliases' | 'excludes'>[],
): MatcherAlias[] {
  const aliases: MatcherAlias[] = [];
  for (const entity of entities) {
    for (const alias of entity.aliases)
      aliases.push({
        entityId: entity.id,
        text: alias.text,
        rule: alias.rule,
        kind: entity.kind,
        ...(alias.needsContext ? { needsContext: true } : {}),
      });
    for (const phrase of entity.excludes) aliases.push({ entityId: null, text: phrase, rule: 'capitalised' });
  }
  return aliases;
}
