import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardIsOpen } from './harness/card-helpers';
import { countHighlightsIn, useChromiumSuite } from './harness/chromium-suite';
import { firstMentionBox } from './harness/pages';
import { readHighlightsInPage } from './harness/read-highlights';

const suite = useChromiumSuite();
const open = (path: string) => suite.open(path);

/** Waits until the frame's highlights equal `expected` (entity → texts), or fails with what it saw. */
async function expectHighlights(frame: Page | Frame, expected: Record<string, string[]>, timeout = 15_000) {
  const want = Object.entries(expected)
    .map(([entity, texts]) => ({ entity, texts }))
    .sort((a, b) => a.entity.localeCompare(b.entity));
  await expect.poll(() => frame.evaluate(readHighlightsInPage), { timeout, interval: 100 }).toEqual(want);
}

describe('Gloss on live pages (Chromium)', () => {
  it('marks text inside open shadow roots, including one attached after load, and paints it', async () => {
    const { page, errors } = await open('/fixtures/shadow-roots.html');
    await expectHighlights(page, {
      'keir-starmer': ['Keir Starmer'],
      'emmanuel-macron': ['Emmanuel Macron'],
      'reassurance-force': ['reassurance force'],
      'giorgia-meloni': ['Giorgia Meloni'],
    });
    const adopted = await page.evaluate(() =>
      document
        .getElementById('early')!
        .shadowRoot!.adoptedStyleSheets.some((s) =>
          [...s.cssRules].some((r) => r.cssText.includes('::highlight(gloss-mention)')),
        ),
    );
    expect(adopted).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the card for a mention inside a shadow root', async () => {
    const { page } = await open('/fixtures/shadow-roots.html');
    const box = await page.evaluate(firstMentionBox, 'emmanuel-macron');
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 3 });
    await page.waitForFunction(() =>
      document.querySelector('gloss-card')?.shadowRoot?.textContent?.includes('Emmanuel Macron'),
    );
    await page.close();
  });

  it('marks same-origin and about:blank iframes', async () => {
    const { page } = await open('/fixtures/iframes.html');
    await expectHighlights(page, { 'donald-trump': ['Donald Trump'] });
    const same = page.frames().find((f) => f.url().endsWith('frame-child.html'))!;
    await expectHighlights(same, { 'coalition-of-the-willing': ['coalition of the willing'] }, 8000);
    const blank = page.frames().find((f) => f !== page.mainFrame() && f !== same)!;
    await expectHighlights(blank, { 'volodymyr-zelenskyy': ['Volodymyr Zelenskyy'] }, 8000);
    await page.close();
  });

  it('a card in a frame closes when the pointer leaves the frame in one move', async () => {
    const { page } = await open('/fixtures/iframes.html');
    const same = page.frames().find((f) => f.url().endsWith('frame-child.html'))!;
    await expectHighlights(same, { 'coalition-of-the-willing': ['coalition of the willing'] }, 8000);
    const frameBox = (await page.locator('#same').boundingBox())!;
    const box = (await same.evaluate(firstMentionBox, 'coalition-of-the-willing'))!;
    await page.mouse.move(frameBox.x + box.x + box.width / 2, frameBox.y + box.y + box.height / 2, {
      steps: 3,
    });
    await same.waitForFunction(
      () => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('li.fact'),
    );
    // Straight out of the frame onto the page below it, with no move over the rest of the frame.
    await page.mouse.move(1100, 700, { steps: 1 });
    await same.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 3000 });
    await page.close();
  });

  it('finds content added later, drops removed text, and survives a page that never stops changing', async () => {
    const { page, errors } = await open('/fixtures/live.html');
    await expectHighlights(page, {
      'keir-starmer': ['Keir Starmer'],
      'vladimir-putin': ['Vladimir Putin'],
      'emmanuel-macron': ['Emmanuel Macron'],
      'coalition-of-the-willing': ['coalition of the willing'],
    });
    await page.evaluate(() => (window as unknown as { removeDoomed(): void }).removeDoomed());
    await expectHighlights(page, {
      'keir-starmer': ['Keir Starmer'],
      'emmanuel-macron': ['Emmanuel Macron'],
      'coalition-of-the-willing': ['coalition of the willing'],
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rescans after an SPA navigation, with the full-name rule starting afresh', async () => {
    const { page } = await open('/fixtures/live.html');
    await page.evaluate(() => (window as unknown as { spaNavigate(): void }).spaNavigate());
    await expectHighlights(page, {
      'giorgia-meloni': ['Giorgia Meloni'],
      'patrick-turner': ['Patrick Turner', 'Turner'],
    });
    await page.close();
  });

  it('leaves editable regions, form fields, code and hidden text untouched', async () => {
    const { page } = await open('/fixtures/editable.html');
    await expectHighlights(page, { 'keir-starmer': ['Keir Starmer'], 'giorgia-meloni': ['Giorgia Meloni'] });
    expect(await page.evaluate(countHighlightsIn, 'editor')).toBe(0);
    await page.close();
  });

  it('marks nothing a reader types in a design-mode editor, and takes no shortcut there', async () => {
    const { page } = await open('/fixtures/design-mode.html');
    await expectHighlights(page, {
      'keir-starmer': ['Keir Starmer'],
      'coalition-of-the-willing': ['coalition of the willing'],
    });
    const editor = page.frames().find((f) => f !== page.mainFrame())!;
    await page.click('#editor', { position: { x: 200, y: 20 } });
    await page.keyboard.press('End');
    await page.keyboard.type(' I read that Emmanuel Macron and Giorgia Meloni want talks.');
    await page.waitForTimeout(1500);
    const inEditor = () =>
      editor.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + (h as Highlight).size, 0));
    expect(await inEditor()).toBe(0);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.type(' Thanks.');
    await page.waitForTimeout(500);
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    expect(await editor.evaluate(cardIsOpen)).toBe(false);
    expect(await editor.evaluate(() => document.body.textContent)).toContain('want talks. Thanks.');
    expect(await inEditor()).toBe(0);
    await page.close();
  });

  it('puts its highlights back after the page’s own highlighter empties the registry', async () => {
    const { page } = await open('/fixtures/page-highlighter.html');
    const names = () => page.evaluate(() => [...CSS.highlights.keys()].sort());
    await expect.poll(names).toContain('gloss-keir-starmer');
    await page.evaluate(() => (window as unknown as { search(): void }).search());
    expect(await names()).toEqual(['site-search']);
    await page.mouse.move(300, 300);
    await page.mouse.wheel(0, 200);
    await expect.poll(names).toContain('gloss-keir-starmer');
    expect(await names()).toContain('site-search');
    expect(await names()).toContain('gloss-mention');
    await page.close();
  });

  it('emphasises every mention of the hovered entity', async () => {
    const { page } = await open('/fixtures/article-basic.html');
    expect(await page.evaluate(() => CSS.highlights.has('gloss-active'))).toBe(false);
    const box = await page.evaluate(firstMentionBox, 'coalition-of-the-willing');
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 3 });
    await page.waitForFunction(() => CSS.highlights.has('gloss-active'));
    const active = await page.evaluate(() =>
      [...(CSS.highlights.get('gloss-active') as Highlight)].map((r) => (r as Range).toString()),
    );
    expect(active).toEqual(['coalition of the willing', 'coalition of the willing']);
    await page.mouse.move(5, 790, { steps: 2 });
    await page.waitForFunction(() => !CSS.highlights.has('gloss-active'), null, { timeout: 5000 });
    await page.close();
  });
});
