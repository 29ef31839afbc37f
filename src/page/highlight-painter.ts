import { chooseMarked, type Marking } from './choose-marked';
import type { PageMention } from './page-mention';
import { sectionsOf } from './page-sections';

/** The highlight every mention is painted with (styled in the content script's CSS). */
export const MENTION_HIGHLIGHT = 'gloss-mention';
/** The same, for readers who prefer an underline to a background. */
export const UNDERLINE_HIGHLIGHT = 'gloss-underline';

/** How mentions are painted: a background, an underline, or not at all (keyboard path kept). */
export type HighlightStyle = 'background' | 'underline' | 'off';
/** The highlight for all mentions of the entity under the pointer or focus. */
export const ACTIVE_HIGHLIGHT = 'gloss-active';

/** Which mentions a painter marks: how many per entity, and which entities never. */
export interface MarkingChoice {
  marking: Marking;
  muted: ReadonlySet<string>;
}

/**
 * Registers mentions in the document's highlight registry under the test contract: one
 * `Highlight` named `gloss-<entity id>` per entity, holding one range per marked mention. Those
 * carry no style; painting uses `gloss-mention` (or `gloss-underline`) and `gloss-active`, whose
 * rules are static CSS. `choice` says which mentions are marked (all, by default); the others
 * are left alone, and `marked` lists the ones that are.
 */
export class HighlightPainter {
  private names = new Set<string>();
  private byEntity = new Map<string, Range[]>();
  private shown: readonly PageMention[] = [];

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly style: HighlightStyle = 'background',
    private readonly choice: MarkingChoice = { marking: 'every', muted: new Set() },
    private readonly doc: Document = document,
    private readonly highlightName: (entityId: string) => string = (entityId) => `gloss-${entityId}`,
  ) {}

  /** The mentions marked by the last `paint`, in document order. */
  get marked(): readonly PageMention[] {
    return this.shown;
  }

  /**
   * Replaces whatever was painted with the mentions to mark among `all` (in document order).
   * When every mention is marked and `all` only adds to what was painted last (a first scan
   * painting as it goes), only the new ranges are added to the highlights already registered.
   */
  paint(candidates: readonly PageMention[]): void {
    const { marking, muted } = this.choice;
    if (marking === 'every' && muted.size === 0 && this.extends(candidates)) {
      this.add(candidates, this.shown.length);
      this.shown = candidates.slice();
      return;
    }
    this.clear();
    const mentions = this.choose(candidates);
    this.shown = mentions;
    this.add(mentions, 0);
  }

  /** True when `candidates` begins with every mention painted now (and there are some). */
  private extends(candidates: readonly PageMention[]): boolean {
    const shown = this.shown;
    if (shown.length === 0 || candidates.length < shown.length) return false;
    for (let i = 0; i < shown.length; i++) if (candidates[i] !== shown[i]) return false;
    return true;
  }

  /** Registers `mentions[from..]` in the per-entity highlights and the painted one. */
  private add(mentions: readonly PageMention[], from: number): void {
    const styled =
      this.style === 'background'
        ? MENTION_HIGHLIGHT
        : this.style === 'underline'
          ? UNDERLINE_HIGHLIGHT
          : null;
    let all = styled ? this.registry.get(styled) : undefined;
    if (styled && (!all || !this.names.has(styled))) {
      all = new Highlight();
      this.set(styled, all);
    }
    for (let i = from; i < mentions.length; i++) {
      const m = mentions[i]!;
      const ranges = this.byEntity.get(m.entityId);
      const name = this.highlightName(m.entityId);
      if (ranges) {
        ranges.push(m.range);
        this.registry.get(name)?.add(m.range);
      } else {
        this.byEntity.set(m.entityId, [m.range]);
        this.set(name, new Highlight(m.range));
      }
      all?.add(m.range);
    }
  }

  /** Emphasises every mention of `entityId`, or none when null. */
  emphasise(entityId: string | null): void {
    const ranges = entityId ? this.byEntity.get(entityId) : undefined;
    if (!ranges) {
      this.registry.delete(ACTIVE_HIGHLIGHT);
      this.names.delete(ACTIVE_HIGHLIGHT);
      return;
    }
    const active = new Highlight(...ranges);
    active.priority = 1;
    this.set(ACTIVE_HIGHLIGHT, active);
  }

  private choose(all: readonly PageMention[]): readonly PageMention[] {
    const { marking, muted } = this.choice;
    if (marking === 'every' && muted.size === 0) return all;
    const sections =
      marking === 'section'
        ? sectionsOf(
            this.doc,
            all.map((m) => m.range.startContainer),
          )
        : [];
    const keep = chooseMarked(
      all.map((m, i) => ({ entityId: m.entityId, section: sections[i] ?? 0 })),
      marking,
      muted,
    );
    return keep.map((i) => all[i]!);
  }

  /** Removes every highlight this painter registered. */
  clear(): void {
    for (const name of this.names) this.registry.delete(name);
    this.names.clear();
    this.byEntity.clear();
    this.shown = [];
  }

  private set(name: string, highlight: Highlight): void {
    this.registry.set(name, highlight);
    this.names.add(name);
  }
}
