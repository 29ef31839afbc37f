import { cardLayerFor } from './card-layer';
import { createOwnHost, isPageDefined } from './own-host';

/**
 * A polite `aria-live` region in Gloss's own `gloss-live` element (a fallback host where the
 * page defined that name) (a shadow root, visually
 * hidden), created on first use, so screen readers hear which mention the keyboard moved to.
 * Removed when `signal` aborts.
 */
export class LiveRegion {
  private host: HTMLElement | null = null;
  private region: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.host?.remove());
  }

  /**
   * Announces `message` (replacing the previous one). `near`, the mention announced (or the open
   * modal dialog): inside a modal dialog (or another top-layer element) the region moves there,
   * where the card goes too, since everything outside a modal dialog is inert and is not read out.
   */
  announce(message: string, near?: Node): void {
    if (this.host && isPageDefined(this.host)) {
      this.host.remove();
      this.region = null;
    }
    if (!this.region) this.mount();
    const parent = !near
      ? this.doc.documentElement
      : near.nodeType === Node.ELEMENT_NODE && (near as Element).matches('dialog')
        ? near
        : cardLayerFor(near, this.doc).parent;
    if (this.host!.parentNode !== parent) parent.appendChild(this.host!);
    this.region!.textContent = message;
  }

  private mount(): void {
    const { host, shadow } = createOwnHost(this.doc, 'gloss-live');
    const region = this.doc.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.style.cssText =
      'position:fixed;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    shadow.append(region);
    this.doc.documentElement.append(host);
    this.host = host;
    this.region = region;
  }
}
