import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
  type Worker,
} from 'playwright-core';
import { CHROME_BUILD, ensureBuilt } from './build-extension';
import { findChromium } from './find-browser';

/** Chromium with the built extension loaded, and the extension's id. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium (or CHROME_PATH) headless, unless `headless` is false, with Gloss loaded.
 * `device` overrides the context's viewport and input (a phone: `hasTouch`, `isMobile`).
 */
export async function launchChromium(
  options: {
    headless?: boolean;
    args?: string[];
    /** Playwright's own Chromium flags to leave out (`--disable-back-forward-cache`). */
    ignoreDefaultArgs?: string[];
    device?: Pick<BrowserContextOptions, 'viewport' | 'hasTouch' | 'isMobile' | 'deviceScaleFactor'>;
  } = {},
): Promise<ChromiumSession> {
  ensureBuilt();
  const { context, close } = await launchWithExtension(CHROME_BUILD, options);
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close };
}

/**
 * Chromium with the unpacked extension in `extensionDir` loaded (Gloss, or a baseline extension
 * a measure of Gloss is compared against), in a profile of its own that `close` removes.
 */
export async function launchWithExtension(
  extensionDir: string,
  options: {
    headless?: boolean;
    args?: string[];
    ignoreDefaultArgs?: string[];
    device?: Pick<BrowserContextOptions, 'viewport' | 'hasTouch' | 'isMobile' | 'deviceScaleFactor'>;
  } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'gloss-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    ...(options.ignoreDefaultArgs ? { ignoreDefaultArgs: options.ignoreDefaultArgs } : {}),
    ...options.device,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium without Gloss, headless: the baseline a page is compared against. */
export async function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** Aborts every request of `context` that is not to `origin`, as if the page were offline. */
export async function keepOffline(context: BrowserContext, origin: string): Promise<void> {
  await context.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort(),
  );
}

/**
 * Stops the extension's service worker, as the browser does to an idle one, and waits until it
 * has stopped. `restarted` then gives the worker the browser starts for the next event (a page's
 * message, say), which `session.worker` then is.
 */
export async function stopServiceWorker(
  session: ChromiumSession,
  page: Page,
): Promise<{ restarted: Promise<Worker> }> {
  const url = session.worker.url();
  const cdp = await session.context.newCDPSession(page);
  let status = '';
  const changed: (() => void)[] = [];
  cdp.on(
    'ServiceWorker.workerVersionUpdated',
    (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      const ours = e.versions.find((v) => v.scriptURL === url);
      if (!ours) return;
      status = ours.runningStatus;
      for (const heard of changed.splice(0)) heard();
    },
  );
  // Each wait gives up with a clear message rather than at the test's timeout.
  const reaches = async (wanted: string, timeout: number) => {
    const until = Date.now() + timeout;
    while (status !== wanted) {
      const left = until - Date.now();
      if (left <= 0) throw new Error(`the service worker is ${status || 'unheard of'}, not ${wanted}`);
      await new Promise<void>((heard) => {
        changed.push(heard);
        setTimeout(heard, left);
      });
    }
  };
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await reaches('stopped', 20_000);
  const restarted = reaches('running', 60_000).then(async () => {
    await cdp.detach();
    // The browser may list the worker a moment after it reports it running (Playwright may give
    // the same object as before).
    const until = Date.now() + 10_000;
    for (;;) {
      const worker = session.context.serviceWorkers().findLast((w) => w.url() === url);
      if (worker) {
        session.worker = worker;
        return worker;
      }
      if (Date.now() > until) throw new Error('the service worker started again, but the browser lists none');
      await new Promise((wait) => setTimeout(wait, 50));
    }
  });
  // Awaited by the caller; a failure of the caller's own first leaves no unhandled rejection.
  restarted.catch(() => {});
  return { restarted };
}
