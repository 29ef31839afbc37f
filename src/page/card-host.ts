import { h, render } from 'preact';
import type { CompactCardData } from '../core/facts/card-data';
import { Card } from '../ui/Card';
import { CardTools } from '../ui/CardTools';
import type { CardContext } from '../ui/card-context';
import { t } from '../ui/t';
import { type CardLayer, cardLayerFor, raiseIntoTopLayer, watchLayer } from './card-layer';
import { placeCard } from './card-placement';
import { keepOutOfPageSelections } from './card-selection';
import { adoptCardStyles } from './card-styles';
import { tabStops } from './focus-stops';
import { createOwnHost, isPageDefined } from './own-host';
import { pageThemeAt } from './page-theme';

/** What the card tells its controller about the reader's pointer and focus. */
export interface CardHostEvents {
  /** A mouse or pen entered (true) or left (false) the card; touch is ignored. */
  pointerInside(inside: boolean): void;
  /**
   * Focus left the card: to another element of the page (`toElement`), or to nothing (a click on
   * plain text, which leaves focus on the page's body). Not called while the page itself loses
   * focus (another tab or window), nor while the card is being closed.
   */
  focusLeft(toElement: boolean): void;
  /** Tab past the card's last stop, or Shift+Tab before its first. */
  tabbedOut(): void;
  /** The reader pressed the card's Close button. */
  close(): void;
  /** The reader asked not to mark the shown entity any more. */
  mute(entityId: string): void;
}

/** How a card is shown: its accessible name when not just the entity's (keyboard announcements). */
export interface ShowOptions {
  label?: string;
}

