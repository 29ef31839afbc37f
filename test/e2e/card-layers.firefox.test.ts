import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxSuite } from './harness/firefox-suite';
import { cardBesideMention, cardReach, focusedElement, mentionPaintedIn } from './harness/layer-checks';
import { mentionBoxIn } from './harness/pages';

const suite = useFirefoxSuite();

/** Waits until a card with facts is open. */
async function waitForCard(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('li.fact'),
    {
      timeout: 10_000,
    },
  );
}

/** Rests the pointer on the mention of `entityId` inside element `id`, once it is painted. */
async function hoverIn(page: Page, entityId: string, id: string): Promise<void> {
  await page.waitForFunction(mentionPaintedIn, { timeout: 10_000 }, [entityId, id] as [string, string]);
  const box = (await page.evaluate(mentionBoxIn, [entityId, id] as [string, string]))!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
}

/** Expects the open card in the viewport, on top at its centre and its tools; returns Close's centre. */
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

const dialogOpen = () => (document.getElementById('article') as HTMLDialogElement).open;

describe('the card over top-layer content and on a transformed root (Firefox)', () => {
  it('opens above a modal dialog that holds the name and takes a click there', async () => {
    const { page, errors } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-article');
    await hoverIn(page, 'keir-starmer', 'in-dialog');
    await waitForCard(page);
    const close = await expectReachable(page);
    await expectBelowMention(page, 'keir-starmer', 'in-dialog');
    await page.mouse.move(close.x, close.y, { steps: 3 });
    await page.mouse.click(close.x, close.y);
    await page.waitForFunction(() => !document.querySelector('gloss-card'), { timeout: 5000 });
    expect(await page.evaluate(dialogOpen)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves keyboard focus into the card inside a modal dialog; Esc closes the card only', async () => {
    const { page } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-article');
    await page.waitForFunction(mentionPaintedIn, { timeout: 10_000 }, ['keir-starmer', 'in-dialog'] as [
      string,
      string,
    ]);
    await page.focus('#close-article');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await waitForCard(page);
    await page.waitForFunction(() => document.activeElement?.tagName === 'GLOSS-CARD', { timeout: 5000 });
    expect(await page.evaluate(focusedElement)).toBe('card:card');
    await expectReachable(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(focusedElement)).toBe('card:tool mute');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('gloss-card'), { timeout: 5000 });
    expect(await page.evaluate(dialogOpen)).toBe(true);
    expect(await page.evaluate(focusedElement)).toBe('close-article');
    await page.close();
  });

  it('opens above an open popover', async () => {
    const { page } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-note');
    await hoverIn(page, 'donald-trump', 'in-note');
    await waitForCard(page);
    await expectReachable(page);
    await expectBelowMention(page, 'donald-trump', 'in-note');
    await page.close();
  });

  it('shows the card for a name in a full-screen element', async () => {
    const { page } = await suite.open('/fixtures/top-layers.html');
    await page.click('#open-panel');
    await page.waitForFunction(() => document.fullscreenElement?.id === 'panel', { timeout: 5000 });
    await hoverIn(page, 'giorgia-meloni', 'in-panel');
    await waitForCard(page);
    await expectReachable(page);
    await expectBelowMention(page, 'giorgia-meloni', 'in-panel');
    await page.evaluate(() => document.exitFullscreen());
    await page.close();
  });

  it.each(['transform: translateZ(0)', 'will-change: transform', 'zoom: 1.25; transform: translateX(0)'])(
    'opens just below its name, scrolled far down, with html { %s }',
    async (root) => {
      const { page } = await suite.open(`/fixtures/root-styled.html?root=${encodeURIComponent(root)}`);
      await page.evaluate(() => document.getElementById('talks')!.scrollIntoView({ block: 'center' }));
      await hoverIn(page, 'keir-starmer', 'talks');
      await waitForCard(page);
      await expectBelowMention(page, 'keir-starmer', 'talks');
      await expectReachable(page);
      await page.close();
    },
  );
});
