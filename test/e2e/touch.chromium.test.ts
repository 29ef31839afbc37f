import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardIsOpen, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { mentionBoxIn, readCardInPage } from './harness/pages';

// A phone: 390×844 CSS px, touch screen, mobile viewport.
const suite = useChromiumSuite({
  device: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
});

/** The centre of the first painted mention of `entityId` inside element `id`, or null. */
async function mentionCentreIn(
  page: Page,
  entityId: string,
  id: string,
): Promise<{ x: number; y: number } | null> {
  const box = await page.evaluate(mentionBoxIn, [entityId, id] as [string, string]);
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
}

async function tapMention(page: Page, entityId: string, id: string): Promise<void> {
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), id);
  const at = await mentionCentreIn(page, entityId, id);
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
    // The sheet leaves the tapped name in sight.
    const mention = (await page.evaluate(mentionBoxIn, ['keir-starmer', 'p1'] as [string, string]))!;
    expect(mention.y + mention.height).toBeLessThanOrEqual(card.box.top);
    // It stays: nothing hovers on a touch screen, so nothing times it out.
    await page.waitForTimeout(800);
    expect(await page.evaluate(cardIsOpen)).toBe(true);
    await page.touchscreen.tap(200, 30);
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 2000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a tap on the last line of a page, which cannot scroll it above the sheet, opens the sheet at the top', async () => {
    const { page, errors } = await suite.open('/fixtures/reader.html');
    await tapMention(page, 'donald-trump', 'p4');
    await waitForCard(page);
    const card = (await page.evaluate(readCardInPage))!;
    expect(card.box.left).toBe(0);
    expect(card.box.right).toBe(card.viewport.width);
    expect(Math.round(card.box.top)).toBe(0);
    const mention = (await page.evaluate(mentionBoxIn, ['donald-trump', 'p4'] as [string, string]))!;
    expect(mention.y).toBeGreaterThanOrEqual(card.box.bottom);
    expect(mention.y + mention.height).toBeLessThanOrEqual(card.viewport.height);
    // The next tap, on a name the page can scroll clear of a bottom sheet, opens one again.
    await page.touchscreen.tap(200, card.box.bottom + 20);
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 2000 });
    await tapMention(page, 'keir-starmer', 'p1');
    await waitForCard(page);
    expect(Math.round((await page.evaluate(readCardInPage))!.box.bottom)).toBe(card.viewport.height);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('near the end of a page that can scroll a little but not enough, the sheet opens at the top without scrolling', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    // The last line near the bottom of the screen, with 120 px of page left below it.
    await page.evaluate(() => {
      document.body.style.paddingBottom = '120px';
      const line = document.getElementById('p4')!.getBoundingClientRect();
      window.scrollTo(0, line.bottom + window.scrollY - window.innerHeight + 30);
    });
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(
      await page.evaluate(() => document.documentElement.scrollHeight - innerHeight - scrollY),
    ).toBeGreaterThan(0);
    const at = (await mentionCentreIn(page, 'donald-trump', 'p4'))!;
    await page.touchscreen.tap(at.x, at.y);
    await waitForCard(page);
    const card = (await page.evaluate(readCardInPage))!;
    expect(Math.round(card.box.top)).toBe(0);
    const mention = (await page.evaluate(mentionBoxIn, ['donald-trump', 'p4'] as [string, string]))!;
    expect(mention.y).toBeGreaterThanOrEqual(card.box.bottom);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await page.close();
  });

  it('a sheet that grows (a fact title opened to its whole statement) keeps the tapped name in sight', async () => {
    const { page, errors } = await suite.open('/fixtures/reader.html');
    await tapMention(page, 'keir-starmer', 'p1');
    await waitForCard(page);
    const toggle = page.locator('gloss-card button.statement-toggle').first();
    expect(await toggle.count()).toBe(1);
    // The name moved down to just clear of the sheet (by space added above it).
    const sheetTop = async () => (await page.evaluate(readCardInPage))!.box.top;
    const nameBottom = async () => {
      const box = (await page.evaluate(mentionBoxIn, ['keir-starmer', 'p1'] as [string, string]))!;
      return box.y + box.height;
    };
    const before = await sheetTop();
    await page.evaluate(
      (by) => {
        document.body.style.paddingTop = `${by}px`;
      },
      before - 13 - (await nameBottom()),
    );
    expect(before - (await nameBottom())).toBeGreaterThanOrEqual(12);
    await toggle.tap();
    await expect.poll(sheetTop).toBeLessThan(before - 2);
    // As when it opened: 12 px at least between the name and the sheet.
    await expect.poll(async () => (await sheetTop()) - (await nameBottom())).toBeGreaterThanOrEqual(12);
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
    const at = (await mentionCentreIn(page, 'keir-starmer', 'link'))!;
    await page.touchscreen.tap(at.x, at.y);
    await page.waitForFunction(() => location.hash === '#followed', null, { timeout: 2000 });
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    await page.close();
  });

  it('a finger on a name just below a link opens the name’s card, though the browser moves the click to the link', async () => {
    const { page } = await suite.open('/fixtures/touch-near-link.html');
    const at = (await mentionCentreIn(page, 'donald-trump', 'near'))!;
    // A finger's contact patch, as a phone reports it: Chromium's touch adjustment then sends the
    // click to the link on the line above, so a card opened from the click's point alone never
    // opens, and the link is followed instead.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: at.x, y: at.y, radiusX: 12, radiusY: 12 }],
    });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForCard(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.close();
  });

  it('a scroll gesture across mentions opens nothing', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    const at = (await mentionCentreIn(page, 'keir-starmer', 'p1'))!;
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

  it.each(['air-cover', 'evening-briefing', 'january-guarantees'])(
    'the demo page %s fits the phone: lines of words, no sideways scroll',
    async (name) => {
      const { page } = await suite.open(`/demo/${name}.html`);
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        width: document.querySelector('p')!.getBoundingClientRect().width,
        viewport: window.innerWidth,
      }));
      expect(layout.viewport).toBe(390);
      expect(layout.overflow).toBe(0);
      expect(layout.width).toBeGreaterThan(250);
      await page.close();
    },
  );
});
