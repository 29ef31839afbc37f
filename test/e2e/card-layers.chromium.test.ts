import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardIsOpen, hoverEntity, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import {
  cardBesideMention,
  cardReach,
  cardWithFactsOpen,
  focusedElement,
  mentionPaintedIn,
} from './harness/layer-checks';
import { mentionBoxIn } from './harness/pages';

const suite = useChromiumSuite();

/** Rests the pointer on the mention of `entityId` inside element `id`, once it is painted. */
async function hoverIn(page: Page, entityId: string, id: string): Promise<void> {
  await page.waitForFunction(mentionPaintedIn, [entityId, id] as [string, string], { timeout: 10_000 });
  const box = (await page.evaluate(mentionBoxIn, [entityId, id] as [string, string]))!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
}

/** Expects the open card in the viewport, on top of everything at its centre and its tools. */
async function expectReachable(page: Page): Promise<{ x: number; y: number }> {
  const reach = (await page.evaluate(cardReach))!;
  expect(reach).not.toBeNull();
  expect(reach.inViewport).toBe(true);
  expect(reach.centre).toBe(true);
  expect(reach.tools.map((tool) => [tool.name, tool.hit])).toEqual([
    ['tool mute', true],
    ['tool close', true],
  ]);
  return reach.tools[1]!;
}

/** Expects the card just below the mention, its left edge at the mention's, all on screen. */
async function expectBelowMention(page: Page, entityId: string, id: string): Promise<void> {
  const { mention, card, viewport } = await page.evaluate(cardBesideMention, [entityId, id] as [
    string,
    string,
  ]);
  expect(mention).not.toBeNull();
  expect(card).not.toBeNull();
  expect(Math.abs(card!.left - mention!.left)).toBeLessThan(4);
  expect(card!.top).toBeGreaterThan(mention!.bottom);
  expect(card!.top - mention!.bottom).toBeLessThan(20);
  expect(card!.bottom).toBeLessThanOrEqual(viewport.height);
  expect(card!.right).toBeLessThanOrEqual(viewport.width);
}

describe('the card over top-layer content (Chromium)', () => {
  it('opens above a modal dialog that holds the name, takes a click, and Esc leaves the dialog open', async () => {
    const { page, errors } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-article');
    await hoverIn(page, 'keir-starmer', 'in-dialog');
    await waitForCard(page);
    const close = await expectReachable(page);
    await expectBelowMention(page, 'keir-starmer', 'in-dialog');
    // The reader's click on × reaches the card: nothing of it is inert under the dialog.
    await page.mouse.move(close.x, close.y, { steps: 3 });
    await page.mouse.click(close.x, close.y);
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 3000 });
    expect(await page.evaluate(() => (document.getElementById('article') as HTMLDialogElement).open)).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves keyboard focus into the card inside a modal dialog; Tab and Esc work there', async () => {
    const { page } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-article');
    await page.waitForFunction(mentionPaintedIn, ['keir-starmer', 'in-dialog'] as [string, string]);
    await page.focus('#close-article');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await waitForCard(page);
    expect(await page.evaluate(focusedElement)).toBe('card:card');
    await expectReachable(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(focusedElement)).toBe('card:tool mute');
    // Esc closes the card, not the dialog around it, and focus goes back where it was.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 3000 });
    expect(await page.evaluate(() => (document.getElementById('article') as HTMLDialogElement).open)).toBe(
      true,
    );
    expect(await page.evaluate(focusedElement)).toBe('close-article');
    await page.close();
  });

  it('steps only through the names of an open modal dialog, and is heard there', async () => {
    const { page } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-article');
    await page.waitForFunction(mentionPaintedIn, ['keir-starmer', 'in-dialog'] as [string, string]);
    await page.focus('#close-article');
    const title = () =>
      page.evaluate(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2')?.textContent);
    // The page's own names (the panel's Meloni) are inert behind the dialog: the keyboard skips them.
    for (const name of ['Keir Starmer', 'Emmanuel Macron', 'Keir Starmer', 'Emmanuel Macron']) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      await expect.poll(title).toBe(name);
    }
    // The announcements of moves made from inside the card are in the dialog, where they are read out.
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('#article gloss-live')?.shadowRoot?.textContent ?? ''),
      )
      .toMatch(/^Emmanuel Macron, mention 1 of 1/);
    await page.close();
  });

  it('opens above an open popover, and moves out of it for a name on the page', async () => {
    const { page } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-note');
    await hoverIn(page, 'donald-trump', 'in-note');
    await waitForCard(page);
    await expectReachable(page);
    await expectBelowMention(page, 'donald-trump', 'in-note');
    // The next card's name is on the page itself, outside the popover; then back in it.
    await page.click('#open-note');
    await page.mouse.move(5, 5, { steps: 2 });
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 3000 });
    await hoverIn(page, 'giorgia-meloni', 'in-panel');
    await waitForCard(page);
    await expectReachable(page);
    await page.click('#open-note');
    await hoverIn(page, 'volodymyr-zelenskyy', 'in-note');
    await page.waitForFunction(
      () =>
        document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2')?.textContent ===
        'Volodymyr Zelenskyy',
    );
    await expectReachable(page);
    await page.close();
  });

  it('opens above a popover component whose shadow root slots only what it names', async () => {
    const { page } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-aside');
    await hoverIn(page, 'anders-fogh-rasmussen', 'in-aside');
    // The card's host goes in the component's shadow root: a child it does not slot is not drawn.
    await page.waitForFunction(cardWithFactsOpen, null, { timeout: 5000 });
    await expectReachable(page);
    await expectBelowMention(page, 'anders-fogh-rasmussen', 'in-aside');
    await page.close();
  });

  it('keeps keyboard focus in the card as Alt+Shift+J moves it out of a popover and back', async () => {
    const { page } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-note');
    await page.waitForFunction(mentionPaintedIn, ['donald-trump', 'in-note'] as [string, string]);
    const title = () =>
      page.evaluate(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2')?.textContent);
    // In page order: the note's two names, the panel's (on the page, under the open note), then
    // round to the note again.
    for (const [name, inNote] of [
      ['Donald Trump', true],
      ['Volodymyr Zelenskyy', true],
      ['Giorgia Meloni', false],
      ['Donald Trump', true],
    ] as const) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      await expect.poll(title).toBe(name);
      expect(await page.evaluate(focusedElement)).toBe('card:card');
      if (inNote) await expectReachable(page);
    }
    await page.close();
  });

  it('shows the card for a name in a full-screen element', async () => {
    const { page } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-panel');
    await page.waitForFunction(() => document.fullscreenElement?.id === 'panel');
    await hoverIn(page, 'giorgia-meloni', 'in-panel');
    await waitForCard(page);
    await expectReachable(page);
    await expectBelowMention(page, 'giorgia-meloni', 'in-panel');
    await page.evaluate(() => document.exitFullscreen());
    await page.close();
  });

  it('places the card below its name in a modal dialog centred by a transform', async () => {
    const { page } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-centred');
    await hoverIn(page, 'keith-kellogg', 'in-centred');
    await waitForCard(page);
    await expectReachable(page);
    await expectBelowMention(page, 'keith-kellogg', 'in-centred');
    await page.close();
  });
});

