import type { Page } from 'playwright-core';
import { firstMentionBox } from './pages';

/** Moves the pointer onto the first mention of `entityId` and rests there; returns its box. */
export async function hoverEntity(page: Page, entityId: string) {
  const box = await page.evaluate(firstMentionBox, entityId);
  if (!box) throw new Error(`no mention of ${entityId} on the page`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  return box;
}

/** Waits until a card with facts is open. */
export async function waitForCard(page: Page, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    () => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('li.fact'),
    null,
    {
      timeout,
    },
  );
}

/** Runs in the page: true while a `gloss-card` host exists. */
export function cardIsOpen(): boolean {
  return !!document.querySelector('gloss-card');
}

/** Runs in the page: the text of a part of the open card, by CSS selector inside its shadow root. */
export function cardText(selector: string): string[] {
  const root = document.querySelector('gloss-card')?.shadowRoot;
  return root
    ? [...root.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    : [];
}

/** Waits until a card with a title is open (it may have no facts, as on an article older than the data). */
export async function waitForCardTitle(page: Page, name: string, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2')?.textContent === n,
    name,
    { timeout },
  );
}

/** Runs in the page: scrolls the first mention of `entityId` to near the top of the viewport. */
export function scrollMentionToTop(entityId: string): void {
  const highlight = CSS.highlights.get(`gloss-${entityId}`) as Highlight | undefined;
  const ranges = highlight ? ([...highlight] as Range[]) : [];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const el = ranges[0]?.startContainer.parentElement;
  if (!el) throw new Error(`no mention of ${entityId}`);
  el.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -24);
}

/** Runs in the page: the open card's scroll and client heights (equal when nothing scrolls inside). */
export function cardHeights(): { scroll: number; client: number; width: number } | null {
  const panel = document
    .querySelector('gloss-card')
    ?.shadowRoot?.querySelector('.card') as HTMLElement | null;
  return panel ? { scroll: panel.scrollHeight, client: panel.clientHeight, width: panel.clientWidth } : null;
}

/**
 * Runs in the page: the open card's text as a reader sees it before "More": the rendered text of
 * every visible element in document order, leaving out button labels (Mute, Close, Copy, More),
 * text hidden by CSS and visually-hidden text (a box of a pixel or less). Whitespace collapsed.
 * Text a line clamp cuts off still counts: the card must be short by design, not by clipping.
 */
export function cardReadingText(): string | null {
  const panel = document.querySelector('gloss-card')?.shadowRoot?.querySelector('.card');
  if (!panel) return null;
  const more = panel.querySelector('button[data-action="more"]');
  let text = '';
  let last: Element | null = null;
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el) continue;
    if (more && more.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    if (el.closest('button, [hidden], [aria-hidden="true"]')) continue;
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) continue;
    // Text in another element than the last starts a new word (a new line, or a new span).
    text += (el === last ? '' : ' ') + (node.textContent ?? '');
    last = el;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Runs in the page: for each of the open card's tools (Mute, Close), whether the element at the
 * centre of its box (as the shadow root hit-tests it) is that button or inside it; and the centre.
 */
export function toolsAtTheirCentres(): { tool: string; hit: boolean; x: number; y: number }[] {
  const root = document.querySelector('gloss-card')?.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>('.card-tools button')].map((button) => {
    const box = button.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const at = root.elementFromPoint(x, y);
    return { tool: button.className, hit: !!at && button.contains(at), x, y };
  });
}
