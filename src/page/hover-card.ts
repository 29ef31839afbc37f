import { askBackground } from '../messaging/background-client';
import { CardHost } from './card-host';
import type { HighlightPainter } from './highlight-painter';
import { mentionAtPoint } from './hit-test';
import type { MentionIndex } from './mention-index';
import type { PageMention } from './page-mention';

/** Timing of the card, in milliseconds. */
export interface HoverTiming {
  dwell: number;
  hide: number;
}

/**
 * Shows a mention's card after the pointer rests on it for `dwell` ms, emphasises every mention
 * of the same entity while hovered, and hides the card `hide` ms after the pointer has left both
 * the mention and the card. Esc closes it. Pointer moves are read once per animation frame.
 */
export class HoverCard {
  private index: MentionIndex | null = null;
  private hovered: PageMention | null = null;
  private shown: PageMention | null = null;
  private insideCard = false;
  private dwellTimer = 0;
  private hideTimer = 0;
  private frame = 0;
  private lastPoint = { x: 0, y: 0 };
  private readonly card: CardHost;

  constructor(
    private readonly doc: Document,
    private readonly painter: HighlightPainter,
    private readonly timing: HoverTiming,
    private readonly shadowRoots: () => ShadowRoot[],
    signal: AbortSignal,
  ) {
    this.card = new CardHost(doc, (inside) => {
      this.insideCard = inside;
      this.scheduleHide();
    });
    const win = doc.defaultView!;
    win.addEventListener('pointermove', this.onPointerMove, { passive: true, signal });
    win.addEventListener('keydown', this.onKeyDown, { signal });
    signal.addEventListener('abort', () => this.close());
  }

  /** Uses a new set of mentions (after a rescan); closes a card whose mention is gone. */
  setIndex(index: MentionIndex): void {
    this.index = index;
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    this.lastPoint = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.track();
    });
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.card.isOpen) this.close();
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
    if (mention === this.hovered) return;
    this.hovered = mention;
    clearTimeout(this.dwellTimer);
    this.painter.emphasise(mention?.entityId ?? this.shown?.entityId ?? null);
    if (mention) {
      clearTimeout(this.hideTimer);
      if (mention !== this.shown)
        this.dwellTimer = window.setTimeout(() => void this.open(mention), this.timing.dwell);
    } else this.scheduleHide();
  }

  private async open(mention: PageMention): Promise<void> {
    const data = await askBackground({ type: 'card/get', entityId: mention.entityId });
    if (!data || this.hovered !== mention) return;
    this.shown = mention;
    this.card.show(mention.range, data);
    this.painter.emphasise(mention.entityId);
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    if (this.hovered || this.insideCard || !this.card.isOpen) return;
    this.hideTimer = window.setTimeout(() => {
      if (!this.hovered && !this.insideCard) this.close();
    }, this.timing.hide);
  }

  private close(): void {
    clearTimeout(this.dwellTimer);
    clearTimeout(this.hideTimer);
    this.card.hide();
    this.shown = null;
    this.insideCard = false;
    this.painter.emphasise(this.hovered?.entityId ?? null);
  }
}
