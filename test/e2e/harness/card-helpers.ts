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
