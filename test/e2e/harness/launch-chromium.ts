import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
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
    device?: Pick<BrowserContextOptions, 'viewport' | 'hasTouch' | 'isMobile' | 'deviceScaleFactor'>;
  } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'gloss-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
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
