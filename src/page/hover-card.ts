import type { CardData } from '../core/facts/card-data';
import { askBackground } from '../messaging/background-client';
import { siteOf } from '../settings/settings';
import type { CardContext } from '../ui/card-context';
import { articleDateTaskOf } from './article-date-task';
import { CardHost } from './card-host';
import type { HighlightPainter } from './highlight-painter';
import { mentionAtPoint } from './hit-test';
import type { MentionIndex } from './mention-index';
import type { PageMention } from './page-mention';

/** Timing of the card, in milliseconds, and the pointer speed (px/ms) above which it waits. */
export interface HoverTiming {
  dwell: number;
  hide: number;
  fastPointer?: number;
}

/**
 * The card's controller. Opens a mention's card after the pointer rests on it for `dwell` ms
 * (not while the pointer sweeps fast across text), emphasises every mention of the same entity,
 * and hides the card `hide` ms after the pointer has left both mention and card. A card opened
 * from the keyboard takes focus and stays until Esc or focus leaves it. One card at a time;
 * card data is cached per entity for the life of the page.
 */
export class HoverCard {
  private index: MentionIndex | null = null;
  private hovered: PageMention | null = null;
  private shown: PageMention | null = null;
  private insideCard = false;
  private dwellTimer = 0;
  private hideTimer = 0;
  private frame = 0;
  private settleTimer = 0;
  private lastPoint = { x: 0, y: 0, t: 0 };
  private speed = 0;
  private returnFocus: HTMLElement | null = null;
  private readonly cache = new Map<string, Promise<CardData | null>>();
  private context: Omit<CardContext, 'articleDate'> | null = null;
  private readonly card: CardHost;

  constructor(
    private readonly doc: Document,
    private readonly painter: HighlightPainter,
    private readonly timing: HoverTiming,
    private readonly shadowRoots: () => ShadowRoot[],
    signal: AbortSignal,
  ) {
    this.card = new CardHost(
      doc,
      (inside) => {
        this.insideCard = inside;
        this.scheduleHide();
      },
      () => this.close(false),
    );
    const win = doc.defaultView!;
    win.addEventListener('pointermove', this.onPointerMove, { passive: true, signal });
    win.addEventListener('keydown', this.onKeyDown, { signal, capture: true });
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

  /**
   * Opens the card for `mention` now; with `focus`, moves keyboard focus into it. Resolves to the
   * entity's name, or null when there is no card for it.
   */
  async openFor(mention: PageMention, focus: boolean): Promise<string | null> {
    const data = await this.dataFor(mention.entityId);
    if (!data) return null;
    if (focus && !this.shown) this.returnFocus = this.doc.activeElement as HTMLElement | null;
    this.shown = mention;
    this.card.show(mention.range, data, this.cardContext());
    this.painter.emphasise(mention.entityId);
    if (focus) this.card.element?.focus({ preventScroll: true });
    return data.entity.name;
  }

  private dataFor(entityId: string): Promise<CardData | null> {
    let data = this.cache.get(entityId);
    if (!data) {
      data = askBackground({ type: 'card/get', entityId }).catch(() => null);
      this.cache.set(entityId, data);
    }
    return data;
  }

  private cardContext(): CardContext {
    this.context ??= {
      pageHost: siteOf(this.doc.location.hostname),
      copy: async (text) => {
        try {
          await navigator.clipboard.writeText(text);
          return true;
        } catch {
          return this.card.copyBySelection(text);
        }
      },
      setArticleDate: (date) => articleDateTaskOf(this.doc).setOverride(date),
    };
    // Read in idle time after the scan, never here: until then the card shows every fact.
    const dates = articleDateTaskOf(this.doc);
    return { ...this.context, articleDate: dates.effectiveDate, articleDateInfo: dates.current };
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    const now = event.timeStamp;
    const dt = Math.max(now - this.lastPoint.t, 1);
    this.speed = Math.hypot(event.clientX - this.lastPoint.x, event.clientY - this.lastPoint.y) / dt;
    this.lastPoint = { x: event.clientX, y: event.clientY, t: now };
    // A pointer that stops sends no more events: look again once it has been still a moment.
    clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => {
      this.speed = 0;
      this.track();
    }, 80);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.track();
    });
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.shown) {
      event.stopPropagation();
      this.close(true);
    }
  };

  private track(): void {
    if (!this.index || this.insideCard) return;
    const mention = mentionAtPoint(
      this.doc,
      this.index,
      this.lastPoint.x,
      this.lastPoint.y,
      this.shadowRoots(),
    );
    const tooFast = this.speed > (this.timing.fastPointer ?? 1.5);
    if (mention === this.hovered) {
      // Still on the same mention: start the dwell once a fast pointer has slowed down.
      if (mention && mention !== this.shown && !this.dwellTimer && !tooFast) this.startDwell(mention);
      return;
    }
    this.hovered = mention;
    clearTimeout(this.dwellTimer);
    this.dwellTimer = 0;
    this.painter.emphasise(mention?.entityId ?? this.shown?.entityId ?? null);
    if (!mention) {
      this.scheduleHide();
      return;
    }
    clearTimeout(this.hideTimer);
    void this.dataFor(mention.entityId);
    if (mention !== this.shown && !tooFast) this.startDwell(mention);
  }

  private startDwell(mention: PageMention): void {
    this.dwellTimer = window.setTimeout(() => {
      this.dwellTimer = 0;
      if (this.hovered === mention) void this.openFor(mention, false);
    }, this.timing.dwell);
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    if (this.hovered || this.insideCard || this.card.hasFocus || !this.card.isOpen) return;
    this.hideTimer = window.setTimeout(() => {
      if (!this.hovered && !this.insideCard && !this.card.hasFocus) this.close(false);
    }, this.timing.hide);
  }

  /** Closes the card; `restoreFocus` returns focus to where it was before a keyboard open. */
  close(restoreFocus: boolean): void {
    clearTimeout(this.settleTimer);
    clearTimeout(this.dwellTimer);
    clearTimeout(this.hideTimer);
    this.dwellTimer = 0;
    const hadFocus = this.returnFocus;
    this.card.hide();
    this.shown = null;
    this.insideCard = false;
    this.returnFocus = null;
    this.painter.emphasise(this.hovered?.entityId ?? null);
    if (restoreFocus && hadFocus?.isConnected) hadFocus.focus({ preventScroll: true });
  }
}
