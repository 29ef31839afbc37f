import type { Browser, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { FIREFOX_EXTENSION_UUID, launchFirefox } from './launch-firefox';
import { serveFixtures } from './pages';
import type { PageServer } from './serve-pages';
import { waitForSettledHighlights } from './settled-highlights';

/** What a Firefox e2e suite works with once its `beforeAll` has run. */
export interface FirefoxSuite {
  server: PageServer;
  browser: Browser;
  /**
   * Opens a fixture path in a new tab (1280×800 unless `viewport` says otherwise) and waits until
   * Gloss has painted its first mention and the painting has settled; collects page errors.
   */
  open(
    path: string,
    options?: { viewport?: { width: number; height: number } },
  ): Promise<{ page: Page; errors: string[] }>;
  /**
   * Opens an extension page (`popup.html`, `options.html?…`) in a frame of a fixture page and
   * returns the tab and the frame. Firefox's WebDriver cannot open extension pages, and web content
   * may frame them but not navigate to them (see FIREFOX_TEST_BUILD).
   */
  openExtensionPage(path: string): Promise<{ host: Page; frame: Frame }>;
}

/** The address of one of the add-on's pages in the test Firefox. */
export function extensionPageUrl(path: string): string {
  return `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
}

/**
 * Registers the hooks of a Firefox suite: fixtures served on 127.0.0.1 and Firefox ESR with the
 * built add-on, one browser for the whole file, both closed after it. Use the returned object
 * inside tests.
 */
export function useFirefoxSuite(): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  beforeAll(async () => {
    suite.server = await serveFixtures();
    suite.browser = await launchFirefox();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  suite.open = async (path, options = {}) => {
    const page = await suite.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
    await setViewport(page, options.viewport ?? { width: 1280, height: 800 });
    await page.goto(suite.server.url(path));
    await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), { timeout: 20_000 });
    await waitForSettledHighlights(page);
    return { page, errors };
  };
  suite.openExtensionPage = async (path) => {
    const host = await suite.browser.newPage();
    await setViewport(host, { width: 1000, height: 900 });
    await host.goto(suite.server.url('/fixtures/editable.html'));
    const url = extensionPageUrl(path);
    await host.evaluate(
      (src) =>
        new Promise<void>((loaded) => {
          const iframe = document.createElement('iframe');
          iframe.onload = () => loaded();
          iframe.src = src;
          iframe.style.cssText = 'width:900px;height:800px';
          document.body.prepend(iframe);
        }),
      url,
    );
    // Puppeteer reports such a frame as about:blank; the frame itself knows where it is.
    for (const frame of host.frames()) {
      if (frame === host.mainFrame()) continue;
      if ((await frame.evaluate(() => location.href).catch(() => '')) === url) return { host, frame };
    }
    throw new Error(`no frame showing ${url}`);
  };
  return suite;
}

/**
 * Types `text` into the element `selector` of `frame` (in tab `host`) so that no key is lost: Firefox
 * sends keys to the focused element of the tab in front, and another tab (one the add-on opened,
 * say) may have come to the front since `host` opened. Brings `host` to the front, focuses the
 * element, waits until its document has focus with the element active, then types.
 */
export async function typeInFrame(host: Page, frame: Frame, selector: string, text: string): Promise<void> {
  const element = await frame.waitForSelector(selector);
  if (!element) throw new Error(`no ${selector} in the frame`);
  await host.bringToFront();
  await element.focus();
  await waitInFrame(
    frame,
    (wanted) => document.hasFocus() && document.activeElement === document.querySelector(wanted),
    selector,
    5000,
  );
  await element.type(text);
}

/**
 * `page.setViewport`, also on a Firefox whose WebDriver BiDi lacks the screen-orientation
 * command (some Firefox ESR 140 builds): puppeteer sends that command beside the viewport's, so
 * the call fails though the viewport is set; the size is then awaited in the page instead.
 */
async function setViewport(page: Page, viewport: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (e) {
    if (!String(e).includes('setScreenOrientationOverride')) throw e;
    await page.waitForFunction((width) => window.innerWidth === width, { timeout: 5000 }, viewport.width);
  }
}

/**
 * `frame.waitForFunction` for an extension page's frame: puppeteer's waiting builds its
 * predicate with `Function()`, which the extension's content security policy blocks in newer
 * Firefox builds, so the predicate is run by `evaluate`, polled.
 */
export async function waitInFrame(
  frame: Frame,
  predicate: (arg: string) => boolean | undefined,
  arg = '',
  timeoutMs = 30_000,
): Promise<void> {
  await expect.poll(() => frame.evaluate(predicate, arg), { timeout: timeoutMs, interval: 50 }).toBeTruthy();
}
