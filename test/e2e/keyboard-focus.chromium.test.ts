import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './harness/build-extension';
import { cardIsOpen, cardText, hoverEntity, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { tabIdOf } from './harness/page-report';
import { readCardInPage } from './harness/pages';

const suite = useChromiumSuite();

/** Runs in the page: the id (or tag) of the focused element, looking into the card's shadow root. */
function focused(): string {
  const active = document.activeElement;
  if (active?.tagName === 'GLOSS-CARD') return `card:${active.shadowRoot?.activeElement?.className ?? ''}`;
  return active?.id || active?.tagName || 'none';
}

/** Focuses the page's button, then opens the first card by keyboard, focus inside it. */
async function openFromButton(page: Page): Promise<void> {
  await page.focus('#before');
  await page.keyboard.press('Alt+Shift+KeyJ');
  await waitForCard(page);
  expect(await page.evaluate(focused)).toBe('card:card');
}

describe('keyboard ways in and out of the card (Chromium)', () => {
  it.each<[string, (page: Page) => Promise<void>]>([
    ['Esc', (page) => page.keyboard.press('Escape')],
    [
      'Tab past the last stop',
      async (page) => {
        for (let i = 0; i < 200 && (await page.evaluate(cardIsOpen)); i++) await page.keyboard.press('Tab');
      },
    ],
    ['Shift+Tab before the first stop', (page) => page.keyboard.press('Shift+Tab')],
    ['a click outside', (page) => page.mouse.click(5, 5)],
  ])('%s closes the card and returns focus to where the reader was', async (_way, leave) => {
    const { page, errors } = await suite.open('/fixtures/reader.html');
    await openFromButton(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await leave(page);
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 3000 });
    expect(await page.evaluate(focused)).toBe('before');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await page.waitForTimeout(100);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Tab stops inside the card before it leaves: Mute and Close come first', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    await openFromButton(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(focused)).toBe('card:tool mute');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(focused)).toBe('card:tool close');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('gloss-card'));
    expect(await page.evaluate(focused)).toBe('before');
    await page.close();
  });

  it.each(['#notes', '#name'])('the shortcut does nothing while typing in %s', async (field) => {
    const { page } = await suite.open('/fixtures/reader.html');
    await page.focus(field);
    const value = await page.inputValue(field);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Alt+Shift+KeyK');
    await page.waitForTimeout(400);
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    expect(await page.evaluate(focused)).toBe(field.slice(1));
    expect(await page.inputValue(field)).toBe(value);
    await page.close();
  });

  it('says that nothing is marked when the shortcut meets a page without mentions', async () => {
    const { page } = await suite.open('/fixtures/no-mentions.html');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('gloss-live')?.shadowRoot?.textContent ?? ''))
      .toBe('Gloss: nothing is marked on this page.');
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    await page.close();
  });

  it('announces each move once, with the mention’s place and the start of its sentence', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    const live = () =>
      page.evaluate(() => document.querySelector('gloss-live')?.shadowRoot?.textContent ?? '');
    const label = () =>
      page.evaluate(
        () =>
          document
            .querySelector('gloss-card')
            ?.shadowRoot?.querySelector('.card')
            ?.getAttribute('aria-label') ?? '',
      );
    await page.keyboard.press('Alt+Shift+KeyJ');
    await waitForCard(page);
    // Focus entering the card reads its name: that is the announcement, and the live region is quiet.
    expect(await label()).toBe(
      'Keir Starmer, mention 1 of 4: Keir Starmer met allies in London on Thursday.',
    );
    expect(await live()).toBe('');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect
      .poll(live)
      .toBe('Coalition of the willing, mention 1 of 2: The coalition of the willing said little.');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(live).toBe('Keir Starmer, mention 2 of 4: Read what Keir Starmer said afterwards.');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect
      .poll(live)
      .toBe('Keir Starmer, mention 3 of 4: Keir Starmer spoke again, and the coalition of the willing…');
    await page.close();
  });

  it('takes no keystroke from a reader typing in a field inside a closed shadow root', async () => {
    const { page } = await suite.open('/fixtures/closed-field.html');
    await page.evaluate(() => (window as unknown as { focusSearch: () => void }).focusSearch());
    await page.keyboard.type('abc');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.type('def');
    await page.waitForTimeout(300);
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    expect(
      await page.evaluate(() => (window as unknown as { searchValue: () => string }).searchValue()),
    ).toBe('abcdef');
    await page.close();
  });

  it('steps over the names the page hides (a closed menu, hidden text, a closed details or dialog)', async () => {
    const { page } = await suite.open('/fixtures/hidden-names.html');
    const title = () =>
      page.evaluate(
        () => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.card h2')?.textContent ?? '',
      );
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      await waitForCard(page);
      await expect.poll(title).not.toBe(seen.at(-1) ?? '');
      seen.push(await title());
    }
    expect(seen).toEqual(['Keir Starmer', 'Emmanuel Macron', 'Keir Starmer']);
    await page.close();
  });

  it('does not stick after a click inside it: it hides once the pointer leaves', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    const card = (await page.evaluate(readCardInPage))!;
    await page.mouse.move(card.box.left + 40, card.box.top + 20, { steps: 4 });
    await page.locator('gloss-card [data-action="copy"]').click();
    await page.locator('gloss-card [data-copy="text"]').click();
    expect(await page.evaluate(cardIsOpen)).toBe(true);
    // The copy feedback shows, then goes away by itself while the card is still open.
    const feedback = () =>
      page.evaluate(
        () => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.copied')?.textContent ?? '',
      );
    await expect.poll(feedback).not.toBe('');
    await expect.poll(feedback, { timeout: 5000 }).toBe('');
    expect(await page.evaluate(cardIsOpen)).toBe(true);
    await page.mouse.move(5, 700, { steps: 3 });
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 1500 });
    expect(await page.evaluate(focused)).not.toMatch(/^card/);
    await page.close();
  });

  it('closes when keyboard focus leaves it for another element, leaving focus there', async () => {
    const { page, errors } = await suite.open('/fixtures/reader.html');
    await openFromButton(page);
    await page.focus('#name');
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 1500 });
    expect(await page.evaluate(focused)).toBe('name');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('registers Alt+Shift+J / K as browser commands, relayed to the page and ignored while typing', async () => {
    const manifest = JSON.parse(readFileSync(resolve(CHROME_BUILD, 'manifest.json'), 'utf8')) as {
      commands: Record<string, { suggested_key: { default: string } }>;
    };
    expect(
      Object.fromEntries(Object.entries(manifest.commands).map(([k, v]) => [k, v.suggested_key.default])),
    ).toEqual({ 'next-mention': 'Alt+Shift+J', 'previous-mention': 'Alt+Shift+K' });
    const { page } = await suite.open('/fixtures/reader.html');
    const tabId = await tabIdOf(suite.session.worker, page);
    const move = (step: number) =>
      suite.session.worker.evaluate(
        ([id, s]) =>
          (
            globalThis as unknown as {
              chrome: { tabs: { sendMessage(t: number, m: unknown, o: object): Promise<unknown> } };
            }
          ).chrome.tabs.sendMessage(id!, { type: 'page/move', step: s }, { frameId: 0 }),
        [tabId, step],
      );
    await page.focus('#notes');
    expect(await move(1)).toEqual({ ok: true, data: false });
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    await page.focus('#before');
    expect(await move(-1)).toEqual({ ok: true, data: true });
    await waitForCard(page);
    expect(await page.evaluate(cardText, 'h2')).toEqual(['Donald Trump']);
    await page.close();
  });
});

