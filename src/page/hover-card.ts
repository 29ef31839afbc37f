import type { CompactCardData } from '../core/facts/card-data';
import type { CardContext } from '../ui/card-context';
import { articleDateTaskOf } from './article-date-task';
import { CardDataCache, datedCard } from './card-data-cache';
import { LazyCardView } from './card-view';
import { deepActiveElement } from './focus-stops';
import type { HighlightPainter } from './highlight-painter';
import { mentionAtPoint } from './hit-test';
import type { MentionIndex } from './mention-index';
import { pageCardContext } from './page-card-context';
import type { PageMention } from './page-mention';
import { PointerPace } from './pointer-pace';
import { watchCardTaps } from './touch-taps';

/** Timing of the card, in milliseconds, and the pointer speed (px/ms) above which it waits. */
export interface HoverTiming {
  dwell: number;
  hide: number;
  fastPointer?: number;
}

/**
 * The card's controller. Opens a mention's card after a mouse or pen rests on it for `dwell` ms
 * (not while the pointer sweeps fast across text), or at once when a finger taps it (inside a
 * link, the first tap shows the card and the second follows the link); emphasises every mention
 * of the same entity. The card stays while it is hovered or holds keyboard focus, and closes
 * `hide` ms after neither, on Esc (not the dialog it is in), on Tab out of either end, on its Close
 * button, and on a click or tap outside it; focus then returns to where the reader was. One card
 * at a time; card data is cached per entity for the life of the page (answers only: see `CardDataCache`).
 */
export class HoverCard {
  private index: MentionIndex | null = null;
  private hovered: PageMention | null = null;
  private shown: PageMention | null = null;
  private insideCard = false;
  private dwellTimer = 0;
  private hideTimer = 0;
  private readonly pointer = new PointerPace(() => this.track());
  private returnFocus: HTMLElement | null = null;
  /** How many times the reader dismissed the card: an open begun before that does not show. */
  private closes = 0;
  // Keyed by entity and article date (`id@YYYY-MM-DD`): the compact card is chosen for that day.
  private readonly cache = new CardDataCache(datedCard);
  private context: Omit<CardContext, 'articleDate'> | null = null;
  /** The card on screen, its script loaded when first wanted. */
  private readonly view: LazyCardView;

  constructor(
    private readonly doc: Document,
    private readonly painter: HighlightPainter,
    private readonly timing: HoverTiming,
    private readonly shadowRoots: () => ShadowRoot[],
    signal: AbortSignal,
    private readonly onMute: (entityId: string) => void = () => {},
  ) {
    this.view = new LazyCardView(doc, {
      pointerInside: (inside) => {
        this.insideCard = inside;
        this.scheduleHide();
      },
      focusLeft: (toElement) => this.close(!toElement, false),
      tabbedOut: () => this.close(true),
      close: () => this.close(true),
      mute: (entityId) => {
        this.close(true);
        this.onMute(entityId);
      },
    });
    const win = doc.defaultView!;
    win.addEventListener('pointermove', this.onPointerMove, { passive: true, signal });
    win.addEventListener('pointerdown', this.onPointerDown, { passive: true, capture: true, signal });
    win.addEventListener('keydown', this.onKeyDown, { signal, capture: true });
    win.addEventListener('pointerout', this.onPointerOut, { passive: true, signal });
    watchCardTaps(
      win,
      {
        inCard: (click) => this.isInCard(click),
        mentionAt: (x, y) =>
          this.index ? mentionAtPoint(this.doc, this.index, x, y, this.shadowRoots()) : null,
        elementOf: (mention) => mention.range.startContainer.parentElement,
        shown: () => this.shown,
        open: (mention) => {
          this.hovered = null;
          this.stopDwell();
          void this.openFor(mention, false);
        },
        close: () => this.close(true),
      },
      signal,
    );
    signal.addEventListener('abort', () => this.close(false));
    // The date is read in idle time: an open card shows it as soon as it is known or set.
    const stopListening = articleDateTaskOf(doc).listen(() => {
      if (this.shown) void this.openFor(this.shown, false);
    });
    signal.addEventListener('abort', stopListening);
  }

  /** Uses a new set of mentions (after a rescan). */
  setIndex(index: MentionIndex): void {
    this.index = index;
  }

  /** The mention whose card is open, or null. */
  get openMention(): PageMention | null {
    return this.shown;
  }

  /** True while keyboard focus is inside the open card. */
  get hasFocus(): boolean {
    return !!this.view.card?.hasFocus;
  }

