import { describe, expect, it } from 'vitest';
import { typeInFrame, useFirefoxSuite, waitInFrame } from './harness/firefox-suite';
import { firstMentionBox } from './harness/pages';

const suite = useFirefoxSuite();

const shadowText = (selector: string) =>
  [...(document.querySelector('gloss-card')?.shadowRoot?.querySelectorAll(selector) ?? [])].map((el) =>
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

/** Opens the dossier page in a frame of a fixture page. */
const openDossier = (query: string) => suite.openExtensionPage(`sidepanel.html?${query}`);

describe('the compact card and the dossier in Firefox', () => {
  it('the compact card opens with its head, at most three facts and the since line; More answers', async () => {
    const { page } = await suite.open('/fixtures/may-article.html');
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
    await typeInFrame(host, frame, 'input[name="text"]', 'belgium troops');
    // The list filters on input: wait for the one match, then read the list (a wrong list fails
    // below, showing what it holds).
    const want = 'belgium-ready-to-send-troops';
    await waitInFrame(
      frame,
      (id) =>
        [...document.querySelectorAll('li.fact')].map((li) => li.getAttribute('data-fact-id')).join() === id,
      want,
      10_000,
    ).catch(() => {});
    const ids = await frame.$$eval('li.fact', (els) =>
      els.map((li) => li.getAttribute('data-fact-id')).join(),
    );
    expect(ids).toBe(want);
    await host.close();
  });
});
