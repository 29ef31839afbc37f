import { describe, expect, it } from 'vitest';
import { useChromiumSuite } from './harness/chromium-suite';

const suite = useChromiumSuite();

describe('extension reload', () => {
  it('the orphaned content script removes its highlights and listeners without errors', async () => {
    const { page, errors } = await suite.open('/fixtures/live.html');
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await suite.session.worker
      .evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      )
      .catch(() => {});
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('gloss-')), null, {
      timeout: 10_000,
    });
    // The page keeps changing afterwards; nothing of Gloss may come back or throw.
    await page.waitForTimeout(1500);
    expect([...(await page.evaluate(() => [...CSS.highlights.keys()]))]).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
