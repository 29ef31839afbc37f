import { describe, expect, it } from 'vitest';
import { useChromiumSuite } from './harness/chromium-suite';

const suite = useChromiumSuite();

/** Runs in an extension context: what a request to `url` gives (the browser refuses it). */
async function tryFetch(url: string): Promise<string> {
  try {
    const response = await fetch(url);
    return `answered ${response.status}`;
  } catch (error) {
    return `refused: ${(error as Error).name}`;
  }
}

describe('no network request, by the browser’s word (Chromium)', () => {
  it('refuses a request from the background and from an extension page, though the host access would allow one', async () => {
    // The page server answers this address (the suite's pages load from it).
    const url = suite.server.url('/fixtures/article-basic.html');
    const page = await suite.session.context.newPage();
    await page.goto(url);
    expect(await page.evaluate(tryFetch, url)).toBe('answered 200');
    expect(await suite.session.worker.evaluate(tryFetch, url)).toBe('refused: TypeError');
    const popup = await suite.session.context.newPage();
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html`);
    expect(await popup.evaluate(tryFetch, url)).toBe('refused: TypeError');
    await popup.close();
    await page.close();
  });
});
