import { describe, expect, it } from 'vitest';
import { useFirefoxSuite } from './harness/firefox-suite';
import { mentionBoxIn } from './harness/pages';

const suite = useFirefoxSuite();
const open = (viewport: { width: number; height: number }) =>
  suite.open('/fixtures/reader.html', { viewport });

const cardOpen = () => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('li.fact');
const cardGone = () => !document.querySelector('gloss-card');

describe('every way in and out, in Firefox', () => {
  it('Esc closes a keyboard-opened card and returns focus to where the reader was', async () => {
    const { page, errors } = await open({ width: 1280, height: 800 });
    await page.focus('#before');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(cardOpen, { timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GLOSS-CARD');
    await page.keyboard.press('Escape');
    await page.waitForFunction(cardGone, { timeout: 5000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a tap opens the card as a bottom sheet, and a tap outside closes it', async () => {
    const { page, errors } = await open({ width: 390, height: 844 });
    await page.evaluate(() => document.getElementById('p1')!.scrollIntoView({ block: 'center' }));
    const box = (await page.evaluate(mentionBoxIn, ['keir-starmer', 'p1'] as [string, string]))!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(cardOpen, { timeout: 10_000 });
    const sheet = await page.evaluate(() => {
      const r = document
        .querySelector('gloss-card')!
        .shadowRoot!.querySelector('.card')!
        .getBoundingClientRect();
      return {
        left: r.left,
        right: Math.round(r.right),
        bottom: Math.round(r.bottom),
        width: innerWidth,
        height: innerHeight,
      };
    });
    expect(sheet.left).toBe(0);
    expect(sheet.right).toBe(sheet.width);
    expect(sheet.bottom).toBe(sheet.height);
    await page.touchscreen.tap(200, 20);
    await page.waitForFunction(cardGone, { timeout: 5000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
