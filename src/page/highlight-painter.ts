import { MarkedChoice, type MarkingChoice } from './marked-choice';
import type { FoundMention, MarkedMentions, PageMention } from './page-mention';
import { MAX_PAINTED, windowStart } from './paint-window';

/** The highlight every mention is painted with (styled in the content script's CSS). */
export const MENTION_HIGHLIGHT = 'gloss-mention';
/** The same, for readers who prefer an underline to a background. */
export const UNDERLINE_HIGHLIGHT = 'gloss-underline';

/** How mentions are painted: a background, an underline, or not at all (keyboard path kept). */
export type HighlightStyle = 'background' | 'underline' | 'off';
/** The highlight for all mentions of the entity under the pointer or focus. */
export const ACTIVE_HIGHLIGHT = 'gloss-active';
/** New ranges made between checks of a paint's time. */
const PAINT_STEP = 50;

/**
 * Registers mentions in the document's highlight registry under the test contract: one
 * `Highlight` named `gloss-<entity id>` per entity, holding one range per marked mention. Those
 * carry no style; painting uses `gloss-mention` (or `gloss-underline`) and `gloss-active`, whose
 * rules are static CSS. `choice` says which mentions are marked (all, by default); the others
 * are left alone. Of those, at most `MAX_PAINTED` are painted, a window around the screen that
 * follows the reader; `marked` lists them.
 */
