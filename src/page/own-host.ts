/** A host element for Gloss's UI and the shadow root Gloss renders into. */
export interface OwnHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/**
 * Creates a detached host element named `name` (`gloss-card`, `gloss-live`) with an open shadow
 * root, as the test contract promises, unless the page's scripts have defined a custom element
 * of that name: creating one would run the page's constructor on Gloss's element (which could
 * attach its own shadow root, blocking the card, or keep a handle to read and rewrite it). Then
 * the host is a plain `div`, which no page can define, with a closed shadow root, so the page's
 * code never runs on it and cannot reach inside. The caller inserts the host.
 */
export function createOwnHost(doc: Document, name: string): OwnHost {
  const host = doc.createElement(name);
  if (!isPageDefined(host)) {
    try {
      return { host: unstyled(host), shadow: host.attachShadow({ mode: 'open' }) };
    } catch {
      // Something of the page's made the element refuse a shadow root: fall back below.
    }
  }
  const fallback = doc.createElement('div');
  fallback.dataset.gloss = name;
  return { host: unstyled(fallback), shadow: fallback.attachShadow({ mode: 'closed' }) };
}

/**
 * Resets every property of `host` in its own style, which no page rule outranks: a page's
 * `* { writing-mode: vertical-rl; text-transform: uppercase }` would be inherited by the card,
 * and `html > * { transform: … }` would make the host the frame of its fixed card and move it
 * off screen. The shadow root's `:host { all: initial }` loses to any page rule. Nothing of
 * Gloss is selectable with the page (`user-select: none`): Chromium copies the text of a shadow
 * root inside a selection, so select all and copy would take the card's or the live region's
 * words with the page's (the card lets the reader select in it: see `keepOutOfPageSelections`).
 */
function unstyled(host: HTMLElement): HTMLElement {
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('-webkit-user-select', 'none', 'important');
  host.style.setProperty('user-select', 'none', 'important');
  return host;
}

/**
 * True when `el` is a custom element the page has defined (also one defined after Gloss created
 * it: a connected element is upgraded then). An autonomous custom element nobody defined stays
 * `:not(:defined)`; the registry itself is out of a content script's reach.
 */
export function isPageDefined(el: Element): boolean {
  return el.localName.includes('-') && el.matches(':defined');
}
