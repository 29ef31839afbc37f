import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness/build-extension';
import { FIREFOX_EXTENSION_UUID, launchFirefox } from './harness/launch-firefox';
import { serveFixtures } from './harness/pages';
import type { PageServer } from './harness/serve-pages';

let server: PageServer;
let browser: Browser;
let dir: string;
const extensionPage = (path: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchFirefox();
  dir = await mkdtemp(join(tmpdir(), 'gloss-firefox-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

async function openFixture(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), { timeout: 20_000 });
  return page;
}

/**
 * Opens an extension page in a frame of a fixture page. Firefox's WebDriver cannot open extension
 * pages, and web content may frame them but not navigate to them (see FIREFOX_TEST_BUILD).
 */
async function openExtensionPage(path: string): Promise<{ host: Page; frame: Frame }> {
  const host = await browser.newPage();
  await host.setViewport({ width: 1000, height: 900 });
  await host.goto(server.url('/fixtures/editable.html'));
  const url = extensionPage(path);
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
}

describe('control surfaces in Firefox', () => {
  it('the popup lists the page’s entities with their counts', async () => {
    const page = await openFixture('/fixtures/article-basic.html');
    const probe = await openExtensionPage('popup.html');
    // Find the fixture's tab as the popup would reach it: through the background, by tab id.
    const fixtureUrl = page.url();
    const tabId = await probe.frame.evaluate(async (wanted) => {
      const api = (
        globalThis as unknown as {
          browser: {
            runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: { url?: string } | null }> };
          };
        }
      ).browser;
      for (let id = 1; id < 200; id++) {
        const reply = await api.runtime.sendMessage({
          type: 'tab/ask',
          tabId: id,
          request: { type: 'page/mentions' },
        });
        if (reply.ok && reply.data?.url === wanted) return id;
      }
      return null;
    }, fixtureUrl);
    await probe.host.close();
    expect(tabId).not.toBeNull();
    const { host, frame } = await openExtensionPage(`popup.html?tab=${tabId}`);
    await frame.waitForSelector('.entities button.go');
    const entities = await frame.$$eval('.entities button.go', (buttons) =>
      buttons.map((b) => b.textContent),
    );
    expect(entities).toEqual([
      'Keir Starmer2',
      'Patrick Turner2',
      'Donald Trump1',
      'Vladimir Putin1',
      'Coalition of the willing2',
      'NATO1',
    ]);
    expect(await frame.$eval('[data-testid="count-facts"]', (el) => Number(el.textContent))).toBeGreaterThan(
      40,
    );
    await host.close();
    await page.close();
  });

  it('imports a pack on the options page, and its entity is marked on pages', async () => {
    const { host, frame } = await openExtensionPage('options.html');
    await frame.waitForSelector('[data-testid="data-counts"]');
    const file = join(dir, 'newsroom.json');
    await writeFile(file, await readFile(resolve(ROOT, 'test/fixtures/packs/newsroom-pack.json')));
    const input = (await frame.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await frame.waitForFunction(() => document.querySelector('.outcome')?.textContent?.includes('Imported'), {
      timeout: 10_000,
    });
    const page = await openFixture('/fixtures/rutte.html');
    await page.waitForFunction(() => CSS.highlights.has('gloss-mark-rutte'), { timeout: 10_000 });
    await page.close();
    await frame.evaluate(() => {
      const reset = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Reset to the bundled data',
      );
      reset?.click();
    });
    // Reset asks first.
    await frame.waitForSelector('.confirm button.danger');
    await frame.$eval('.confirm button.danger', (b) => (b as HTMLButtonElement).click());
    await frame.waitForFunction(
      () => document.querySelector('.outcome')?.textContent === 'Back to the bundled data.',
    );
    await host.close();
  });
});
