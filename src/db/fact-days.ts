import type { FactDaysRow, GlossDb } from './gloss-db';

/** The key of an entity's `factDays` row for the facts of one pack. */
export function factDaysKey(entityId: string, packId: string): string {
  return `${entityId}|${packId}`;
}

/**
 * Counts of facts by entity and day, built while a pack's facts are written (or a store is
 * upgraded), and stored as one `factDays` row per entity and pack: so a card knows how many facts
 * an entity has before and after an article's date without counting them in an index, which
 * some browsers do slowly (Chromium 150 takes over 150 ms for 20,000 entries).
 */
export class FactDayCounts {
  private readonly rows = new Map<string, FactDaysRow>();

  /** Counts each fact once under each entity it is about, on its earliest day (`sortDate`). */
  add(facts: readonly { entities: readonly string[]; sortDate: string; pack: string }[]): void {
    for (const fact of facts) {
      for (const entity of new Set(fact.entities)) {
        const key = factDaysKey(entity, fact.pack);
        let row = this.rows.get(key);
        if (!row) {
          row = { key, entity, pack: fact.pack, days: {} };
          this.rows.set(key, row);
        }
        row.days[fact.sortDate] = (row.days[fact.sortDate] ?? 0) + 1;
      }
    }
  }

  /** The rows to store, one per entity and pack counted. */
  list(): FactDaysRow[] {
    return [...this.rows.values()];
  }
}

/** How many facts an entity has in all, on or before `day`, and after it. */
export interface FactCounts {
  total: number;
  asOf: number;
  since: number;
}

/**
 * The stored counts of `entityId`'s facts, over every pack, split at `day` (`YYYY-MM-DD`; facts
 * on that day count as "as of"). Reads one small row per pack that has facts about the entity.
 */
export async function readFactCounts(db: GlossDb, entityId: string, day: string): Promise<FactCounts> {
  const rows = await db.factDays.where('entity').equals(entityId).toArray();
  const counts: FactCounts = { total: 0, asOf: 0, since: 0 };
  for (const row of rows) {
    for (const [d, n] of Object.entries(row.days)) {
      counts.total += n;
      if (d <= day) counts.asOf += n;
      else counts.since += n;
    }
  }
  return counts;
}
