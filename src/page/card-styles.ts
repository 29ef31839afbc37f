import cardCss from '../../assets/card.css?inline';

/**
 * What the card needs beside its stylesheet: its host shown as a popover in the top layer (see
 * `card-layer`) draws no backdrop, whatever the page's `::backdrop` rules (the shadow root's
 * `!important` wins over the page's); and the text the reader chose to select in it (class
 * `selectable`, see `keepOutOfPageSelections`) and its fields are selectable, the host being not.
 */
const HOST_CSS = `
:host::backdrop { display: none !important; }
.card.selectable, .card input, .card textarea { -webkit-user-select: text; user-select: text; }
`;

let sheet: CSSStyleSheet | null = null;

/**
 * Styles the card's own shadow root: a shared constructed sheet where the browser lets a content
 * script adopt one, else a style element inside the shadow root (never in the page's tree).
 */
export function adoptCardStyles(shadow: ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cardCss + HOST_CSS);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = cardCss + HOST_CSS;
    shadow.append(style);
  }
}
