/** How much of a page to mark (the reader's `marking` setting). */
export type Marking = 'every' | 'section' | 'page';

/**
 * What a marked mention takes, so no later one of the same kind is marked: its entity (`page`),
 * its entity in its section (`section`), or nothing (`every`, null).
 */
export function markingKey(marking: Marking, entityId: string, section: number): string | null {
  if (marking === 'every') return null;
  return marking === 'section' ? `${section}\u0000${entityId}` : entityId;
}

/**
 * Which mentions to mark, given each one's entity and section (any number that is equal for
 * mentions in the same section), in document order: all of them (`every`), the first of each
 * entity in each section, or the first of each entity on the page; never an entity in `muted`.
 * Returns the indices kept, in order.
 */
export function chooseMarked(
  mentions: readonly { entityId: string; section: number }[],
  marking: Marking,
  muted: ReadonlySet<string> = new Set(),
): number[] {
  const seen = new Set<string>();
  const kept: number[] = [];
  mentions.forEach((m, i) => {
    if (muted.has(m.entityId)) return;
    const key = markingKey(marking, m.entityId, m.section);
    if (key !== null) {
      if (seen.has(key)) return;
      seen.add(key);
    }
    kept.push(i);
  });
  return kept;
}