describe('the card on a page whose root is the frame of fixed elements (Chromium)', () => {
  it.each([
    'transform: translateZ(0)',
    'will-change: transform',
    'contain: paint',
    'perspective: 500px',
    'zoom: 1.25; transform: translateX(0)',
  ])('opens just below its name, scrolled far down, with html { %s }', async (root) => {
    const { page } = await suite.open(`/fixtures/root-styled.html?root=${encodeURIComponent(root)}`);
    await page.evaluate(() => document.getElementById('talks')!.scrollIntoView({ block: 'center' }));
    await hoverIn(page, 'keir-starmer', 'talks');
    await waitForCard(page);
    await expectBelowMention(page, 'keir-starmer', 'talks');
    await expectReachable(page);
    // Still beside the name after the page scrolls under it.
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(300);
    if (await page.evaluate(cardIsOpen)) {
      const { mention, card } = await page.evaluate(cardBesideMention, ['keir-starmer', 'talks'] as [
        string,
        string,
      ]);
      expect(Math.abs(card!.left - mention!.left)).toBeLessThan(4);
      expect(Math.abs(card!.top - mention!.bottom - 6)).toBeLessThan(14);
    }
    await page.close();
  });

  it('opens the bottom sheet at the foot of a narrow screen with html { transform }', async () => {
    const { page } = await suite.open('/fixtures/root-styled.html?root=transform%3A%20translateZ(0)');
    await page.setViewportSize({ width: 400, height: 700 });
    await page.evaluate(() => document.getElementById('talks')!.scrollIntoView({ block: 'start' }));
    await hoverIn(page, 'keir-starmer', 'talks');
    await waitForCard(page);
    const { mention, card, viewport } = await page.evaluate(cardBesideMention, ['keir-starmer', 'talks'] as [
      string,
      string,
    ]);
    expect(card!.left).toBe(0);
    expect(card!.right).toBe(viewport.width);
    expect(Math.round(card!.bottom)).toBe(viewport.height);
    expect(mention!.bottom).toBeLessThanOrEqual(card!.top);
    await page.close();
  });
});

describe('copying the page while a card is open (Chromium)', () => {
  it('select all and copy take the page text and nothing of Gloss', async () => {
    await suite.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: suite.server.origin,
    });
    const { page } = await suite.open('/fixtures/article-basic.html');
    // An announcement by keyboard first (the live region keeps its text), then a card by hover.
    await page.keyboard.press('Alt+Shift+KeyJ');
    await waitForCard(page);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.waitForFunction(() => !!document.querySelector('gloss-live')?.shadowRoot?.textContent);
    await page.keyboard.press('Escape');
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Allies weigh a force for Ukraine');
    expect(copied).toContain('President Donald Trump and Vladimir Putin did not comment.');
    for (const gloss of ['Mute', '×', 'More →', 'between outlets', 'mention 1 of', 'of the United Kingdom'])
      expect(copied).not.toContain(gloss);
    expect(await page.evaluate(cardIsOpen)).toBe(true);
    await page.close();
  });

  it("the reader can still select a fact in the card and copy it, and use the card's Copy", async () => {
    await suite.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: suite.server.origin,
    });
    const { page } = await suite.open('/fixtures/article-basic.html');
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    const role = page.locator('gloss-card .role');
    const box = (await role.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 3 });
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.press('Control+C');
    const selected = await page.evaluate(() => navigator.clipboard.readText());
    expect(selected.length).toBeGreaterThan(5);
    expect((await role.textContent())!).toContain(selected.trim().slice(0, 5));
    // Then the page selects all of itself and copies at once: the card is left out again.
    const copied = await page.evaluate(() => {
      document.getSelection()!.selectAllChildren(document.documentElement);
      document.execCommand('copy');
      return navigator.clipboard.readText();
    });
    expect(copied).toContain('did not comment.');
    expect(copied).not.toContain('Mute');
    expect(copied).not.toContain('of the United Kingdom');
    // The card's own Copy.
    await page.locator('gloss-card button[data-action="copy"]').click();
    await page.locator('gloss-card button[data-copy="text"]').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^Keir Starmer, Prime Minister/);
    await page.close();
  });
});
