import type { PackInput } from './pack';

type Loose = Record<string, unknown> & { id?: unknown };

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

/** Every id a pack's facts, notes and sources point to. */
function pointsTo(pack: PackInput): string[] {
  const ids: string[] = [];
  const strings = (value: unknown) => {
    if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') ids.push(v);
  };
  for (const fact of asRows(pack.facts)) {
    strings(fact.entities);
    for (const e of asRows(fact.evidence)) {
      if (typeof e.source === 'string') ids.push(e.source);
      const of = (e.attribution as Loose | undefined)?.of;
      if (typeof of === 'string') ids.push(of);
    }
  }
  for (const note of asRows(pack.notes)) {
    strings(note.facts);
    strings(note.entities);
    for (const v of asRows(note.variants)) if (typeof v.source === 'string') ids.push(v.source);
  }
  for (const source of asRows(pack.sources)) {
    strings(source.relays);
    if (typeof source.knownThrough === 'string') ids.push(source.knownThrough);
  }
  return ids;
}

function asRows(value: unknown): Loose[] {
  return Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as Loose[]) : [];
}
