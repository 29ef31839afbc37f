import type { PackInfo } from '../../../src/core/facts/card-data';
import { compactCard } from '../../../src/core/facts/compact-card';
import { bundledPack } from '../match/bundled-matcher';

/** The bundled pack as cards name it (version pinned, so tests do not follow the data's version). */
export const bundledInfo: PackInfo = {
  id: bundledPack.id,
  title: bundledPack.title,
  version: '1.1.0',
  bundled: true,
  label: 'Gloss bundled dataset, version 1.1.0',
};

/** An imported pack, for facts that come from somewhere other than the entity's own pack. */
export const deskInfo: PackInfo = {
  id: 'desk',
  title: 'NATO desk notes',
  version: '2.0.0',
  bundled: false,
  label: 'NATO desk notes, version 2.0.0',
};

/** Rows tagged with the pack they came from, as the store holds them. */
export const withPack = <T>(rows: T[], pack: string = bundledPack.id) => rows.map((r) => ({ ...r, pack }));

/**
 * The compact card of a bundled entity on an article of `day`, its facts from `factPack`, at most
 * `limit` facts in `budget` characters (the card's defaults unless given).
 */
export function bundledCard(
  entityId: string,
  day: string | null,
  options: { factPack?: string; limit?: number; budget?: number } = {},
) {
  const { entities, facts, notes, sources } = bundledPack;
  return compactCard(
    {
      entity: { ...entities.find((e) => e.id === entityId)!, pack: bundledPack.id },
      facts: withPack(
        facts.filter((f) => f.entities.includes(entityId)),
        options.factPack,
      ),
      notes: withPack(notes),
      sources: withPack(sources),
      packs: { [bundledPack.id]: bundledInfo, desk: deskInfo },
      topics: entities.filter((e) => e.kind === 'topic'),
      articleDate: day,
    },
    options.limit,
    options.budget,
  );
}
