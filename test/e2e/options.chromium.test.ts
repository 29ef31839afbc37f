import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatePack } from '../bench/generate-pack';
import { ROOT } from './harness/build-extension';
import { useChromiumSuite } from './harness/chromium-suite';
import { openOptions as openOptionsIn } from './harness/options-page';

const suite = useChromiumSuite();
const openOptions = () => openOptionsIn(suite);
const newsroomPack = JSON.parse(
  readFileSync(resolve(ROOT, 'test/fixtures/packs/newsroom-pack.json'), 'utf8'),
) as {
  entities: { description: string }[];
  sources: { url: string }[];
  facts: { id: string }[];
};

async function upload(options: Page, name: string, body: string) {
  await options
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

const counts = (options: Page) => options.getByTestId('data-counts').textContent();
const glossHighlights = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('gloss-')).sort());

describe('the options page (Chromium)', () => {
  it('applies settings to open pages at once: style, kinds and paused sites', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    const { options } = await openOptions();
    await options.locator('input[name=highlightStyle][value=underline]').check();
    await expect.poll(() => glossHighlights(page)).toContain('gloss-underline');
    await options.locator('input[name=kind-person]').uncheck();
    await expect
      .poll(() => glossHighlights(page))
      .toEqual(['gloss-coalition-of-the-willing', 'gloss-nato', 'gloss-underline']);
    await options.locator('input[name=newSite]').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => glossHighlights(page)).toEqual([]);
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await options.locator('input[name=kind-person]').check();
    await options.locator('input[name=highlightStyle][value=background]').check();
    await expect.poll(() => glossHighlights(page)).toContain('gloss-keir-starmer');
    // The style applies with the next settings message, which may come a moment after the kinds.
    await expect.poll(() => glossHighlights(page)).toContain('gloss-mention');
    await options.locator('input[name=newSite]').fill('not a site!');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.locator('.status').textContent()).toContain('is not a site name');
    await options.close();
    await page.close();
  });

  it('searches the dataset as the reader types, by name, words and outlet', async () => {
    const { options } = await openOptions();
    await options.locator('input[name=text]').fill('zelensk');
    await expect
      .poll(() =>
        options
          .locator('.entity-results li')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-entity'))),
      )
      .toEqual(['volodymyr-zelenskyy']);
    await options.locator('input[name=text]').fill('air defence');
    await expect
      .poll(() =>
        options
          .locator('.fact-results > li')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-fact-id'))),
      )
      .toContain('us-declines-air-defence-for-force');
    await options.locator('input[name=text]').fill('coalition');
    await options.locator('input[name=outlet]').fill('LIGA');
    await expect.poll(() => options.getByTestId('fact-count').textContent()).toBe('3 facts match');
    const first = options.locator('.fact-results > li').first();
    await first.locator('summary').click();
    expect(await first.locator('q').first().textContent()).toMatch(/^it became known that Estonia/);
    await options.close();
  });

  it('imports a valid pack, whose new entity is then marked on pages, and exports it back', async () => {
    const { options, errors } = await openOptions();
    const before = await counts(options);
    await upload(options, 'newsroom.json', JSON.stringify(newsroomPack));
    await expect
      .poll(() => options.locator('.outcome').textContent())
      .toContain('Imported “NATO desk notes”: 2 facts');
    // The counts refresh after the outcome line: wait for them rather than read them once.
    await expect.poll(() => counts(options)).not.toBe(before);
    const { page } = await suite.open('/fixtures/rutte.html');
    await expect.poll(() => glossHighlights(page)).toContain('gloss-mark-rutte');
    await page.close();

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('li[data-pack="newsroom-nato-desk"] button', { hasText: 'Export' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      id: string;
      facts: { id: string }[];
    };
    expect(exported.id).toBe('newsroom-nato-desk');
    expect(exported.facts.map((f) => f.id)).toEqual(newsroomPack.facts.map((f) => f.id));
    await options.locator('li[data-pack="newsroom-nato-desk"] button', { hasText: 'Remove' }).click();
    // It asks first, and offers the copy that undoes it.
    const confirm = options.getByRole('alertdialog');
    expect(await confirm.textContent()).toContain(
      'Remove “NATO desk notes”? Its entities will no longer be marked.',
    );
    const [copy] = await Promise.all([
      options.waitForEvent('download'),
      confirm.getByRole('button', { name: 'Download a copy' }).click(),
    ]);
    expect(copy.suggestedFilename()).toMatch(/^newsroom-nato-desk-.*\.json$/);
    expect(await counts(options)).not.toBe(before);
    await confirm.getByRole('button', { name: 'Remove it' }).click();
    await expect.poll(() => counts(options)).toBe(before);
    await upload(options, 'round-trip.json', JSON.stringify(exported));
    await expect
      .poll(() => options.locator('.outcome').textContent())
      .toContain('Imported “NATO desk notes”');
    await options.getByRole('button', { name: 'Reset to the bundled data' }).click();
    expect(await options.getByRole('alertdialog').textContent()).toContain('This removes 1 imported pack.');
    await options.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await options.getByRole('alertdialog').count()).toBe(0);
    expect(await counts(options)).not.toBe(before);
    await options.getByRole('button', { name: 'Reset to the bundled data' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => counts(options)).toBe(before);
    expect(errors).toEqual([]);
    await options.close();
  });

  it('shows how far a large import has come, checking then writing to the last row, then its counts', async () => {
    const { options, errors } = await openOptions();
    const before = await counts(options);
    const pack = generatePack({ entities: 300, aliasesPer: 2, factsPer: 20, sources: 200 });
    // Every state of the progress line, as the reader would see it go by.
    await options.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const line = document.querySelector('.packs progress')?.parentElement?.textContent?.trim();
        if (line && seen.at(-1) !== line) seen.push(line);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await upload(options, 'generated.json', JSON.stringify(pack));
    await expect
      .poll(() => options.locator('.outcome').textContent(), { timeout: 60_000 })
      .toContain('Imported “Generated benchmark pack”: 6000 facts');
    const seen = await options.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    const checking = seen.filter((l) => /^Checking \d+ of 7100 entries…$/.test(l));
    const writing = seen.filter((l) => /^Writing \d+ of 7100 rows…$/.test(l));
    expect([checking.length > 0, writing.length > 0], seen.join('\n')).toEqual([true, true]);
    // Checking first; once rows are stored the bar follows the writing, to the last row.
    expect(seen.indexOf(writing[0]!)).toBeGreaterThan(seen.lastIndexOf(checking.at(-1)!));
    expect(seen.at(-1)).toBe('Writing 7100 of 7100 rows…');
    expect(await options.locator('.packs progress').count()).toBe(0);
    // The counts are read again after the outcome shows.
    await expect.poll(() => counts(options), { timeout: 30_000 }).not.toBe(before);
    await options.locator('li[data-pack="generated-pack"] button', { hasText: 'Remove' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Remove it' }).click();
    await expect.poll(() => counts(options), { timeout: 60_000 }).toBe(before);
    expect(errors).toEqual([]);
    await options.close();
  });

  it.each<[string, string, RegExp]>([
    ['a file that is not JSON', '{"format": 1, "id": ', /^That file is not JSON/],
    [
      'a dangling reference',
      JSON.stringify({
        ...newsroomPack,
        facts: [{ ...(newsroomPack.facts[0] as object), entities: ['nobody'] }],
      }),
      /Fact 1 “[^”]+”, field entities\.0: unknown entity "nobody"/,
    ],
    [
      'a javascript: link',
      JSON.stringify({
        ...newsroomPack,
        sources: [{ ...newsroomPack.sources[0], url: 'javascript:alert(1)' }],
      }),
      /Source 1 “[^”]+”, field url: expected an http or https address/,
    ],
    [
      'duplicate ids',
      JSON.stringify({ ...newsroomPack, facts: [newsroomPack.facts[0], newsroomPack.facts[0]] }),
      /Fact 2 “[^”]+”, field id: duplicate id/,
    ],
    [
      'a huge string',
      JSON.stringify({
        ...newsroomPack,
        entities: [{ ...newsroomPack.entities[0], description: 'x'.repeat(2_000_000) }],
      }),
      /Entity 1 “[^”]+”, field description: /,
    ],
    [
      'deep nesting',
      JSON.stringify({
        ...newsroomPack,
        entities: [
          { ...newsroomPack.entities[0], extra: JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`) },
        ],
      }),
      /Entity 1 “[^”]+”[^:]*: /,
    ],
    [
      'an id another pack owns',
      JSON.stringify({
        ...newsroomPack,
        entities: [{ ...newsroomPack.entities[0], id: 'keir-starmer' }],
        facts: [],
      }),
      /Entity 1 “keir-starmer”, field id: id "keir-starmer" is already used by pack "gloss-bundled"/,
    ],
  ])('rejects %s, listing the problem, with the data unchanged', async (_name, body, problem) => {
    const { options, errors } = await openOptions();
    const before = await counts(options);
    await upload(options, 'bad.json', body);
    await options.locator('.outcome.error').waitFor();
    const text = await options.locator('.outcome').textContent();
    expect(text).toMatch(
      /^The pack was not imported, and nothing changed\. 1 problem:|^That file is not JSON/,
    );
    expect(text).toMatch(problem);
    expect(await counts(options)).toBe(before);
    expect(errors).toEqual([]);
    await options.close();
  });

  it('the options page and the popup pass axe-core with no violations', async () => {
    const { options } = await openOptions();
    await options.locator('input[name=text]').fill('coalition');
    await options.locator('.fact-results > li').first().waitFor();
    const { page } = await suite.open('/fixtures/article-basic.html');
    const popup = await suite.session.context.newPage();
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html`);
    await popup.locator('.dataset').waitFor();
    for (const target of [options, popup]) {
      // Extension pages forbid inline scripts; evaluating through the debugger is not a page script.
      await target.evaluate(readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
      const violations = await target.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string }[] }> };
          }
        ).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
      });
      expect(violations, target.url()).toEqual([]);
    }
    await Promise.all([options.close(), popup.close(), page.close()]);
  });

  it('renders script in pack strings as inert text', async () => {
    const { options, errors } = await openOptions();
    const hostile = {
      ...newsroomPack,
      entities: [
        {
          ...newsroomPack.entities[0],
          description: '<img src=x onerror="alert(1)"><script>alert(2)</script>',
        },
      ],
    };
    await upload(options, 'hostile.json', JSON.stringify(hostile));
    await expect.poll(() => options.locator('.outcome').textContent()).toContain('Imported');
    await options.locator('input[name=text]').fill('mark rutte');
    const result = options.locator('.entity-results li[data-entity="mark-rutte"] p');
    await expect
      .poll(() => result.textContent())
      .toBe('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(await options.locator('.entity-results img, .entity-results script').count()).toBe(0);
    expect(errors).toEqual([]);
    await options.getByRole('button', { name: 'Reset to the bundled data' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Reset', exact: true }).click();
    await options.close();
  });
});
