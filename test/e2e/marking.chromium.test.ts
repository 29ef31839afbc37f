import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { cardIsOpen, hoverEntity, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { storeSettings, tabIdOf } from './harness/page-report';

const suite = useChromiumSuite();

/** Runs in the page: how many ranges each Gloss entity highlight holds. */
function rangesPerEntity(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, h] of CSS.highlights)
    if (name.startsWith('gloss-') && !['gloss-mention', 'gloss-underline', 'gloss-active'].includes(name))
      out[name.slice(6)] = (h as Highlight).size;
  return out;
}

async function openPopup(page: Page): Promise<Page> {
  const tabId = await tabIdOf(suite.session.worker, page);
  const popup = await suite.session.context.newPage();
  await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.entities button.go').first().waitFor();
  return popup;
}

describe('how much is marked, and muted entities (Chromium)', () => {
  it('applies the marking setting live: every mention, first per section, first on the page', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    const starmer = async () => (await page.evaluate(rangesPerEntity))['keir-starmer'];
    expect(await starmer()).toBe(4);
    await storeSettings(suite.session.worker, { ...DEFAULT_SETTINGS, marking: 'section' });
    // Two sections (split at the h2): the first mention in each.
    await expect.poll(starmer).toBe(2);
    await storeSettings(suite.session.worker, { ...DEFAULT_SETTINGS, marking: 'page' });
    await expect
      .poll(() => page.evaluate(rangesPerEntity))
      .toEqual({
        'keir-starmer': 1,
        'coalition-of-the-willing': 1,
        'donald-trump': 1,
      });
    // The keyboard visits only what is marked: one mention of each, in page order.
    const title = () =>
      page.evaluate(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2')?.textContent);
    for (const name of ['Keir Starmer', 'Coalition of the willing', 'Donald Trump', 'Keir Starmer']) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      await expect.poll(title).toBe(name);
    }
    await storeSettings(suite.session.worker, DEFAULT_SETTINGS);
    await expect.poll(starmer).toBe(4);
    await page.close();
  });

  it('gives the one mark of an entity to the first mention the page shows, not to a closed menu', async () => {
    await storeSettings(suite.session.worker, { ...DEFAULT_SETTINGS, marking: 'page' });
    try {
      const { page } = await suite.open('/fixtures/first-hidden.html');
      /** Runs in the page: the id of the element holding each entity's marked ranges. */
      const markedIn = () =>
        page.evaluate(() =>
          ['gloss-keir-starmer', 'gloss-donald-trump'].map((name) =>
            [...((CSS.highlights.get(name) ?? []) as unknown as Iterable<Range>)].map(
              (r) =>
                r.startContainer.parentElement?.closest('[id]')?.id ??
                r.startContainer.parentElement?.tagName,
            ),
          ),
        );
      await expect.poll(markedIn).toEqual([['lead'], ['lead']]);
      await page.close();
    } finally {
      await storeSettings(suite.session.worker, DEFAULT_SETTINGS);
    }
  });

  it('the options page sets the marking, and open pages follow at once', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    const options = await suite.session.context.newPage();
    await options.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
    await options.locator('input[name=marking][value=page]').check();
    await expect.poll(async () => (await page.evaluate(rangesPerEntity))['keir-starmer']).toBe(1);
    await options.locator('input[name=marking][value=every]').check();
    await expect.poll(async () => (await page.evaluate(rangesPerEntity))['keir-starmer']).toBe(4);
    await options.close();
    await page.close();
  });

  it('mutes an entity from its card, and the options page marks it again', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    await page.locator('gloss-card button.mute').click();
    await expect.poll(() => page.evaluate(rangesPerEntity)).not.toHaveProperty('keir-starmer');
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    expect((await page.evaluate(rangesPerEntity))['coalition-of-the-willing']).toBe(2);
    const options = await suite.session.context.newPage();
    await options.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
    const unmute = options.getByRole('button', { name: 'Mark Keir Starmer again' });
    await unmute.click();
    await expect.poll(async () => (await page.evaluate(rangesPerEntity))['keir-starmer']).toBe(4);
    expect(await options.locator('[data-muted]').count()).toBe(0);
    await options.close();
    await page.close();
  });

  it('mutes and unmutes an entity from the popup, which still lists it', async () => {
    const { page } = await suite.open('/fixtures/reader.html');
    const popup = await openPopup(page);
    const mute = popup.locator('button[data-mute="coalition-of-the-willing"]');
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
    await mute.click();
    await expect.poll(() => page.evaluate(rangesPerEntity)).not.toHaveProperty('coalition-of-the-willing');
    await expect.poll(() => mute.getAttribute('aria-pressed')).toBe('true');
    await mute.click();
    await expect.poll(async () => (await page.evaluate(rangesPerEntity))['coalition-of-the-willing']).toBe(2);
    await popup.close();
    await page.close();
  });

  it('keeps the popup within Chrome’s 600 px on a crowded page, every row reachable', async () => {
    const { page } = await suite.open('/fixtures/crowded.html');
    const popup = await openPopup(page);
    await popup.setViewportSize({ width: 380, height: 900 });
    const rows = await popup.locator('.entities button.go').count();
    expect(rows).toBeGreaterThanOrEqual(11);
    const size = await popup.evaluate(() => {
      const list = document.querySelector('.on-page')!;
      return {
        popup: document.querySelector('.popup')!.getBoundingClientRect().height,
        body: document.body.getBoundingClientRect().height,
        listScrolls: list.scrollHeight > list.clientHeight,
      };
    });
    expect(size.popup).toBeLessThanOrEqual(600);
    expect(size.body).toBeLessThanOrEqual(600);
    // Without the cap it would be taller: the list scrolls inside it.
    expect(size.listScrolls).toBe(true);
    // The last row scrolls into view inside the list and works by keyboard.
    const last = popup.locator('.entities button.go').last();
    await last.focus();
    await popup.keyboard.press('Enter');
    await waitForCard(page);
    await popup.close();
    await page.close();
  });
});
