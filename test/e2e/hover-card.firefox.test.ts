import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from './harness/launch-firefox';
import { expectedMentions, firstMentionBox, readCardInPage, serveFixtures } from './harness/pages';
import { groupExpected, readHighlightsInPage } from './harness/read-highlights';
import type { PageServer } from './harness/serve-pages';

let server: PageServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Gloss in Firefox', () => {
  it('highlights mentions and shows a dated, sourced card on hover', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(server.url('/fixtures/article-basic.html'));
    await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), { timeout: 20_000 });
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
    await page.close();
  });
});