/** Runs in the page: the viewport box of the text `words` (the first place it stands). */
function boxOf(words: string): { left: number; right: number; top: number; bottom: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }
  return null;
}

/** Runs in the page: the open card's viewport box. */
function cardBox(): { top: number; bottom: number } | null {
  const card = document.querySelector('gloss-card')?.shadowRoot?.querySelector('.card');
  const r = card?.getBoundingClientRect();
  return r ? { top: r.top, bottom: r.bottom } : null;
}

describe('the keyboard brings the mention itself into view', () => {
  it('neither scrolls sideways for a heading wider than the screen nor leaves a name off screen in a tall paragraph', async () => {
    const { page, errors } = await suite.open('/fixtures/keyboard-reveal.html');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await waitForCard(page);
    // The name in the wide heading was in view across: the page does not move sideways.
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    const trump = await page.evaluate(boxOf, 'Donald Trump');
    expect(trump!.top).toBeGreaterThanOrEqual(0);
    expect(trump!.bottom).toBeLessThanOrEqual(800);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.waitForFunction(() =>
      document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2')?.textContent?.includes('Macron'),
    );
    // The last words of a paragraph taller than the screen: the name is on screen, and so is the card.
    const macron = await page.evaluate(boxOf, 'Emmanuel Macron');
    expect(macron!.top).toBeGreaterThanOrEqual(0);
    expect(macron!.bottom).toBeLessThanOrEqual(800);
    const card = await page.evaluate(cardBox);
    expect(card!.top).toBeGreaterThanOrEqual(0);
    expect(card!.bottom).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls the body to the name where the body, not the page, is the scroller', async () => {
    const { page } = await suite.open('/fixtures/keyboard-shell.html');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await waitForCard(page);
    const macron = await page.evaluate(boxOf, 'Emmanuel Macron');
    expect(macron!.top).toBeGreaterThanOrEqual(0);
    expect(macron!.bottom).toBeLessThanOrEqual(800);
    await page.close();
  });
});
