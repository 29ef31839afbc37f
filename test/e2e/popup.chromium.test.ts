import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { cardText, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { storeSettings, tabIdOf } from './harness/page-report';

// Every host name reaches the fixtures' server, so pages can be opened on sites and subdomains.
const suite = useChromiumSuite({ args: ['--host-resolver-rules=MAP * 127.0.0.1'] });

/** Opens the fixture and the popup for its tab (as a page, with the tab in its address). */
async function withPopup(path: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const { page } = await suite.open(path);
  const tabId = await tabIdOf(suite.session.worker, page);
  const popup = await suite.session.context.newPage();
  await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.entities button.go').first().waitFor();
  return { page, popup, tabId };
}

const glossHighlights = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('gloss-')).sort());

describe('the popup and the badge (Chromium)', () => {
  it('lists the entities on the page with their counts, grouped by kind', async () => {
    const { page, popup } = await withPopup('/fixtures/article-basic.html');
    const groups = await popup.locator('.group').evaluateAll((els) =>
      els.map((g) => ({
        kind: g.querySelector('h3')!.textContent,
        entities: [...g.querySelectorAll('button.go')].map(
          (b) => `${b.children[0]!.textContent} ${b.children[1]!.textContent}`,
        ),
      })),
    );
    expect(groups).toEqual([
      {
        kind: 'People',
        entities: ['Keir Starmer 2', 'Patrick Turner 2', 'Donald Trump 1', 'Vladimir Putin 1'],
      },
      { kind: 'Topics', entities: ['Coalition of the willing 2'] },
      { kind: 'Organisations', entities: ['NATO 1'] },
    ]);
    expect(await popup.getByTestId('dataset-version').textContent()).toMatch(
      /^Version \d+\.\d+\.\d+ · \d{4}-\d{2}-\d{2}$/,
    );
    await popup.close();
    await page.close();
  });

  it('scrolls to a mention and opens its card when an entity is clicked, then to the next one', async () => {
    const { page, popup } = await withPopup('/fixtures/article-basic.html');
    await popup.locator('button[data-entity="patrick-turner"]').click();
    await waitForCard(page);
    expect(await page.evaluate(cardText, 'h2')).toEqual(['Patrick Turner']);
    // Focus enters the card, which is named for the move; the next move is read from the live region.
    const first = await page.evaluate(() =>
      document.querySelector('gloss-card')?.shadowRoot?.querySelector('.card')?.getAttribute('aria-label'),
    );
    expect(first).toMatch(/^Patrick Turner, mention 1 of 2: Patrick Turner, NATO's senior representative/);
    await popup.locator('button[data-entity="patrick-turner"]').click();
    await page.waitForFunction(() =>
      /^Patrick Turner, mention 2 of 2: /.test(
        document.querySelector('gloss-live')?.shadowRoot?.textContent ?? '',
      ),
    );
    await popup.close();
    await page.close();
  });

  it('pauses on the site and resumes, without a reload, and the badge follows', async () => {
    const { page, popup, tabId } = await withPopup('/fixtures/article-basic.html');
    const badge = () =>
      suite.session.worker.evaluate(
        (id) =>
          (
            globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
          ).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    // Chrome has no getter for a tab's icon: record what the background sets.
    await suite.session.worker.evaluate(() => {
      const g = globalThis as unknown as {
        chrome: { action: { setIcon(d: { tabId: number; path: Record<string, string> }): Promise<void> } };
        iconSet: Record<number, string>;
      };
      const original = g.chrome.action.setIcon.bind(g.chrome.action);
      g.iconSet = {};
      g.chrome.action.setIcon = (d) => {
        g.iconSet[d.tabId] = d.path['16']!;
        return original(d);
      };
    });
    const icon = () =>
      suite.session.worker.evaluate(
        (id) => (globalThis as unknown as { iconSet: Record<number, string> }).iconSet[id],
        tabId,
      );
    await expect.poll(badge).toBe('9');
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
    });
    await popup.getByTestId('pause-site').check();
    await expect.poll(() => glossHighlights(page)).toEqual([]);
    await expect.poll(badge).toBe('');
    await expect.poll(icon).toBe('/icon-paused/16.png');
    await expect.poll(() => popup.locator('.note').textContent()).toBe('Gloss is paused on this page.');
    await popup.getByTestId('pause-site').uncheck();
    await expect.poll(() => glossHighlights(page)).toContain('gloss-keir-starmer');
    await expect.poll(badge).toBe('9');
    await expect.poll(icon).toBe('/icon/16.png');
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
    await popup.getByTestId('pause-everywhere').check();
    await expect.poll(() => glossHighlights(page)).toEqual([]);
    await popup.getByTestId('pause-everywhere').uncheck();
    await expect.poll(() => glossHighlights(page)).toContain('gloss-keir-starmer');
    await popup.close();
    await page.close();
  });

  it('applies changed settings to an open page at once: style and kinds', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    await storeSettings(suite.session.worker, {
      ...DEFAULT_SETTINGS,
      highlightStyle: 'underline',
      kinds: { person: false, topic: true, organisation: true },
    });
    await expect
      .poll(() => glossHighlights(page))
      .toEqual(['gloss-coalition-of-the-willing', 'gloss-nato', 'gloss-underline']);
    await storeSettings(suite.session.worker, { ...DEFAULT_SETTINGS, highlightStyle: 'off' });
    // Off paints nothing, yet every entity keeps its highlight (the contract) and the keyboard path.
    await expect
      .poll(() => glossHighlights(page))
      .toEqual([
        'gloss-coalition-of-the-willing',
        'gloss-donald-trump',
        'gloss-keir-starmer',
        'gloss-nato',
        'gloss-patrick-turner',
        'gloss-vladimir-putin',
      ]);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await waitForCard(page);
    await storeSettings(suite.session.worker, DEFAULT_SETTINGS);
    await expect.poll(() => glossHighlights(page)).toContain('gloss-mention');
    await page.close();
  });

  it('resumes a subdomain of a paused site, and pauses a host written with a final dot', async () => {
    const port = new URL(suite.server.origin).port;
    const open = async (host: string) => {
      const page = await suite.session.context.newPage();
      await page.goto(`http://${host}:${port}/fixtures/article-basic.html`);
      const tabId = await tabIdOf(suite.session.worker, page);
      const popup = await suite.session.context.newPage();
      await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html?tab=${tabId}`);
      await popup.getByTestId('pause-site').waitFor();
      return { page, popup };
    };
    const stored = () =>
      suite.session.worker.evaluate(async () => {
        const chrome = (
          globalThis as unknown as {
            chrome: {
              storage: { local: { get(k: string): Promise<{ settings?: { pausedSites: string[] } }> } };
            };
          }
        ).chrome;
        return (await chrome.storage.local.get('settings')).settings?.pausedSites;
      });
    await storeSettings(suite.session.worker, { ...DEFAULT_SETTINGS, pausedSites: ['example.test'] });
    try {
      const sub = await open('news.example.test');
      const toggle = sub.popup.getByTestId('pause-site');
      await expect.poll(() => toggle.isChecked()).toBe(true);
      expect(await toggle.locator('xpath=..').textContent()).toBe('Pause on example.test');
      await toggle.uncheck();
      await expect.poll(stored).toEqual([]);
      await expect.poll(() => glossHighlights(sub.page)).toContain('gloss-keir-starmer');
      await sub.popup.close();
      await sub.page.close();
      // A host with a final dot is the same site: its switch pauses it, and the page follows.
      const dotted = await open('news.example.test.');
      await expect.poll(() => glossHighlights(dotted.page)).toContain('gloss-keir-starmer');
      await dotted.popup.getByTestId('pause-site').check();
      await expect.poll(stored).toEqual(['news.example.test']);
      await expect.poll(() => glossHighlights(dotted.page)).toEqual([]);
      await dotted.popup.close();
      await dotted.page.close();
    } finally {
      await storeSettings(suite.session.worker, DEFAULT_SETTINGS);
    }
  });
});
