import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PackInput } from '../../src/core/dataset/pack';
import { hostilePacks } from '../support/hostile-packs';
import { ROOT } from './harness/build-extension';
import { hoverEntity, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { openOptions as openOptionsIn } from './harness/options-page';

// What a pack file can do, through the options page's real file input.
const suite = useChromiumSuite();
const newsroomPack = JSON.parse(
  readFileSync(resolve(ROOT, 'test/fixtures/packs/newsroom-pack.json'), 'utf8'),
) as PackInput;

/** The options page, once it counts the bundled pack (see `openOptions` of the harness). */
async function openOptions(): Promise<Page> {
  return (await openOptionsIn(suite)).options;
}

async function upload(options: Page, body: string, name = 'pack.json') {
  await options
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

/** Resets to the bundled data (confirming the step) and waits until it is done. */
async function resetToBundled(options: Page): Promise<void> {
  await options.getByRole('button', { name: 'Reset to the bundled data' }).click();
  await options.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(() => options.locator('.outcome').textContent()).toContain('Back to the bundled data');
}

const counts = (options: Page) => options.getByTestId('data-counts').textContent();

/** The newsroom pack with an alias that takes over "Keir Starmer" and exclusions of two bundled names. */
function takeoverPack(): PackInput {
  const pack = structuredClone(newsroomPack);
  pack.id = 'takeover-desk';
  pack.entities[0]!.aliases.push({ text: 'Prime Minister Keir Starmer', lang: 'en', rule: 'capitalised' });
  pack.entities[0]!.excludes = ['Emmanuel Macron and', 'Giorgia Meloni.'];
  return pack;
}

describe('a pack that changes how bundled names are found', () => {
  it('is refused without the reader’s consent, and imported only with it', async () => {
    const options = await openOptions();
    const before = await counts(options);
    await upload(options, JSON.stringify(takeoverPack()));
    const consent = options.getByTestId('pack-consent');
    await consent.waitFor();
    const text = (await consent.textContent()) ?? '';
    expect(text).toContain('This pack changes how 3 bundled names are found:');
    expect(text).toContain(
      '“Prime Minister Keir Starmer” takes over mentions of Keir Starmer (“Keir Starmer”)',
    );
    expect(text).toContain('“Emmanuel Macron and” hides mentions of Emmanuel Macron (“Emmanuel Macron”)');
    expect(text).toContain('“Giorgia Meloni.” hides mentions of Giorgia Meloni (“Giorgia Meloni”)');
    expect(await counts(options)).toBe(before);
    await options.getByRole('button', { name: 'Do not import' }).click();
    await expect.poll(() => options.locator('.outcome').textContent()).toContain('nothing changed');
    expect(await counts(options)).toBe(before);
    // Pages still find the bundled names.
    const { page } = await suite.open('/fixtures/trust.html');
    expect(await page.evaluate(() => CSS.highlights.has('gloss-emmanuel-macron'))).toBe(true);
    // The background refuses it too, without consent.
    const refused = (await options.evaluate(
      (pack) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'pack/import', pack }),
      takeoverPack(),
    )) as { ok: boolean; data: { ok: boolean; consentNeeded: unknown[] } };
    expect(refused.data.ok).toBe(false);
    expect(refused.data.consentNeeded).toHaveLength(6);
    // With consent, it is imported and takes effect on pages opened from now on.
    await upload(options, JSON.stringify(takeoverPack()));
    await options.getByRole('button', { name: 'Import with these changes' }).click();
    await expect.poll(() => options.locator('.outcome').textContent()).toContain('Imported');
    await page.reload();
    await page.waitForFunction(() => CSS.highlights.has('gloss-mention'));
    expect(await page.evaluate(() => CSS.highlights.has('gloss-emmanuel-macron'))).toBe(false);
    await page.close();
    await resetToBundled(options);
    await options.close();
  });
});

