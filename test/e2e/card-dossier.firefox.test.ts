import type { Browser, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_UUID, launchFirefox } from './harness/launch-firefox';
import { firstMentionBox, serveFixtures } from './harness/pages';
import type { PageServer } from './harness/serve-pages';

let server: PageServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shadowText = (selector: string) =>
  [...(document.querySelector('gloss-card')?.shadowRoot?.querySelectorAll(selector) ?? [])].map((el) =>
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

/** Opens the dossier page in a frame of a fixture page (Firefox's WebDriver cannot open extension pages). */
async function openDossier(query: string): Promise<{ host: Page; frame: Frame }> {
  const host = await browser.newPage();
  await host.setViewport({ width: 1000, height: 900 });
  await host.goto(server.url('/fixtures/editable.html'));
  const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/sidepanel.html?${query}`;
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
  for (const frame of host.frames()) {
    if (frame === host.mainFrame()) continue;
    if ((await frame.evaluate(() => location.href).catch(() => '')) === url) return { host, frame };
  }
  throw new Error(`no frame showing ${url}`);
}

describe('the compact card and the dossier in Firefox', () => {
  it('the compact card opens with its head, at most three facts and the since line; More answers', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(server.url('/fixtures/may-article.html'));
    await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), { timeout: 20_000 });
    const box = (await page.evaluate(firstMentionBox, 'coalition-of-the-willing'))!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForFunction(
      () => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('li.fact'),
      { timeout: 10_000 },
    );
    expect(await page.evaluate(shadowText, 'h2')).toEqual(['Coalition of the willing']);
    const facts = await page.evaluate(shadowText, 'li.fact');
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.length).toBeLessThanOrEqual(3);
    expect((await page.evaluate(shadowText, '.since-line'))[0]).toMatch(/^Since this article: \d+ more/);
    const fits = await page.evaluate(() => {
      const panel = document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card') as HTMLElement;
      return panel.scrollHeight <= panel.clientHeight;
    });
    expect(fits).toBe(true);
    // More asks the background to open the dossier (the sidebar, or a page where it cannot).
    const opened = await page.evaluate(async () => {
      const more = document
        .querySelector('gloss-card')!
        .shadowRoot!.querySelector('button[data-action="more"]') as HTMLButtonElement | null;
      more?.click();
      return !!more;
    });
    expect(opened).toBe(true);
    await page.close();
  });

  it('the dossier opens with the chosen entity, its timeline split at the article’s date', async () => {
    const { host, frame } = await openDossier('tab=1&entity=coalition-of-the-willing&date=2025-05-21');
    await frame.waitForSelector('#dossier-entity');
    expect(await frame.$eval('#dossier-entity', (el) => el.textContent)).toBe('Coalition of the willing');
    await frame.waitForSelector('[data-section="dossier-as-of"] li.fact');
    const asOf = await frame.$$eval('[data-section="dossier-as-of"] li.fact', (els) =>
      els.map((el) => el.getAttribute('data-fact-id')),
    );
    expect(asOf).toContain('london-summit-coalition-announced');
    await frame.type('input[name="text"]', 'belgium troops');
    // Read the list from Node until it shows the one match: the search filters on input.
    const shown = () =>
      frame.evaluate(() =>
        [...document.querySelectorAll('li.fact')].map((li) => li.getAttribute('data-fact-id')).join(),
      );
    let ids = await shown();
    for (let tries = 0; tries < 100 && ids !== 'belgium-ready-to-send-troops'; tries++) {
      await new Promise((done) => setTimeout(done, 200));
      // Keys typed while the dossier was still rendering its data can be lost: say it again.
      if (tries % 5 === 4)
        await frame.evaluate(() => {
          const box = document.querySelector('input[name="text"]') as HTMLInputElement;
          box.value = 'belgium troops';
          box.dispatchEvent(new Event('input', { bubbles: true }));
        });
      ids = await shown();
    }
    expect(ids).toBe('belgium-ready-to-send-troops');
    await host.close();
  });
});
