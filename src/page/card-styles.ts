import cardCss from '../../assets/card.css?inline';

let sheet: CSSStyleSheet | null = null;

/**
 * Styles the card's own shadow root: a shared constructed sheet where the browser lets a content
 * script adopt one, else a style element inside the shadow root (never in the page's tree).
 */
export function adoptCardStyles(shadow: ShadowRoot): void {
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
