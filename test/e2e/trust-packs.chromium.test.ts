import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PackInput } from '../../src/core/dataset/pack';
import { hostilePacks } from '../support/hostile-packs';
import { ROOT } from './harness/build-extension';
import { hoverEntity, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';

// What a pack file can do, through the options page's real file input.
const suite = useChromiumSuite();
const newsroomPack = JSON.parse(
  readFileSync(resolve(ROOT, 'test/fixtures/packs/newsroom-pack.json'), 'utf8'),
) as PackInput;

async function openOptions(): Promise<Page> {
  const options = await suite.session.context.newPage();
  await options.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
  await options.getByTestId('data-counts').waitFor();
  return options;
}

async function upload(options: Page, body: string, name = 'pack.json') {
  await options
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
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
    await options.getByRole('button', { name: 'Reset to the bundled data' }).click();
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
    expect(await options.locator('.outcome .problems li').allTextContents()).toContain(message);
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
      const problems = await options.locator('.outcome .problems li').allTextContents();
      if (!problems.length || problems.some((p) => !/^\S+: \S/.test(p))) silent.push(name);
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