export class HighlightPainter {
  /** The highlights registered, by name (to put back those the page removes). */
  private names = new Map<string, Highlight>();
  private byEntity = new Map<string, Range[]>();
  private shown: readonly PageMention[] = [];
  /** Where the painted window starts among the chosen mentions. */
  private windowAt = 0;
  /** The mentions marked by the last `paint`, and where each painted one is among them. */
  private chosenNow: readonly FoundMention[] = [];
  private shownAt: number[] = [];
  /** The mentions of the window last painted. */
  private shownFound: readonly FoundMention[] = [];
  /** The entity emphasised, if any (kept across repaints). */
  private emphasised: string | null = null;
  /** Keeps the reader's marking chosen as the mentions found grow. */
  private chooser: MarkedChoice | null = null;
  /** True when the last `paint` ran out of time before the end of its window (nothing repainted). */
  behind = false;
  /** True when the last paint painted only the first part of its window (see `paint`'s `atLeast`). */
  partial = false;
  /** Mentions whose ranges were made by paints that ran out of time, not painted yet. */
  private readonly making = new Set<FoundMention>();

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly style: HighlightStyle = 'background',
    private readonly choice: MarkingChoice = { marking: 'every', muted: new Set() },
    private readonly doc: Document = document,
    private readonly highlightName: (entityId: string) => string = (entityId) => `gloss-${entityId}`,
  ) {}

  /** The mentions painted by the last `paint`, in document order. */
  get marked(): readonly PageMention[] {
    return this.shown;
  }

  /** Every mention marked by the last `paint`, painted or not, in document order. */
  get all(): MarkedMentions {
    const chosen = this.chosenNow;
    const shown = this.shown;
    const shownAt = this.shownAt;
    return {
      length: chosen.length,
      entityAt: (i) => chosen[i]!.entityId,
      at: (i) => chosen[i]?.painted() ?? null,
      indexOf: (mention) => {
        let k = shown.indexOf(mention);
        // A mention painted again after leaving the window is a new object over the same text.
        if (k < 0) k = shown.findIndex((m) => sameStart(m.range, mention.range));
        return k < 0 ? -1 : shownAt[k]!;
      },
    };
  }

  /**
   * Replaces whatever was painted with the mentions to mark among `found` (in document order),
   * those in the window around buffer `near` (the first on screen). When every mention is marked
   * and the window only gains mentions at its end (a first scan painting as it goes), only the new
   * ranges are added to the highlights already registered. The window's new ranges are made while
   * `hasTime` allows (a few dozen at least); when time runs out first, nothing is repainted yet
   * (`behind`), and a later call with the same mentions goes on making them, then repaints once.
   * With `atLeast` and nothing painted yet (a scan's first highlights), that many are made
   * whatever the time, and those made when time runs out are painted at once (`partial`: the rest
   * of the window comes with a later paint). True when what is highlighted changed.
   */
  paint(found: readonly FoundMention[], near = 0, hasTime: () => boolean = () => true, atLeast = 0): boolean {
    this.restore();
    const chosen = this.choose(found);
    const at = windowStart(chosen, near, this.shown.length ? this.windowAt : null);
    const inWindow = chosen.slice(at, at + MAX_PAINTED);
    const mentions: PageMention[] = [];
    const shownAt: number[] = [];
    const madeNow: FoundMention[] = [];
    const first = atLeast > 0 && this.shown.length === 0;
    for (let i = 0; i < inWindow.length; i++) {
      const f = inWindow[i]!;
      if (!f.made) {
        const look = first
          ? madeNow.length >= atLeast && (madeNow.length - atLeast) % PAINT_STEP === 0
          : madeNow.length % PAINT_STEP === PAINT_STEP - 1;
        if (look && !hasTime()) {
          if (!first) return this.fallBehind(madeNow);
          inWindow.length = i;
          break;
        }
        madeNow.push(f);
      }
      const mention = f.painted();
      if (mention) {
        mentions.push(mention);
        shownAt.push(at + i);
      }
    }
    this.behind = false;
    const { marking, muted } = this.choice;
    const grows = marking === 'every' && muted.size === 0 && at === this.windowAt && this.extends(mentions);
    const changed = grows ? mentions.length > this.shown.length : mentions.length + this.shown.length > 0;
    const kept = new Set(inWindow);
    // Ranges made for a window that moved before it was painted go too.
    for (const f of this.making) if (!kept.has(f)) f.release();
    this.making.clear();
    if (grows) this.add(mentions, this.shown.length);
    else {
      // Mentions that leave the window let their live ranges go (each costs every change to the page).
      for (const f of this.shownFound) if (!kept.has(f)) f.release();
      this.clear();
      this.add(mentions, 0);
    }
    this.windowAt = at;
    this.partial = inWindow.length < Math.min(MAX_PAINTED, chosen.length - at);
    this.shown = mentions;
    this.shownAt = shownAt;
    this.shownFound = inWindow;
    this.chosenNow = chosen;
    // The entity under the pointer or focus stays emphasised, its new ranges included.
    if (this.emphasised) this.emphasise(this.emphasised);
    return changed;
  }

  /** Time ran out: the ranges `madeNow` wait for the paint that ends the window. */
  private fallBehind(madeNow: readonly FoundMention[]): false {
    this.behind = true;
    for (const f of madeNow) this.making.add(f);
    return false;
  }

  /** True when painting `found` with buffer `near` first on screen would move the window. */
  moves(found: readonly FoundMention[], near: number): boolean {
    const chosen = this.choose(found);
    return windowStart(chosen, near, this.shown.length ? this.windowAt : null) !== this.windowAt;
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
    this.emphasised = entityId;
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

  /** The mentions the reader's marking keeps, from all those found. */
  private choose(found: readonly FoundMention[]): readonly FoundMention[] {
    const { marking, muted } = this.choice;
    if (marking === 'every' && muted.size === 0) return found;
    this.chooser ??= new MarkedChoice(this.doc, marking, muted);
    return this.chooser.choose(found);
  }

  /** Gives up a paint that ran out of time (a new scan): the ranges it made are let go. */
  abandon(): void {
    for (const f of this.making) f.release();
    this.making.clear();
    this.behind = false;
    this.partial = false;
  }

  /** Removes every highlight this painter registered (and gives up a paint under way). */
  clear(): void {
    this.abandon();
    for (const name of this.names.keys()) this.registry.delete(name);
    this.names.clear();
    this.byEntity.clear();
    this.shown = [];
    this.shownAt = [];
    this.shownFound = [];
    this.chosenNow = [];
    this.windowAt = 0;
  }

  private set(name: string, highlight: Highlight): void {
    this.registry.set(name, highlight);
    this.names.set(name, highlight);
  }

  /** Registers again the highlights the page removed or replaced (`CSS.highlights.clear()`). */
  restore(): void {
    for (const [name, highlight] of this.names)
      if (this.registry.get(name) !== highlight) this.registry.set(name, highlight);
  }
}

function sameStart(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset;
}
