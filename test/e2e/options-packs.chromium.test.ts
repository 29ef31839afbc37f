import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { alphaNotes, basePack, zuluBase } from '../support/hostile-packs';
import { useChromiumSuite } from './harness/chromium-suite';
import { openOptions as openOptionsIn } from './harness/options-page';

// Packs that share an id, point to each other, or arrive several to a file, as a reader meets
// them on the options page.
const suite = useChromiumSuite();
const openOptions = () => openOptionsIn(suite);

async function upload(options: Page, name: string, body: unknown) {
  await options
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) });
}
const outcome = (options: Page) => options.locator('.outcome').textContent();
const installed = (options: Page) => options.locator('.pack-list li strong').allTextContents();

// Another pack under the same id: no facts, so no notes about them either.
const someoneElse = () => ({ ...basePack(), title: 'Someone else', version: '0.0.1', facts: [], notes: [] });
const zulu = zuluBase;
const alpha = alphaNotes;

async function reset(options: Page) {
  await options.getByRole('button', { name: 'Reset to the bundled data' }).click();
  await options.getByRole('alertdialog').getByRole('button', { name: 'Reset', exact: true }).click();
}

describe('packs on the options page (Chromium)', () => {
  it('asks before a pack of another title replaces an installed one with its id', async () => {
    const { options, errors } = await openOptions();
    await reset(options);
    await upload(options, 'desk.json', basePack());
    await expect.poll(() => outcome(options)).toContain('Imported “Fuzz desk”');
    await upload(options, 'other.json', someoneElse());
    const confirm = options.getByRole('alertdialog');
    await expect
      .poll(() => confirm.textContent())
      .toContain('“Fuzz desk 1.0.0” is installed with the same id');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => outcome(options)).toContain('not imported, and nothing changed');
    expect(await installed(options)).toContain('Fuzz desk');
    // Declined in a file of several, it says which of the file's packs were skipped after it.
    await upload(options, 'two.json', [alpha(), someoneElse()]);
    await options.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => outcome(options))
      .toContain('Not imported either, as they came after it in the file: Alpha notes.');
    expect(await installed(options)).not.toContain('Alpha notes');
    // The same pack again, or its next version, asks nothing.
    await upload(options, 'desk-2.json', { ...basePack(), version: '1.1.0' });
    await expect.poll(() => outcome(options)).toContain('Imported “Fuzz desk”');
    await upload(options, 'other.json', someoneElse());
    await options.getByRole('alertdialog').getByRole('button', { name: 'Replace it' }).click();
    await expect.poll(() => installed(options)).toContain('Someone else');
    expect(errors).toEqual([]);
    await reset(options);
    await options.close();
  });

  it('says which packs of a file were imported before one was refused', async () => {
    const { options, errors } = await openOptions();
    await reset(options);
    const broken = { ...basePack(), id: 'broken-desk', title: 'Broken desk', sources: [] };
    await upload(options, 'two.json', [zulu(), broken]);
    await expect.poll(() => outcome(options)).toContain('Imported from this file first: Zulu base. Then:');
    expect(await outcome(options)).toContain('not imported');
    expect(await installed(options)).toContain('Zulu base');
    expect(errors).toEqual([]);
    await reset(options);
    await options.close();
  });

  it('keeps a pack another points to, and exports all in an order that imports again', async () => {
    const { options, errors } = await openOptions();
    await reset(options);
    // Written in the wrong order: the file's packs are imported each after those they point to.
    await upload(options, 'both.json', [alpha(), zulu()]);
    await expect.poll(() => outcome(options)).toContain('Imported 2 packs');
    await options.locator('li[data-pack="zulu-base"] button', { hasText: 'Remove' }).click();
    await expect
      .poll(() => outcome(options))
      .toContain(
        '“Zulu base” cannot be removed while other packs point to its entities, sources or facts: Alpha notes.',
      );
    expect(await options.getByRole('alertdialog').count()).toBe(0);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export all data' }).click(),
    ]);
    const all = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { id: string }[];
    expect(all.map((p) => p.id).filter((id) => id !== 'gloss-bundled')).toEqual(['zulu-base', 'alpha-notes']);
    await reset(options);
    await upload(options, 'all.json', all);
    await expect.poll(() => outcome(options)).toContain('Imported 2 packs');
    expect(errors).toEqual([]);
    await reset(options);
    await options.close();
  });

  it('says when a newer bundled version waits for the reader’s packs, and Reset installs it', async () => {
    const { options, errors } = await openOptions();
    await reset(options);
    await upload(options, 'desk.json', basePack());
    await expect.poll(() => outcome(options)).toContain('Imported “Fuzz desk”');
    // The store as the background leaves it when a bundled update would overwrite this pack's person.
    const wait = {
      version: '9.0.0',
      problems: [
        {
          path: 'entities.0.id',
          message: 'the bundled data 9.0.0 uses the id "fuzz-person", which pack "fuzz-desk" uses too',
        },
      ],
    };
    await options.evaluate(
      (value) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('gloss');
          open.onsuccess = () => {
            const put = open.result
              .transaction('meta', 'readwrite')
              .objectStore('meta')
              .put({ key: 'bundledWaiting', value });
            put.onsuccess = () => {
              open.result.close();
              done();
            };
            put.onerror = () => fail(put.error);
          };
          open.onerror = () => fail(open.error);
        }),
      JSON.stringify(wait),
    );
    await options.reload();
    const notice = options.getByTestId('bundled-waiting');
    await expect
      .poll(() => notice.textContent())
      .toContain('Version 9.0.0 of the bundled data is not installed yet');
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('li').allTextContents()).toEqual([wait.problems[0]!.message]);
    await reset(options);
    await expect.poll(() => notice.count()).toBe(0);
    expect(errors).toEqual([]);
    await options.close();
  });
});
