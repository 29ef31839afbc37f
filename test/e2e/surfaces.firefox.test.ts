import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness/build-extension';
import { useFirefoxSuite, waitInFrame } from './harness/firefox-suite';

const suite = useFirefoxSuite();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gloss-firefox-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('control surfaces in Firefox', () => {
  it('the popup lists the page’s entities with their counts', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    const probe = await suite.openExtensionPage('popup.html');
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
    const { host, frame } = await suite.openExtensionPage(`popup.html?tab=${tabId}`);
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
    const { host, frame } = await suite.openExtensionPage('options.html');
    await frame.waitForSelector('[data-testid="data-counts"]');
    const file = join(dir, 'newsroom.json');
    await writeFile(file, await readFile(resolve(ROOT, 'test/fixtures/packs/newsroom-pack.json')));
    const input = (await frame.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await waitInFrame(
      frame,
      () => document.querySelector('.outcome')?.textContent?.includes('Imported'),
      '',
      10_000,
    );
    const { page } = await suite.open('/fixtures/rutte.html');
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
    await waitInFrame(
      frame,
      () => document.querySelector('.outcome')?.textContent === 'Back to the bundled data.',
    );
    await host.close();
  });
});