/**
 * Shows one card at a time in a shadow root under a `gloss-card` host element (a fallback host
 * where the page defined that name: see `createOwnHost`). The host exists
 * only while a card is shown, at the end of the root element, or inside the top-layer element
 * (modal dialog, popover, full screen) that holds the mention (see `cardLayerFor`), moved when the
 * next card's mention is elsewhere; `placeCard` puts it next to its mention, or makes it a bottom
 * sheet on narrow screens. Its theme follows the page around the mention, and it reports pointer
 * and focus moves to its controller (`CardHostEvents`). Closing is idempotent and safe to re-enter.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private panel: HTMLElement | null = null;
  private stopFollowing: (() => void) | null = null;
  /** Stops what watches the host's place (its top-layer element leaving the top layer) and selections. */
  private stopWatching: (() => void)[] = [];
  private closing = false;
  private pointerFocused = false;

  constructor(
    private readonly doc: Document,
    private readonly events: CardHostEvents,
  ) {}

  /** True while a card is on screen. */
  get isOpen(): boolean {
    return this.host !== null;
  }

  /** True while focus is inside the card. */
  get hasFocus(): boolean {
    return !!this.shadow?.activeElement;
  }

  /** True while focus is inside the card and got there by keyboard (not a click inside it). */
  get hasKeyboardFocus(): boolean {
    return this.hasFocus && !this.pointerFocused;
  }

  /** The card's panel while one is shown (for focus and tests). */
  get element(): HTMLElement | null {
    return this.panel;
  }

  /** Shows `data` for the mention at `anchor`, replacing any card already shown. */
  show(anchor: Range, data: CompactCardData, context: CardContext, options: ShowOptions = {}): void {
    // A page that defined the host's name after it was created now runs code on it, or the
    // mention is in another place (a dialog, the page), or the page removed the host: start afresh.
    const place = cardLayerFor(anchor.startContainer, this.doc);
    const refocus = this.hasFocus;
    if (this.host && (isPageDefined(this.host) || this.host.parentNode !== place.parent)) this.hide();
    const panel = this.panel ?? this.mount(place);
    const theme = pageThemeAt(anchor.startContainer.parentElement);
    panel.dataset.theme = theme;
    panel.setAttribute('aria-label', options.label ?? t('cardLabel', data.entity.name));
    const entityId = data.entity.id;
    const tools = h(CardTools, {
      entityName: data.entity.name,
      onClose: () => this.events.close(),
      // Only the reader's own click mutes: the page's scripts can click inside an open card.
      onMute: (event?: Event) => {
        if (event?.isTrusted !== false) this.events.mute(entityId);
      },
    });
    render(h(Card, { data, context, tools }), panel);
    this.stopFollowing?.();
    this.stopFollowing = placeCard(anchor, panel);
    // Focus that was in the card before it moved stays in it.
    if (refocus && !this.hasFocus) panel.focus({ preventScroll: true });
  }

  /**
   * Copies text by selecting it in a hidden field inside the card's shadow root, for pages where
   * the clipboard API is missing (plain http). False when the browser refuses.
   */
  copyBySelection(text: string): boolean {
    if (!this.panel) return false;
    const area = this.doc.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.style.cssText =
      'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;user-select:text;-webkit-user-select:text';
    this.panel.append(area);
    const back = this.shadow?.activeElement as HTMLElement | null;
    area.select();
    let copied = false;
    try {
      copied = this.doc.execCommand('copy');
    } catch {}
    // Focus goes back before the field is removed: removing a focused field reads as focus
    // leaving the card, which would close it.
    (back ?? this.panel).focus({ preventScroll: true });
    area.remove();
    return copied;
  }

  /**
   * Removes the card and its host element. With `focusTo`, focus moves there first (or off the
   * card when null), so removing the host cannot move it; events during removal are ignored.
   */
  hide(focusTo?: HTMLElement | null): void {
    if (this.closing || !this.host) return;
    this.closing = true;
    const host = this.host;
    const shadow = this.shadow;
    const panel = this.panel;
    this.host = null;
    this.shadow = null;
    this.panel = null;
    try {
      // The fallback host's shadow root is closed: `host.shadowRoot` would be null there.
      const inside = shadow?.activeElement as HTMLElement | null | undefined;
      if (focusTo !== undefined && inside) {
        inside.blur();
        if (focusTo?.isConnected) focusTo.focus({ preventScroll: true });
      }
      this.stopFollowing?.();
      this.stopFollowing = null;
      for (const stop of this.stopWatching.splice(0)) stop();
      if (panel) render(null, panel);
      host.remove();
    } finally {
      this.closing = false;
      this.pointerFocused = false;
    }
  }

  private mount(place: CardLayer): HTMLElement {
    const { host, shadow } = createOwnHost(this.doc, 'gloss-card');
    adoptCardStyles(shadow);
    const panel = this.doc.createElement('div');
    panel.className = 'card';
    panel.setAttribute('role', 'dialog');
    panel.tabIndex = -1;
    const isTouch = (event: PointerEvent) => event.pointerType === 'touch';
    panel.addEventListener('pointerenter', (e) => isTouch(e) || this.events.pointerInside(true));
    panel.addEventListener('pointerleave', (e) => isTouch(e) || this.events.pointerInside(false));
    panel.addEventListener('pointerdown', () => {
      this.pointerFocused = true;
    });
    panel.addEventListener('keydown', (event) => this.onKeyDown(event, panel));
    panel.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (this.closing || (next && panel.contains(next))) return;
      // Decide once focus has settled: it may come straight back, or the page may have lost focus.
      setTimeout(() => {
        if (this.closing || this.panel !== panel || this.hasFocus || !this.doc.hasFocus()) return;
        const active = this.doc.activeElement;
        this.events.focusLeft(!!active && active !== this.doc.body && active !== this.doc.documentElement);
      }, 0);
    });
    shadow.append(panel);
    place.parent.appendChild(host);
    this.stopWatching.push(keepOutOfPageSelections(panel, shadow));
    if (place.layer) {
      raiseIntoTopLayer(host);
      this.stopWatching.push(watchLayer(place.layer, () => this.isOpen && this.events.close()));
    }
    this.host = host;
    this.shadow = shadow;
    this.panel = panel;
    return panel;
  }

  private onKeyDown(event: KeyboardEvent, panel: HTMLElement): void {
    this.pointerFocused = false;
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const stops = tabStops(panel);
    const active = this.shadow?.activeElement ?? null;
    const last = stops[stops.length - 1];
    const leaving = event.shiftKey
      ? active === panel || active === stops[0] || !stops.length
      : active === last || !stops.length;
    if (!leaving) return;
    event.preventDefault();
    event.stopPropagation();
    this.events.tabbedOut();
  }
}
