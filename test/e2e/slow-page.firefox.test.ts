import { describe, expect, it } from 'vitest';
import { useFirefoxSuite } from './harness/firefox-suite';
import { readHighlightsInPage } from './harness/read-highlights';
import {
  expectMarkedWhileParsed,
  SLOW_PAGE,
  SLOW_PAGE_HIGHLIGHTS,
  slowPageState,
  THIRD_PART_MARKED,
} from './harness/slow-page';

const suite = useFirefoxSuite();

describe('a page that arrives slowly, in Firefox', () => {
  it('is marked part by part while it is still parsed, not only once it is parsed', async () => {
    const page = await suite.browser.newPage();
    // Not awaited: the page takes 7.5 s to arrive, and what counts is what is marked meanwhile.
    const loaded = page.goto(suite.server.url(SLOW_PAGE), { timeout: 30_000 }).catch((e: unknown) => e);
    const marked = () =>
      expect.poll(async () => (await page.evaluate(slowPageState).catch(() => null))?.marked ?? [], {
        timeout: 4_500,
        interval: 100,
      });
    await marked().toContain('emmanuel-macron');
    expectMarkedWhileParsed(await page.evaluate(slowPageState), ['emmanuel-macron']);
    // The third part's, after a script replaced the text node the walk waited at, before the fourth.
    await marked().toContain('matthew-whitaker');
    expectMarkedWhileParsed(await page.evaluate(slowPageState), THIRD_PART_MARKED);
    expect(await loaded).not.toBeInstanceOf(Error);
    await expect
      .poll(() => page.evaluate(readHighlightsInPage), { timeout: 10_000, interval: 250 })
      .toEqual(SLOW_PAGE_HIGHLIGHTS);
    await page.close();
  });
});
