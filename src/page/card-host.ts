import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import cardCss from '../../assets/card.css?inline';
import type { CardData } from '../core/facts/card-data';
import { Card } from '../ui/Card';

let sheet: CSSStyleSheet | null = null;

/**
 * Shows one card at a time in a shadow root under a `gloss-card` host element. The host exists
 * only while a card is shown; the card is placed next to its mention's range with Floating UI,
 * flipping and shifting to stay in the viewport and following scrolls.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private panel: HTMLElement | null = null;
  private stopFollowing: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onPointerInside: (inside: boolean) => void,
  ) {}

  /** True while a card is on screen. */
  get isOpen(): boolean {
    return this.host !== null;
  }

  /** Shows `data` next to `anchor`, replacing any card already shown. */
  show(anchor: Range, data: CardData): void {
    const panel = this.panel ?? this.mount();
    render(h(Card, { data }), panel);
    this.stopFollowing?.();
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    this.stopFollowing = autoUpdate(reference, panel, () => {
      void computePosition(reference, panel, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        panel.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  /** Removes the card and its host element. */
  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    if (this.panel) render(null, this.panel);
    this.host?.remove();
    this.host = null;
    this.panel = null;
  }

  private mount(): HTMLElement {
    const host = this.doc.createElement('gloss-card');
    const shadow = host.attachShadow({ mode: 'open' });
    adoptCardStyles(shadow);
    const panel = this.doc.createElement('div');
    panel.className = 'card';
    panel.setAttribute('role', 'dialog');
    panel.tabIndex = -1;
    panel.addEventListener('pointerenter', () => this.onPointerInside(true));
    panel.addEventListener('pointerleave', () => this.onPointerInside(false));
    shadow.append(panel);
    this.doc.documentElement.append(host);
    this.host = host;
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
