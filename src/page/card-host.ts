import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import cardCss from '../../assets/card.css?inline';
import type { CardData } from '../core/facts/card-data';
import { Card } from '../ui/Card';
import type { CardContext } from '../ui/card-context';
import { t } from '../ui/t';
import { createOwnHost, isPageDefined } from './own-host';
import { pageThemeAt } from './page-theme';

let sheet: CSSStyleSheet | null = null;

/**
 * Shows one card at a time in a shadow root under a `gloss-card` host element (a fallback host
 * where the page defined that name: see `createOwnHost`). The host exists
 * only while a card is shown; the card is placed next to its mention's range with Floating UI,
 * flipping and shifting to stay in the viewport and following scrolls.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private panel: HTMLElement | null = null;
  private stopFollowing: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onPointerInside: (inside: boolean) => void,
    private readonly onFocusLeft: () => void,
  ) {}

  /** True while a card is on screen. */
  get isOpen(): boolean {
    return this.host !== null;
  }

  /** True while keyboard focus is inside the card. */
  get hasFocus(): boolean {
    return !!this.shadow?.activeElement;
  }

  /** The card's panel while one is shown (for focus and tests). */
  get element(): HTMLElement | null {
    return this.panel;
  }

  /**
   * Shows `data` next to `anchor`, replacing any card already shown, themed like the page around
   * the mention (or the reader's system preference when the page paints no background there).
   */
  show(anchor: Range, data: CardData, context: CardContext): void {
    // A page that defined the host's name after it was created now runs code on it: start afresh.
    if (this.host && isPageDefined(this.host)) this.hide();
    const panel = this.panel ?? this.mount();
    const theme = pageThemeAt(anchor.startContainer.parentElement);
    if (theme) panel.dataset.theme = theme;
    else delete panel.dataset.theme;
    panel.setAttribute('aria-label', t('cardLabel', data.entity.name));
    render(h(Card, { data, context }), panel);
    this.stopFollowing?.();
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    this.stopFollowing = autoUpdate(reference, panel, () => {
      void computePosition(reference, panel, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8, fallbackStrategy: 'bestFit' }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              panel.style.maxHeight = `${Math.max(120, Math.min(480, Math.floor(availableHeight)))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        panel.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
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
    area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0';
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

  /** Removes the card and its host element. */
  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    if (this.panel) render(null, this.panel);
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.panel = null;
  }

  private mount(): HTMLElement {
    const { host, shadow } = createOwnHost(this.doc, 'gloss-card');
    adoptCardStyles(shadow);
    const panel = this.doc.createElement('div');
    panel.className = 'card';
    panel.setAttribute('role', 'dialog');
    panel.tabIndex = -1;
    panel.addEventListener('pointerenter', () => this.onPointerInside(true));
    panel.addEventListener('pointerleave', () => this.onPointerInside(false));
    panel.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (!next || !panel.contains(next)) this.onFocusLeft();
    });
    shadow.append(panel);
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.panel = panel;
    return panel;
  }
}

/**
 * Styles the card's own shadow root: a shared constructed sheet where the browser lets a content
 * script adopt one, else a style element inside the shadow root (never in the page's tree).
 */
function adoptCardStyles(shadow: ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cardCss);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = cardCss;
    shadow.append(style);
  }
}
