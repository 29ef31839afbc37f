/** Checks of where the open card stands, run in the page by either driver (Playwright or Puppeteer). */

/**
 * Runs in the page: whether the reader can reach the open card, or null when none is open. For
 * the card's centre and each of its tools (Mute, Close), whether what the page hit-tests there
 * is the card (not a dialog, popover or backdrop over it), and whether the card is inside the
 * viewport; also the tools' centres, to click them.
 */
export function cardReach(): {
  inViewport: boolean;
  centre: boolean;
  tools: { name: string; hit: boolean; x: number; y: number }[];
} | null {
  // The host is the root element's child, or a child of a top-layer component's shadow root.
  const host =
    document.querySelector('gloss-card') ??
    [...document.querySelectorAll('*')].map((el) => el.shadowRoot?.querySelector('gloss-card')).find(Boolean);
  const root = host?.shadowRoot;
  const panel = root?.querySelector<HTMLElement>('.card');
  if (!host || !root || !panel) return null;
  const around = host.getRootNode() as Document | ShadowRoot;
  const hit = (el: Element) => {
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const inner = root.elementFromPoint(x, y);
    return { hit: around.elementFromPoint(x, y) === host && !!inner && el.contains(inner), x, y };
  };
  const box = panel.getBoundingClientRect();
  return {
    inViewport:
      box.width > 0 &&
      box.height > 0 &&
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= innerHeight &&
      box.right <= innerWidth,
    centre: hit(panel).hit,
    tools: [...root.querySelectorAll('.card-tools button')].map((button) => ({
      name: button.className,
      ...hit(button),
    })),
  };
}

/**
 * Runs in the page: the viewport boxes of the open card and of the first painted mention of
 * `entityId` inside the element `id` (either null when missing).
 */
export function cardBesideMention([entityId, id]: [string, string]): {
  mention: { left: number; top: number; bottom: number; right: number } | null;
  card: { left: number; top: number; bottom: number; right: number } | null;
  viewport: { width: number; height: number };
} {
  const box = (r: DOMRect) => ({ left: r.left, top: r.top, bottom: r.bottom, right: r.right });
  const el = document.getElementById(id);
  let mention = null;
  const highlight = CSS.highlights.get(`gloss-${entityId}`) as Highlight | undefined;
  for (const r of (highlight ?? []) as Iterable<Range>)
    if (el?.contains(r.startContainer)) {
      mention = box(r.getBoundingClientRect());
      break;
    }
  const host =
    document.querySelector('gloss-card') ??
    [...document.querySelectorAll('*')].map((e) => e.shadowRoot?.querySelector('gloss-card')).find(Boolean);
  const panel = host?.shadowRoot?.querySelector('.card');
  return {
    mention,
    card: panel ? box(panel.getBoundingClientRect()) : null,
    viewport: { width: innerWidth, height: innerHeight },
  };
}

/** Runs in the page: true while a card with facts is open, its host in the page or in a shadow root. */
export function cardWithFactsOpen(): boolean {
  const host =
    document.querySelector('gloss-card') ??
    [...document.querySelectorAll('*')].map((e) => e.shadowRoot?.querySelector('gloss-card')).find(Boolean);
  return !!host?.shadowRoot?.querySelector('li.fact');
}

/** Runs in the page: true once a mention of `entityId` inside the element `id` is painted. */
export function mentionPaintedIn([entityId, id]: [string, string]): boolean {
  const el = document.getElementById(id);
  const highlight = CSS.highlights.get(`gloss-${entityId}`) as Highlight | undefined;
  for (const r of (highlight ?? []) as Iterable<Range>)
    if (el?.contains(r.startContainer) && r.getClientRects().length) return true;
  return false;
}

/** Runs in the page: the focused element's id, or `card:<class>` inside the card's shadow root. */
export function focusedElement(): string {
  const active = document.activeElement;
  if (active?.tagName === 'GLOSS-CARD') return `card:${active.shadowRoot?.activeElement?.className ?? ''}`;
  return active?.id || active?.tagName || 'none';
}
