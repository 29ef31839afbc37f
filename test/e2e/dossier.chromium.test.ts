import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/build-extension';
import { hoverEntity, waitForCard, waitForCardTitle } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { tabIdOf } from './harness/page-report';

const suite = useChromiumSuite();

/**
 * The dossier page that opens after `act`: the side panel where the browser opened one, else the
 * dossier as a page in a new tab (both are pages of the context, at /sidepanel.html).
 */
async function dossierAfter(act: () => Promise<void>): Promise<Page> {
  const before = new Set(suite.session.context.pages());
  await act();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = suite.session.context
      .pages()
      .find((p) => !before.has(p) && p.url().includes('/sidepanel.html'));
    if (found) return found;
    if (Date.now() > deadline) throw new Error('no dossier opened');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens `path`, hovers `entity` and presses "More": resolves to the dossier that opens. */
async function moreFrom(path: string, entity: string): Promise<{ page: Page; dossier: Page }> {
  const { page } = await suite.open(path);
  await hoverEntity(page, entity);
  await waitForCard(page);
  const dossier = await dossierAfter(() => page.locator('gloss-card button[data-action="more"]').click());
  await dossier.locator('article.entity li.fact').first().waitFor();
  return { page, dossier };
}

/** The ids of the facts listed in a timeline section of the dossier. */
const factIds = (dossier: Page, section: string) =>
  dossier
    .locator(`[data-section="${section}"] li.fact`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-fact-id')));

describe('the dossier (Chromium)', () => {
  it('"More" opens the dossier with that entity and the article’s date (the May case)', async () => {
    const { page, dossier } = await moreFrom('/fixtures/may-article.html', 'coalition-of-the-willing');
    expect(new URL(dossier.url()).searchParams.get('entity')).toBe('coalition-of-the-willing');
    expect(await dossier.locator('#dossier-entity').textContent()).toBe('Coalition of the willing');
    expect(await dossier.locator('#dossier-as-of').textContent()).toMatch(
      /^As of this article \(21 May 2025\)/,
    );
    const asOf = await factIds(dossier, 'dossier-as-of');
    expect(asOf).toContain('london-summit-coalition-announced');
    expect(await factIds(dossier, 'dossier-since')).toContain('us-declines-air-defence-for-force');
    const summit = dossier.locator('li.fact[data-fact-id="london-summit-coalition-announced"] .fact-meta');
    expect(await summit.textContent()).toMatch(/^2 Mar 2025, reported 4 Jun · reported later/);
    // The entities on the page, with their counts; a click scrolls the page to a mention.
    const listed = await dossier
      .locator('.page-entities button')
      .evaluateAll((els) => els.map((b) => b.getAttribute('data-entity')));
    expect(listed).toEqual(expect.arrayContaining(['coalition-of-the-willing', 'keir-starmer']));
    await dossier.locator('.page-entities button[data-entity="keir-starmer"]').click();
    await dossier.locator('#dossier-entity', { hasText: 'Keir Starmer' }).waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2')?.textContent === 'Keir Starmer',
    );
    await dossier.close();
    await page.close();
  });

  it('an article older than the data: the empty "as of" part says why, not that filters hide it', async () => {
    const { page } = await suite.open('/fixtures/article-2016.html');
    await hoverEntity(page, 'donald-trump');
    await waitForCardTitle(page, 'Donald Trump');
    const dossier = await dossierAfter(() => page.locator('gloss-card button[data-action="more"]').click());
    const asOf = dossier.locator('#dossier-as-of').locator('..');
    await dossier.waitForSelector('section[data-section="dossier-since"] li.fact');
    expect(await asOf.locator('p.note').textContent()).toBe(
      "No fact in Gloss's data is dated by this article's day.",
    );
    await dossier.close();
    await page.close();
  });

  it('filters by outlet, kind and date range, and searches', async () => {
    const { page, dossier } = await moreFrom('/fixtures/article-basic.html', 'coalition-of-the-willing');
    const all = await dossier.locator('li.fact').count();
    expect(all).toBeGreaterThan(5);
    const ids = () =>
      dossier.locator('li.fact').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact-id')));
    await dossier.locator('select[name="outlet"]').selectOption('TRT World');
    const trt = await dossier
      .locator('li.fact')
      .evaluateAll((els) => els.map((e) => [...e.querySelectorAll('.sources a')].map((a) => a.textContent)));
    expect(trt.length).toBeGreaterThan(0);
    expect(trt.length).toBeLessThan(all);
    expect(trt.every((outlets) => outlets.includes('TRT World'))).toBe(true);
    await dossier.locator('select[name="outlet"]').selectOption('');
    await dossier.locator('select[name="kind"]').selectOption('figure');
    const kinds = await dossier
      .locator('li.fact')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['figure']));
    await dossier.locator('select[name="kind"]').selectOption('');
    await dossier.locator('input[name="from"]').fill('2025-04-01');
    await dossier.locator('input[name="to"]').fill('2025-05-31');
    const spring = await ids();
    expect(spring).toEqual(
      expect.arrayContaining(['estonia-offers-combat-unit', 'belgium-ready-to-send-troops']),
    );
    expect(spring).not.toContain('london-summit-coalition-announced');
    expect(spring).not.toContain('us-declines-air-defence-for-force');
    await dossier.locator('button[type="reset"]').click();
    await dossier.locator('input[name="text"]').fill('belgium troops');
    expect(await ids()).toEqual(['belgium-ready-to-send-troops']);
    expect(await dossier.locator('.match-count').textContent()).toBe(`1 of ${all} facts match`);
    await dossier.locator('input[name="text"]').fill('no such words anywhere');
    expect(await dossier.locator('li.fact').count()).toBe(0);
    await dossier.close();
    await page.close();
  });

  it('copies a fact in every citation format, each naming the dataset and its version', async () => {
    const { page, dossier } = await moreFrom('/fixtures/article-basic.html', 'coalition-of-the-willing');
    // Chromium grants clipboard permissions to web origins only: read it back from the article.
    await suite.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: suite.server.origin,
    });
    const fact = dossier.locator('li.fact[data-fact-id="us-declines-air-defence-for-force"]');
    await fact.locator('summary').click();
    const read = async (format: string) => {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await fact.locator(`button[data-copy="${format}"]`).click();
      await fact.locator('.copied', { hasText: 'Copied as' }).waitFor();
      // "Copied as …" may still show from the format before: wait for this format's text itself.
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      await expect.poll(clipboard, { timeout: 15_000 }).not.toBe('');
      return clipboard();
    };
    const pack = /Gloss bundled dataset, version \d+\.\d+\.\d+/;
    const text = await read('text');
    expect(text).toMatch(/^The United States /);
    expect(text).toMatch(/Source: Gloss bundled dataset, version \d+\.\d+\.\d+$/);
    const markdown = await read('markdown');
    expect(markdown).toMatch(/- Bloomberg, \[[^\]]+\]\(https:/);
    expect(markdown).toMatch(pack);
    const apa = await read('apa');
    expect(apa).toMatch(
      /Gloss\. \(2025\)\. The United States .*\[Dataset\]\. Gloss bundled dataset, version/,
    );
    const mla = await read('mla');
    // The official MLA style: an author-less report is "“Title.” Outlet, day month year, address."
    expect(mla).toMatch(/^“US to Deny Air Cover .*\.” Bloomberg, 4 June 2025, https:\/\/\S+\.$/m);
    expect(mla).toMatch(pack);
    const chicago = await read('chicago');
    expect(chicago).toMatch(/^Bloomberg\. “US to Deny Air Cover .*\.” June 4, 2025\. https:\/\/\S+\.$/m);
    expect(chicago).toMatch(pack);
    const bibtex = await read('bibtex');
    expect(bibtex).toMatch(/^@misc\{gloss_us_declines_air_defence_for_force,/);
    expect(bibtex).toMatch(pack);
    const ris = await read('ris');
    expect(ris).toMatch(/^TY {2}- DATA$/m);
    expect(ris).toMatch(pack);
    const csl = JSON.parse(await read('csl-json')) as { type: string; publisher?: string }[];
    expect(csl[0]).toMatchObject({ type: 'dataset' });
    expect(csl[0]!.publisher).toMatch(pack);
    expect(csl.slice(1).every((item) => item.type === 'article-newspaper')).toBe(true);
    await dossier.close();
    await page.close();
  });

  it('lists the sources with what kind of address each is, and roles over time', async () => {
    const { page, dossier } = await moreFrom('/fixtures/article-basic.html', 'donald-trump');
    const bloomberg = dossier.locator('.sources-list li[data-source-id="bloomberg-2025-06-04"]');
    expect(await bloomberg.locator('.address-kind').textContent()).toBe(
      'A search for the headline, not the article',
    );
    expect(
      await dossier.locator('.sources-list li[data-source-id="trt-2025-06-04"] .address-kind').textContent(),
    ).toBe('Article');
    expect(await dossier.locator('.roles li').first().textContent()).toMatch(
      /President of the United States/,
    );
    await dossier.close();
    await page.close();
  });

  it('the popup opens the dossier for its tab: the side panel, where Chromium opens one', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    const tabId = await tabIdOf(suite.session.worker, page);
    const popup = await suite.session.context.newPage();
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html?tab=${tabId}`);
    const cdp = await suite.session.context.newCDPSession(page);
    const dossiers = async () =>
      ((await cdp.send('Target.getTargets')).targetInfos as { url: string }[]).filter((t) =>
        t.url.includes('/sidepanel.html'),
      ).length;
    const before = await dossiers();
    await popup.locator('button[data-action="dossier"]').click();
    await expect.poll(dossiers, { timeout: 10_000 }).toBeGreaterThan(before);
    await cdp.detach();
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  it.each(['light', 'dark'] as const)('passes axe-core with no violations (%s)', async (scheme) => {
    const { page, dossier } = await moreFrom('/fixtures/article-basic.html', 'coalition-of-the-willing');
    await dossier.emulateMedia({ colorScheme: scheme });
    await dossier.locator('li.fact summary').first().click();
    await dossier.evaluate(readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await dossier.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await dossier.close();
    await page.close();
  });
});
