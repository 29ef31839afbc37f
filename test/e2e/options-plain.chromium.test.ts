import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/build-extension';
import { useChromiumSuite } from './harness/chromium-suite';
import { openOptions as openOptionsIn } from './harness/options-page';

const suite = useChromiumSuite();
const openOptions = (viewport?: { width: number; height: number }) => openOptionsIn(suite, viewport);
const newsroomPack = JSON.parse(
  readFileSync(resolve(ROOT, 'test/fixtures/packs/newsroom-pack.json'), 'utf8'),
) as { facts: { id: string; entities: string[]; evidence: { source: string }[] }[] };

/** What the import outcome says: its first line and each problem listed. */
async function importOutcome(options: Page, body: string): Promise<{ headline: string; problems: string[] }> {
  await options
    .locator('input[type=file]')
    .setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(body) });
  await options.locator('.outcome').waitFor();
  return {
    headline: (await options.locator('.outcome > p').textContent()) ?? '',
    problems: await options.locator('.outcome .problems li').allTextContents(),
  };
}

const fact = newsroomPack.facts[0]!;

describe('the options page in plain words (Chromium)', () => {
  it.each<[string, unknown, string, (string | RegExp)[]]>([
    [
      'an object without a format',
      { hello: 'world', entities: 3 },
      "This file isn't a Gloss pack (it has no `format` field). Nothing changed.",
      [],
    ],
    [
      'a list of numbers',
      [1, 2, 3],
      "This file isn't a Gloss pack (it has no `format` field). Nothing changed.",
      [],
    ],
    ['a string', 'facts', "This file isn't a Gloss pack (it has no `format` field). Nothing changed.", []],
    [
      'a pack in a future format',
      { ...newsroomPack, format: 2 },
      "This pack is in format 2, which this version of Gloss can't read (it reads format 1). Nothing changed.",
      [],
    ],
    [
      'a pack with one fault',
      { ...newsroomPack, facts: [{ ...fact, entities: ['nobody'] }] },
      'The pack was not imported, and nothing changed. 1 problem:',
      [`Fact 1 “${fact.id}”, field entities.0: unknown entity "nobody"`],
    ],
    [
      'a pack with three faults, all listed',
      {
        ...newsroomPack,
        facts: [
          { ...fact, entities: ['nobody'] },
          {
            ...fact,
            id: 'second-fact',
            entities: ['no-one'],
            evidence: [{ ...fact.evidence[0], source: 'nowhere' }],
          },
        ],
      },
      'The pack was not imported, and nothing changed. 3 problems:',
      [
        `Fact 1 “${fact.id}”, field entities.0: unknown entity "nobody"`,
        'Fact 2 “second-fact”, field entities.0: unknown entity "no-one"',
        'Fact 2 “second-fact”, field evidence.0.source: unknown source "nowhere"',
      ],
    ],
    [
      'a pack with an unknown top-level field',
      { ...newsroomPack, hello: 1 },
      'The pack was not imported, and nothing changed. 1 problem:',
      [/^The pack itself: .*"hello"/],
    ],
  ])('%s', async (_name, pack, headline, problems) => {
    const { options, errors } = await openOptions();
    const before = await options.getByTestId('data-counts').textContent();
    const outcome = await importOutcome(options, JSON.stringify(pack));
    expect(outcome.headline).toBe(headline);
    expect(outcome.problems).toHaveLength(problems.length);
    for (const [i, p] of problems.entries()) expect(outcome.problems[i]).toMatch(p);
    expect(await options.getByTestId('data-counts').textContent()).toBe(before);
    expect(errors).toEqual([]);
    await options.close();
  });

  it('counts grammatically', async () => {
    const { options } = await openOptions();
    expect(await options.getByTestId('data-counts').textContent()).toMatch(
      /^\d+ entities · \d+ facts · \d+ sources · \d+ notes$/,
    );
    await options.locator('input[name=text]').fill('hague summit');
    await expect
      .poll(() => options.getByTestId('fact-count').textContent())
      .toMatch(/^(1 fact matches|\d+ facts match)$/);
    await options.close();
  });

  it('starts with the dataset browser, empty until the reader picks an entity or searches', async () => {
    const { options } = await openOptions();
    const headings = await options.locator('h2').allTextContents();
    expect(headings[0]).toBe(await options.locator('#browser-title').textContent());
    expect(await options.locator('.fact-results > li').count()).toBe(0);
    await options.locator('button[data-pick="keir-starmer"]').click();
    await expect.poll(() => options.locator('input[name=text]').inputValue()).toBe('Keir Starmer');
    await expect.poll(() => options.locator('.fact-results > li').count()).toBeGreaterThan(0);
    // Each note once, and every outlet by its name.
    const noteIds = await options
      .locator('.fact-results [data-note-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-note-id')));
    expect(new Set(noteIds).size).toBe(noteIds.length);
    const outlets = await options.locator('.fact-results .variants th').allTextContents();
    expect(outlets.length).toBeGreaterThan(0);
    for (const outlet of outlets) expect(outlet).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+/);
    await options.locator('input[name=text]').fill('');
    await expect.poll(() => options.locator('.fact-results > li').count()).toBe(0);
    await options.close();
  });

  it('fits a 390 px phone screen without sideways scrolling, results shown', async () => {
    const { options } = await openOptions({ width: 390, height: 844 });
    const overflow = () =>
      options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await options.locator('input[name=text]').fill('coalition');
    await options.locator('.fact-results > li').first().waitFor();
    for (const summary of await options.locator('.fact-results summary').all()) await summary.click();
    expect(await overflow()).toBe(0);
    await options.close();
  });
});
