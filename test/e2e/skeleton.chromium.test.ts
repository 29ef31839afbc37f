import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/core/dataset/parse-pack';
import { bundledPackInput } from '../../src/data/bundled-pack';
import { countHighlightsIn, useChromiumSuite } from './harness/chromium-suite';
import { launchPlainChromium } from './harness/launch-chromium';
import { expectedMentions, firstMentionBox, readCardInPage } from './harness/pages';
import { groupExpected, readHighlightsInPage } from './harness/read-highlights';

const suite = useChromiumSuite();

async function openWithHighlights(path: string) {
  return (await suite.open(path)).page;
}

describe('Gloss in Chromium', () => {
  it('registers one gloss-<entity> highlight per entity, each range exactly the mention text', async () => {
    const page = await openWithHighlights('/fixtures/article-basic.html');
    const seen = await page.evaluate(readHighlightsInPage);
    expect(seen).toEqual(groupExpected(expectedMentions('article-basic.html')));
    await page.close();
  });

  it('marks nothing inside a textarea', async () => {
    const page = await openWithHighlights('/fixtures/article-basic.html');
    expect(await page.evaluate(countHighlightsIn, 'notes')).toBe(0);
    await page.close();
  });

  it('shows a card with a dated, sourced fact on hover, inside the viewport and clear of the mention', async () => {
    const page = await openWithHighlights('/fixtures/article-basic.html');
    expect(await page.locator('gloss-card').count()).toBe(0);
    const box = await page.evaluate(firstMentionBox, 'keir-starmer');
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 4 });
    await page.waitForFunction(
      () => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('li.fact'),
    );
    const card = (await page.evaluate(readCardInPage))!;
    expect(card.text).toContain('Keir Starmer');
    expect(card.dates[0]).toMatch(/\b20\d\d\b/);
    expect(card.sources.length).toBeGreaterThan(0);
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.top).toBeGreaterThanOrEqual(0);
    expect(card.box.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
    const overlaps =
      card.box.left < box!.x + box!.width &&
      card.box.right > box!.x &&
      card.box.top < box!.y + box!.height &&
      card.box.bottom > box!.y;
    expect(overlaps).toBe(false);
    await page.mouse.move(5, 780, { steps: 2 });
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 5_000 });
    await page.close();
  });

  it('popup shows the dataset version and counts', async () => {
    const pack = parsePack(bundledPackInput);
    if (!pack.ok) throw new Error('bundled pack invalid');
    const page = await suite.session.context.newPage();
    await page.goto(`chrome-extension://${suite.session.extensionId}/popup.html`);
    await expect
      .poll(() => page.getByTestId('count-facts').textContent())
      .toBe(String(pack.pack.facts.length));
    expect(await page.getByTestId('count-entities').textContent()).toBe(String(pack.pack.entities.length));
    expect(await page.getByTestId('dataset-version').textContent()).toContain(pack.pack.version);
    await page.close();
  });

  it('leaves the DOM serialisation identical to a browser without Gloss', async () => {
    const page = await openWithHighlights('/fixtures/article-basic.html');
    const withGloss = await page.evaluate(() => document.documentElement.outerHTML);
    const plain = await launchPlainChromium();
    const other = await plain.newPage();
    await other.goto(suite.server.url('/fixtures/article-basic.html'));
    await other.waitForTimeout(500);
    const without = await other.evaluate(() => document.documentElement.outerHTML);
    await plain.close();
    expect(withGloss).toBe(without);
    await page.close();
  });
});
