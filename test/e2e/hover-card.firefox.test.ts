import { describe, expect, it } from 'vitest';
import { useFirefoxSuite } from './harness/firefox-suite';
import { expectedMentions, firstMentionBox, readCardInPage } from './harness/pages';
import { groupExpected, readHighlightsInPage } from './harness/read-highlights';

const suite = useFirefoxSuite();

describe('Gloss in Firefox', () => {
  it('highlights mentions and shows a dated, sourced card on hover', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    expect(await page.evaluate(readHighlightsInPage)).toEqual(
      groupExpected(expectedMentions('article-basic.html')),
    );
    const box = await page.evaluate(firstMentionBox, 'keir-starmer');
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 4 });
    await page.waitForFunction(
      () => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('li.fact'),
      {
        timeout: 10_000,
      },
    );
    const card = (await page.evaluate(readCardInPage))!;
    expect(card.text).toContain('Keir Starmer');
    expect(card.dates[0]).toMatch(/\b20\d\d\b/);
    expect(card.sources.length).toBeGreaterThan(0);
    expect(card.box.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
    await page.mouse.move(5, 790, { steps: 2 });
    await page.waitForFunction(() => !document.querySelector('gloss-card'), { timeout: 5000 });
    await page.close();
  });

  it('marks a plain-text page, shown in a <pre>, and text in two links as two words', async () => {
    const plain = await suite.open('/fixtures/plain-article.txt');
    expect(await plain.page.evaluate(() => document.contentType)).toBe('text/plain');
    expect((await plain.page.evaluate(readHighlightsInPage)).map((h) => h.entity)).toEqual([
      'coalition-of-the-willing',
      'emmanuel-macron',
      'giorgia-meloni',
      'keir-starmer',
      'reassurance-force',
    ]);
    await plain.page.close();
    const markup = await suite.open('/fixtures/markup-boundaries.html');
    expect(await markup.page.evaluate(readHighlightsInPage)).toEqual(
      groupExpected(expectedMentions('markup-boundaries.html')),
    );
    await markup.page.close();
  });

  it('moves between mentions by keyboard, with focus in the card, and Esc closes it', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    const press = async (code: string) => {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press(code as 'KeyJ');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    };
    await press('KeyJ');
    await page.waitForFunction(
      () =>
        document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2')?.textContent ===
        'Coalition of the willing',
      { timeout: 10_000 },
    );
    expect(
      await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.activeElement?.className),
    ).toBe('card');
    await press('KeyJ');
    await page.waitForFunction(
      () =>
        document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2')?.textContent === 'Keir Starmer',
    );
    expect(await page.evaluate(() => document.querySelector('gloss-live')?.shadowRoot?.textContent)).toMatch(
      /^Keir Starmer, mention 1 of 2: The coalition of the willing met again/,
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('gloss-card'), { timeout: 5000 });
    await page.close();
  });
});
