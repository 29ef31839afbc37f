import { describe, expect, it } from 'vitest';
import { useChromiumSuite } from './harness/chromium-suite';
import { tabIdOf } from './harness/page-report';

// Back and Forward with the browser's back/forward cache on, as readers have it (Playwright turns
// it off by default): a page restored from the cache comes back without a load.
const suite = useChromiumSuite({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });

describe('back and forward (Chromium, back/forward cache on)', () => {
  it('shows the mention count on the badge again when Back restores the page from the cache', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    const tabId = await tabIdOf(suite.session.worker, page);
    const badge = () =>
      suite.session.worker.evaluate(
        (id) =>
          (
            globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
          ).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    await expect.poll(badge).toBe('9');
    await page.evaluate(() => {
      sessionStorage.setItem('restored', 'no');
      addEventListener('pageshow', (e) => {
        if ((e as PageTransitionEvent).persisted) sessionStorage.setItem('restored', 'yes');
      });
    });
    await page.goto(suite.server.url('/fixtures/no-mentions.html'));
    await expect.poll(badge).toBe('');
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('restored'))).toBe('yes');
    await expect.poll(badge, { timeout: 5000 }).toBe('9');
    expect(await page.evaluate(() => CSS.highlights.has('gloss-keir-starmer'))).toBe(true);
    await page.close();
  });
});
