import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness/launch-chromium';
import { serveFixtures } from './harness/pages';
import type { PageServer } from './harness/serve-pages';

let server: PageServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('extension reload', () => {
  it('the orphaned content script removes its highlights and listeners without errors', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url('/fixtures/live.html'));
    await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), null, { timeout: 15_000 });
    await session.worker
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
