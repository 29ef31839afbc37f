/** How much of a page to mark (the reader's `marking` setting). */
export type Marking = 'every' | 'section' | 'page';

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
    if (marking !== 'every') {
      const key = marking === 'section' ? `${m.section}\u0000${m.entityId}` : m.entityId;
      if (seen.has(key)) return;
      seen.add(key);
    }
    kept.push(i);
  });
  return kept;
}