describe('addresses and names that could disguise text', () => {
  it.each<[string, (p: PackInput) => void, string]>([
    [
      'a NUL in a host',
      (p) => (p.sources[0]!.url = 'https://exam\u0000ple.org/desk'),
      'sources.0.url: not a usable address: contains a control character (U+0000 at character 13)',
    ],
    [
      'a right-to-left override in a host',
      (p) => (p.sources[0]!.url = 'https://gov.uk\u202Eexample.org/'),
      'sources.0.url: not a usable address: contains a bidirectional control character (U+202E at character 15), which can disguise text',
    ],
    [
      'a C1 control in a name',
      (p) => (p.entities[0]!.name = 'Mark\u0085Rutte'),
      'entities.0.name: contains a control character (U+0085 at character 5)',
    ],
    [
      'a zero-width space in an alias',
      (p) => (p.entities[0]!.aliases[1]!.text = 'Ru\u200Btte'),
      'entities.0.aliases.1.text: contains an invisible character (U+200B at character 3)',
    ],
    [
      'an isolate in an outlet name',
      (p) => (p.sources[0]!.outlet = 'Desk \u2067notes'),
      'sources.0.outlet: contains a bidirectional control character (U+2067 at character 6), which can disguise text',
    ],
  ])('%s is refused with a plain message', async (_, change, message) => {
    const options = await openOptions();
    const before = await counts(options);
    const pack = structuredClone(newsroomPack);
    change(pack);
    await upload(options, JSON.stringify(pack));
    await options.locator('.outcome.error').waitFor();
    // Each problem reads "<entry in words>, field <path>: <message>" (for example "Source 1 “id”,
    // field url: …"); the message itself is the validator's plain sentence.
    const said = message.slice(message.indexOf(': ') + 2);
    const field = message.slice(0, message.indexOf(': ')).split('.').slice(2).join('.');
    const lines = await options.locator('.outcome .problems li').allTextContents();
    expect(
      lines.some((l) => l.endsWith(`: ${said}`) && l.includes(`field ${field}`)),
      lines.join('\n'),
    ).toBe(true);
    expect(await counts(options)).toBe(before);
    await options.close();
  });
});

describe('hostile packs through the file input', () => {
  it('a sample of 30 is refused, each with a message, and the data stays as it was', async () => {
    const all = hostilePacks();
    const sample = Array.from({ length: 30 }, (_, i) => all[Math.floor((i * all.length) / 30)]!);
    const options = await openOptions();
    const before = await counts(options);
    const silent: string[] = [];
    for (const { name, json } of sample) {
      await options.reload();
      await options.getByTestId('data-counts').waitFor();
      await upload(options, json, 'hostile.json');
      await options.locator('.outcome.error').waitFor({ timeout: 20_000 });
      // A plain first line always; a file shaped like a pack also lists every problem by entry.
      const headline = (await options.locator('.outcome.error > p').first().textContent()) ?? '';
      const problems = await options.locator('.outcome .problems li').allTextContents();
      if (!headline.trim() || problems.some((p) => !/^.+: \S/.test(p))) silent.push(name);
      expect(await counts(options)).toBe(before);
    }
    expect(silent).toEqual([]);
    // Nothing ran: no dialog, no page error, and the card still shows bundled data.
    const { page, errors } = await suite.open('/fixtures/trust.html');
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    expect(errors).toEqual([]);
    await page.close();
    await options.close();
  });
});

describe('the private-highlights option', () => {
  const highlightNames = (page: Page) =>
    page.evaluate(() =>
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('gloss-') && !['gloss-mention', 'gloss-active'].includes(name))
        .map(([name, h]) => `${name}=${[...(h as Highlight)].map((r) => (r as Range).toString()).join('|')}`)
        .sort(),
    );
  const setPrivate = (options: Page, on: boolean) =>
    options.evaluate(
      (value) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'settings/set', change: { privateHighlights: value } }),
      on,
    );

  it('registers imported entities under names that change with every page load', async () => {
    const options = await openOptions();
    await upload(options, JSON.stringify(newsroomPack));
    await expect.poll(() => options.locator('.outcome').textContent()).toContain('Imported');
    const { page } = await suite.open('/fixtures/rutte.html');
    expect(await highlightNames(page)).toContain('gloss-mark-rutte=Mark Rutte');
    await setPrivate(options, true);
    await expect.poll(() => highlightNames(page)).not.toContain('gloss-mark-rutte=Mark Rutte');
    const first = await highlightNames(page);
    expect(first).toContain('gloss-keir-starmer=Keir Starmer');
    const opaque = first.filter((n) => /^gloss-x[0-9a-f]{16}=Mark Rutte$/.test(n));
    expect(opaque).toHaveLength(1);
    await page.reload();
    await page.waitForFunction(() => CSS.highlights.has('gloss-keir-starmer'));
    await expect
      .poll(() => highlightNames(page))
      .toContainEqual(expect.stringMatching(/^gloss-x[0-9a-f]{16}=Mark Rutte$/));
    expect(await highlightNames(page)).not.toContain(opaque[0]);
    // The card still opens for the hidden entity.
    await hoverEntityByText(page, 'Mark Rutte');
    await waitForCard(page);
    await setPrivate(options, false);
    await resetToBundled(options);
    await options.close();
    await page.close();
  });
});

/** Rests the pointer on the first occurrence of `text` in the page's paragraphs. */
async function hoverEntityByText(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getClientRects()[0]!;
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, text);
  if (!box) throw new Error(`no "${text}" on the page`);
  await page.mouse.move(box.x, box.y, { steps: 3 });
}
