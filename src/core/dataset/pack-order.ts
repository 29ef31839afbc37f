import type { PackInput } from './pack';

/** A row as it may come in a file: any fields, checked one by one. */
export type Loose = Record<string, unknown> & { id?: unknown };

/**
 * `packs` in an order that imports: each after the packs whose entities, sources or facts it
 * points to (a file of several packs, such as "Export all" writes and the copy offered before a
 * Reset, imports in turn, and a pack can only point to what is already stored). Otherwise the
 * order is kept; packs that point to each other keep theirs too.
 */
export function orderByDependency<T extends PackInput>(packs: readonly T[]): T[] {
  const owner = new Map<string, number>();
  packs.forEach((pack, i) => {
    for (const list of [pack.entities, pack.sources, pack.facts] as unknown[])
      if (Array.isArray(list))
        for (const row of list as Loose[]) if (typeof row?.id === 'string') owner.set(row.id, i);
  });
  const needs = packs.map((pack, i) => {
    const on = new Set<number>();
    for (const id of pointsTo(pack)) {
      const j = owner.get(id);
      if (j !== undefined && j !== i) on.add(j);
    }
    return on;
  });
  const placed = new Set<number>();
  const order: T[] = [];
  while (order.length < packs.length) {
    const before = order.length;
    packs.forEach((pack, i) => {
      if (!placed.has(i) && [...needs[i]!].every((j) => placed.has(j))) {
        placed.add(i);
        order.push(pack);
      }
    });
    // A cycle: the rest as they were.
    if (order.length === before)
      packs.forEach((pack, i) => {
        if (!placed.has(i)) {
          placed.add(i);
          order.push(pack);
        }
      });
  }
  return order;
}

/** Every id a pack's entities, facts, notes and sources point to. */
function pointsTo(pack: PackInput): string[] {
  const lists = { entities: pack.entities, facts: pack.facts, notes: pack.notes, sources: pack.sources };
  return Object.entries(lists).flatMap(([list, rows]) =>
    asRows(rows).flatMap((row) => referencesOf(list as ReferringList, row)),
  );
}

/** The lists whose rows may point to other rows. */
export type ReferringList = 'entities' | 'facts' | 'notes' | 'sources';

/**
 * The ids one row of a pack points to: an entity's description and role sources; a fact's
 * entities, evidence sources and the reports its evidence relays; a note's facts, entities and
 * its variants' sources; a source's relayed and relaying reports.
 */
export function referencesOf(list: ReferringList, row: Loose): string[] {
  const ids: string[] = [];
  const strings = (value: unknown) => {
    if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') ids.push(v);
  };
  const one = (value: unknown) => {
    if (typeof value === 'string') ids.push(value);
  };
  if (list === 'entities') {
    strings(row.descriptionSources);
    for (const role of asRows(row.roles)) strings(role.sources);
  } else if (list === 'facts') {
    strings(row.entities);
    for (const e of asRows(row.evidence)) {
      one(e.source);
      one((e.attribution as Loose | undefined)?.of);
    }
  } else if (list === 'notes') {
    strings(row.facts);
    strings(row.entities);
    for (const v of asRows(row.variants)) one(v.source);
  } else {
    strings(row.relays);
    one(row.knownThrough);
  }
  return ids;
}

function asRows(value: unknown): Loose[] {
  return Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as Loose[]) : [];
}
