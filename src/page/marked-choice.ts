import { type Marking, markingKey } from './choose-marked';
import type { FoundMention } from './page-mention';
import { sectionsOf } from './page-sections';
import { isTextShown } from './text-shown';

/** Which mentions a painter marks: how many per entity, and which entities never. */
export interface MarkingChoice {
  marking: Marking;
  muted: ReadonlySet<string>;
}

/**
 * `chooseMarked` over a scan's mentions, kept up to date from one list to the next: a scan's list
 * grows at its end and is cut back only after a change to the page, so what was chosen among the
 * mentions a list shares with the last one (the same objects, from the start) is kept, and only
 * the rest is read (their sections from the page) and chosen. A page of 200,000 mentions costs
 * each paint its new mentions, not all of them. The first of an entity (in its section) is the
 * first the page shows: one in hidden text takes no mark.
 */
export class MarkedChoice {
  private from: readonly FoundMention[] = [];
  private sections: number[] = [];
  private readonly kept: FoundMention[] = [];
  /** Per kept mention: its index in `from`, and the key it took (`markingKey`). */
  private readonly keptAt: number[] = [];
  private readonly keptKey: (string | null)[] = [];
  private readonly keys = new Set<string>();
  private snapshot: readonly FoundMention[] = [];

  constructor(
    private readonly doc: Document,
    private readonly marking: Marking,
    private readonly muted: ReadonlySet<string>,
  ) {}

  /** The mentions to mark among `found`, in order. */
  choose(found: readonly FoundMention[]): readonly FoundMention[] {
    if (found === this.from) return this.snapshot;
    const last = this.from;
    let same = 0;
    const shared = Math.min(found.length, last.length);
    while (same < shared && found[same] === last[same]) same++;
    this.sections.length = Math.min(this.sections.length, same);
    while (this.keptAt.length && this.keptAt[this.keptAt.length - 1]! >= same) {
      this.kept.pop();
      this.keptAt.pop();
      const key = this.keptKey.pop();
      if (key != null) this.keys.delete(key);
    }
    // The new mentions' text nodes, read once (for their sections and whether they are shown).
    const nodes = this.marking === 'every' ? [] : found.slice(same).map((m) => m.node());
    if (this.marking === 'section' && nodes.length)
      for (const section of sectionsOf(this.doc, nodes)) this.sections.push(section);
    for (let i = same; i < found.length; i++) {
      const m = found[i]!;
      if (this.muted.has(m.entityId)) continue;
      const key = markingKey(this.marking, m.entityId, this.sections[i] ?? 0);
      if (key !== null) {
        // The one mark of its entity goes to text the reader sees, not to a closed menu's.
        if (this.keys.has(key) || !isTextShown(nodes[i - same]!)) continue;
        this.keys.add(key);
      }
      this.kept.push(m);
      this.keptAt.push(i);
      this.keptKey.push(key);
    }
    this.from = found;
    this.snapshot = this.kept.slice();
    return this.snapshot;
  }
}
