import highlightCss from '../../assets/highlights.css?inline';
import { watchMutations } from './watch-mutations';

/**
 * The open shadow roots of a page whose text Gloss scans: each is watched for changes and given
 * the highlight styles it needs (removed again when `signal` aborts). Custom elements seen without
 * a shadow root are looked at again each second, since one may be attached later. `rescan` gets
 * the roots to collect (a new shadow root, or the hosts that now have one); `onChange` the roots
 * a change inside a shadow root asks to collect again.
 */
export class ShadowRoots {
  private readonly roots = new Set<ShadowRoot>();
  private readonly customElements = new Set<Element>();
  private sheet: CSSStyleSheet | null = null;

  constructor(
    doc: Document,
    private readonly rescan: (roots: Iterable<Node>) => void,
    private readonly onChange: (roots: Iterable<Node>) => void,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.detachStyles());
    const win = doc.defaultView!;
    const timer = win.setInterval(() => this.lookAgain(), 1000);
    signal.addEventListener('abort', () => win.clearInterval(timer));
  }

  /** The shadow roots known (for hit-testing inside them, and for a scan from scratch). */
  get all(): ShadowRoot[] {
    return [...this.roots];
  }

  /** Takes in what a walk met: open shadow roots to scan, custom elements to look at again. */
  adopt(shadows: readonly ShadowRoot[], customElements: readonly Element[]): void {
    for (const shadow of shadows) this.adoptOne(shadow);
    for (const el of customElements) this.customElements.add(el);
  }

  private adoptOne(shadow: ShadowRoot): void {
    if (this.roots.has(shadow)) {
      this.rescan([shadow]);
      return;
    }
    this.roots.add(shadow);
    this.rescan([shadow]);
    watchMutations(shadow, (roots) => this.onChange(roots), this.signal);
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(highlightCss);
      }
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, this.sheet];
    } catch {
      // A browser that will not let a content script adopt sheets: mentions there stay unpainted.
    }
  }

  private lookAgain(): void {
    const attached: Element[] = [];
    for (const el of this.customElements) {
      if (!el.isConnected) this.customElements.delete(el);
      else if (el.shadowRoot) {
        this.customElements.delete(el);
        attached.push(el);
      }
    }
    if (attached.length) this.onChange(attached);
  }

  private detachStyles(): void {
    if (!this.sheet) return;
    for (const shadow of this.roots) {
      try {
        shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {}
    }
  }
}
