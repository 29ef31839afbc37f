import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ChromiumSession, launchChromium } from './launch-chromium';
import { serveFixtures } from './pages';
import type { PageServer } from './serve-pages';
import { waitForSettledHighlights } from './settled-highlights';

export { waitForSettledHighlights };

/** What a Chromium e2e suite works with once its `beforeAll` has run. */
export interface ChromiumSuite {
  server: PageServer;
  session: ChromiumSession;
  /** Opens a fixture path and waits for Gloss's first paint; collects page errors. */
  open(path: string): Promise<{ page: Page; errors: string[] }>;
}

/**
 * Registers the hooks of a Chromium suite: fixtures served on 127.0.0.1 and Chromium with the
 * built extension (with any extra Chromium `args`, and a `device` such as a touch phone), both
 * closed after the suite. Use the returned object inside tests.
 */
export function useChromiumSuite(
  options: {
    args?: string[];
    /** Playwright's own Chromium flags to leave out (`--disable-back-forward-cache`). */
    ignoreDefaultArgs?: string[];
    device?: Pick<BrowserContextOptions, 'viewport' | 'hasTouch' | 'isMobile' | 'deviceScaleFactor'>;
  } = {},
): ChromiumSuite {
  const suite = {} as ChromiumSuite;
  beforeAll(async () => {
    suite.server = await serveFixtures();
    suite.session = await launchChromium({
      args: options.args ?? [],
      device: options.device,
      ...(options.ignoreDefaultArgs ? { ignoreDefaultArgs: options.ignoreDefaultArgs } : {}),
    });
  });
  afterAll(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  suite.open = async (path) => {
    const page = await suite.session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(suite.server.url(path));
    await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), null, { timeout: 15_000 });
    await waitForSettledHighlights(page);
    return { page, errors };
  };
  return suite;
}

/** Runs in the page: how many highlighted ranges start inside the element with this id. */
export function countHighlightsIn(id: string): number {
  const el = document.getElementById(id)!;
  let n = 0;
  for (const [, h] of CSS.highlights)
    for (const r of h as Highlight) if (el.contains((r as Range).startContainer)) n++;
  return n;
}