  /**
   * Opens the card for `mention` now; with `focus`, moves keyboard focus into it. `label` gives
   * the card's accessible name from the entity's name (default "Gloss: name"). Resolves to the
   * entity's name, or null when there is no card for it.
   */
  async openFor(
    mention: PageMention,
    focus: boolean,
    label?: (name: string) => string,
    wanted: () => boolean = () => true,
  ): Promise<string | null> {
    const closes = this.closes;
    const [data, card] = await Promise.all([this.dataFor(mention.entityId), this.view.load()]);
    // Closed meanwhile, or no longer wanted (the pointer moved on while the card loaded).
    if (!data || !card || closes !== this.closes || !wanted()) return null;
    if (!this.shown) this.returnFocus = deepActiveElement(this.doc);
    this.shown = mention;
    card.show(mention.range, data, this.cardContext(), { label: label?.(data.entity.name) });
    this.painter.emphasise(mention.entityId);
    if (focus) card.element?.focus({ preventScroll: true });
    return data.entity.name;
  }

  private dataFor(entityId: string): Promise<CompactCardData | null> {
    return this.cache.get(`${entityId}@${articleDateTaskOf(this.doc).effectiveDate ?? ''}`);
  }

  private cardContext(): CardContext {
    this.context ??= pageCardContext(this.doc, (text) => !!this.view.card?.copyBySelection(text));
    // Read in idle time after the scan, never here: until then the card shows every fact.
    const dates = articleDateTaskOf(this.doc);
    return { ...this.context, articleDate: dates.effectiveDate, articleDateInfo: dates.current };
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    // Only the reader's real pointer counts (pages dispatch events too); a moving finger scrolls.
    if (!event.isTrusted || event.pointerType === 'touch') return;
    this.pointer.moved(event);
  };

  /** The pointer left the document in one move (out of a frame): it is over no name nor card. */
  private readonly onPointerOut = (event: PointerEvent) => {
    if (!event.isTrusted || event.relatedTarget || event.pointerType === 'touch') return;
    this.hovered = null;
    this.insideCard = false;
    this.stopDwell();
    this.scheduleHide();
  };

  /** A mouse press outside an unfocused card closes it (a focused card closes as focus leaves). */
  private readonly onPointerDown = (event: PointerEvent) => {
    const card = this.view.card;
    if (!event.isTrusted || event.pointerType === 'touch' || !card?.isOpen || card.hasFocus) return;
    if (!this.isInCard(event)) this.close(false);
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape' && this.shown) {
      event.stopPropagation();
      event.preventDefault(); // A dialog's or popover's close request is Esc's default action.
      this.close(true);
    }
  };

  private isInCard(event: Event): boolean {
    const panel = this.view.card?.element;
    return !!panel && event.composedPath().includes(panel);
  }

  private track(): void {
    if (!this.index || this.insideCard) return;
    const { x, y, speed } = this.pointer;
    const mention = mentionAtPoint(this.doc, this.index, x, y, this.shadowRoots());
    const tooFast = speed > (this.timing.fastPointer ?? 1.5);
    if (mention === this.hovered) {
      // Still on the same mention: start the dwell once a fast pointer has slowed down.
      if (mention && mention !== this.shown && !this.dwellTimer && !tooFast) this.startDwell(mention);
      return;
    }
    this.hovered = mention;
    this.stopDwell();
    this.painter.emphasise(mention?.entityId ?? this.shown?.entityId ?? null);
    if (!mention) {
      this.scheduleHide();
      return;
    }
    clearTimeout(this.hideTimer);
    void this.dataFor(mention.entityId);
    void this.view.load();
    if (mention !== this.shown && !tooFast) this.startDwell(mention);
  }

  private stopDwell(): void {
    clearTimeout(this.dwellTimer);
    this.dwellTimer = 0;
  }

  private startDwell(mention: PageMention): void {
    this.dwellTimer = window.setTimeout(() => {
      this.dwellTimer = 0;
      if (this.hovered === mention)
        void this.openFor(mention, false, undefined, () => this.hovered === mention);
    }, this.timing.dwell);
  }

  /** Hides the card after a moment unless it is hovered or holds keyboard focus. */
  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    const keep = () => this.hovered || this.insideCard || !!this.view.card?.hasKeyboardFocus;
    if (keep() || !this.view.card?.isOpen) return;
    this.hideTimer = window.setTimeout(() => {
      if (!keep()) this.close(true, false);
    }, this.timing.hide);
  }

  /**
   * Closes the card. Focus inside it goes back to where it was before the card opened; with
   * `restore`, so does focus that already left it for nothing (the page's body). `dismissed`
   * (the reader's Esc, Close, Mute, a press outside) also drops an open still loading; focus
   * moving on or the pointer leaving does not, since that open may be what it moved on to.
   */
  close(restore: boolean, dismissed = true): void {
    this.pointer.stop();
    clearTimeout(this.hideTimer);
    this.stopDwell();
    if (dismissed) this.closes++;
    const back = this.returnFocus;
    this.shown = null;
    this.insideCard = false;
    this.returnFocus = null;
    this.view.card?.hide(back);
    this.painter.emphasise(this.hovered?.entityId ?? null);
    const active = this.doc.activeElement;
    const lost = !active || active === this.doc.body || active === this.doc.documentElement;
    if (restore && lost && back?.isConnected && back !== active) back.focus({ preventScroll: true });
  }
}
