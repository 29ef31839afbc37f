import { describe, expect, it } from 'vitest';
import { useChromiumSuite } from './harness/chromium-suite';
import { entityHighlights } from './harness/read-highlights';

// Documents that are not plain HTML: a feed in the browser's XML viewer, an XHTML page.
const suite = useChromiumSuite();

describe('documents that are not plain HTML (Chromium)', () => {
  it('leaves a feed in the XML viewer alone: nothing marked, and the shortcut throws nothing', async () => {
    // Not `suite.open`, which waits for the first highlight.
    const page = await suite.session.context.newPage();
    const errors: string[] = [];
    const thrown: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') thrown.push(m.text());
    });
    await page.goto(suite.server.url('/fixtures/feed.xml'));
    expect(await page.evaluate(() => document.contentType)).toMatch(/^application\/(?:rss\+)?xml$/);
    // The XHTML page beside it is marked within a second (the next test); this one stays unmarked.
    await page.waitForTimeout(2000);
    expect(await entityHighlights(page)).toEqual([]);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(thrown).toEqual([]);
    await page.close();
  });

  it('marks an XHTML page, and its shortcut takes no keystroke from a reader typing in its form', async () => {
    const { page, errors } = await suite.open('/fixtures/typing.xhtml');
    await expect
      .poll(() => entityHighlights(page), { timeout: 4000, interval: 100 })
      .toContain('gloss-keir-starmer');
    for (const field of ['#note', '#line']) {
      await page.click(field);
      await page.keyboard.type('abc');
      await page.keyboard.press('Alt+Shift+KeyJ');
      await page.keyboard.type('def');
      expect(await page.$eval(field, (el) => (el as HTMLInputElement).value)).toBe('abcdef');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(field.slice(1));
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
