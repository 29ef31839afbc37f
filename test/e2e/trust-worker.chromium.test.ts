import { describe, expect, it } from 'vitest';
import { cardIsOpen, hoverEntity } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';

const suite = useChromiumSuite();

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

describe('a card request whose reply is lost', () => {
  it('is asked again, and the card opens, once the service worker is back', async () => {
    const { page } = await suite.open('/fixtures/trust.html');
    // The service worker stops reading its database, so card/get hangs until the worker dies.
    await suite.session.worker.evaluate(() => {
      const never = function (this: unknown) {
        return new Proxy({} as IDBRequest, { set: () => true, get: () => undefined });
      };
      for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<
        string,
        unknown
      >[])
        for (const name of ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'])
          proto[name] = never;
    });
    const options = await suite.session.context.newPage();
    await options.goto(`chrome-extension://${suite.session.extensionId}/popup.html`);
    const cdp = await suite.session.context.newCDPSession(options);
    const versions = new Map<string, WorkerVersion>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
      for (const v of e.versions) versions.set(v.versionId, v);
    });
    await cdp.send('ServiceWorker.enable');
    await hoverEntity(page, 'emmanuel-macron');
    await page.waitForTimeout(800);
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    const running = [...versions.values()].filter(
      (v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'running',
    );
    expect(running.length).toBeGreaterThan(0);
    for (const v of running) await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    // The lost reply is asked again (a fresh worker answers); at worst the next hover asks.
    await page.mouse.move(5, 5);
    await hoverEntity(page, 'emmanuel-macron');
    await page.waitForFunction(
      () => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('li.fact'),
      null,
      {
        timeout: 10_000,
      },
    );
    await cdp.detach();
    await options.close();
    await page.close();
  });
});
