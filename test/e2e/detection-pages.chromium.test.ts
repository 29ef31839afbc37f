import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumSuite } from './harness/chromium-suite';
import { expectedMentions } from './harness/pages';
import { groupExpected, readHighlightsInPage, type SeenHighlight } from './harness/read-highlights';

const suite = useChromiumSuite();

async function expectHighlights(page: Page, expected: Record<string, string[]>, timeout = 4000) {
  const want: SeenHighlight[] = Object.entries(expected)
    .map(([entity, texts]) => ({ entity, texts }))
    .sort((a, b) => a.entity.localeCompare(b.entity));
  await expect.poll(() => page.evaluate(readHighlightsInPage), { timeout, interval: 100 }).toEqual(want);
}

/** Runs in the page: the text of every painted range that starts outside <body> or in a protected element. */
function rangesInProtectedRegions(): string[] {
  const protectedEl = 'head, title, script, style, code, textarea, [hidden], [contenteditable="true"]';
  const found: string[] = [];
  for (const [, h] of CSS.highlights)
    for (const r of h as Highlight) {
      const node = (r as Range).startContainer;
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (!el || !document.body.contains(el) || el.closest(protectedEl)) found.push((r as Range).toString());
    }
  return found;
}

describe('detection on pages whose words CSS separates or protects (Chromium)', () => {
  it.each([
    [
      'css-boundaries.html',
      'neighbouring boxes (tag pills, flex and grid items, inline-block buttons) as separate words',
    ],
    [
      'markup-boundaries.html',
      'text in two different links as separate words, on a page without styles, and one link copied by the parser as one',
    ],
  ])('on %s, treats %s', async (fixture) => {
    const { page, errors } = await suite.open(`/fixtures/${fixture}`);
    await expect
      .poll(() => page.evaluate(readHighlightsInPage), { timeout: 4000, interval: 100 })
      .toEqual(groupExpected(expectedMentions(fixture)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a plain-text document, which the browser shows in a <pre>', async () => {
    const { page, errors } = await suite.open('/fixtures/plain-article.txt');
    expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
    await expectHighlights(page, {
      'coalition-of-the-willing': ['coalition of the willing'],
      'emmanuel-macron': ['Emmanuel Macron'],
      'giorgia-meloni': ['Giorgia Meloni'],
      'keir-starmer': ['Keir Starmer'],
      'reassurance-force': ['reassurance force'],
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('skips text written later into <title>, <script>, code, hidden, form and editable elements', async () => {
    const { page } = await suite.open('/fixtures/protected-late.html');
    await expectHighlights(page, { 'keir-starmer': ['Keir Starmer'] });
    await page.evaluate(() => (window as unknown as { writeProtected(): void }).writeProtected());
    await expectHighlights(page, { 'keir-starmer': ['Keir Starmer'], 'giorgia-meloni': ['Giorgia Meloni'] });
    await page.evaluate(() => (window as unknown as { editProtectedText(): void }).editProtectedText());
    await expectHighlights(page, {
      'keir-starmer': ['Keir Starmer'],
      'giorgia-meloni': ['Giorgia Meloni'],
      'emmanuel-macron': ['Emmanuel Macron'],
    });
    expect(await page.evaluate(rangesInProtectedRegions)).toEqual([]);
    await page.close();
  });

  it('skips them after an SPA navigation too', async () => {
    const { page } = await suite.open('/fixtures/protected-late.html');
    await page.evaluate(() => (window as unknown as { spaNavigate(): void }).spaNavigate());
    await expectHighlights(page, { 'patrick-turner': ['Patrick Turner'] });
    // Give any late rescan of the title or script its chance to paint before looking again.
    await page.waitForTimeout(800);
    expect(await page.evaluate(readHighlightsInPage)).toEqual([
      { entity: 'patrick-turner', texts: ['Patrick Turner'] },
    ]);
    expect(await page.evaluate(rangesInProtectedRegions)).toEqual([]);
    await page.close();
  });
});
