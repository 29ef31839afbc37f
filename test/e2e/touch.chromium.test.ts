import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardIsOpen, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { readCardInPage } from './harness/pages';

// A phone: 390×844 CSS px, touch screen, mobile viewport.
const suite = useChromiumSuite({
  device: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
});

/** Runs in the page: the centre of the first painted mention of `entityId` inside element `id`. */
function mentionCentreIn([entityId, id]: [string, string]): { x: number; y: number } | null {
  const el = document.getElementById(id)!;
  const highlight = CSS.highlights.get(`gloss-${entityId}`) as Highlight | undefined;
  for (const r of (highlight ?? []) as Iterable<Range>) {
    if (!el.contains(r.startContainer)) continue;
    const box = r.getClientRects()[0]!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  return null;
}

async function tapMention(page: Page, entityId: string, id: string): Promise<void> {
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), id);
  const at = await page.evaluate(mentionCentreIn, [entityId, id] as [string, string]);
  if (!at) throw new Error(`no mention of ${entityId} in #${id}`);
  await page.touchscreen.tap(at.x, at.y);
}

describe('touch (Chromium, a phone-sized touch screen)', () => {
  it('a tap on a mention opens its card as a bottom sheet; a tap outside closes it', async () => {
    const { page, errors } = await suite.open('/fixtures/reader.html');
    await tapMention(page, 'keir-starmer', 'p1');
    await waitForCard(page);
    const card = (await page.evaluate(readCardInPage))!;
    expect(card.box.left).toBe(0);
    expect(card.box.right).toBe(card.viewport.width);
    expect(Math.round(card.box.bottom)).toBe(card.viewport.height);
    // It stays: nothing hovers on a touch screen, so nothing times it out.
    await page.waitForTimeout(800);
    expect(await page.evaluate(cardIsOpen)).toBe(true);
    await page.touchscreen.tap(200, 30);
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 2000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the card’s Close button closes it', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    await tapMention(page, 'coalition-of-the-willing', 'p1');
    await waitForCard(page);
    await page.locator('gloss-card button.close').tap();
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 2000 });
    await page.close();
  });

  it('inside a link, the first tap shows the card and the second follows the link', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    await tapMention(page, 'keir-starmer', 'link');
    await waitForCard(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => location.hash)).toBe('');
    const at = (await page.evaluate(mentionCentreIn, ['keir-starmer', 'link'] as [string, string]))!;
    await page.touchscreen.tap(at.x, at.y);
    await page.waitForFunction(() => location.hash === '#followed', null, { timeout: 2000 });
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    await page.close();
  });

  it('a scroll gesture across mentions opens nothing', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    const at = (await page.evaluate(mentionCentreIn, ['keir-starmer', 'p1'] as [string, string]))!;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: at.x, y }],
      });
    await touch('touchStart', at.y);
    for (let dy = 10; dy <= 200; dy += 10) await touch('touchMove', at.y - dy);
    await touch('touchEnd', at.y - 200);
    await page.waitForTimeout(800);
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.close();
  });
});
