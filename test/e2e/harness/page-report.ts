import type { Page, Worker } from 'playwright-core';
import type { PageReport } from '../../../src/messaging/page-protocol';

/**
 * Asks Gloss's content script in `page` (its top frame) for its report, through the extension's
 * service worker, as the popup does. Null when no content script answers (yet).
 */
export async function readPageReport(worker: Worker, page: Page): Promise<PageReport | null> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    try {
      const reply = (await chrome.tabs.sendMessage(tab.id, { type: 'page/mentions' }, { frameId: 0 })) as
        | { ok: true; data: PageReport }
        | undefined;
      return reply?.ok ? reply.data : null;
    } catch {
      return null;
    }
  });
}

/** The extension's id for the tab showing `page` (it is brought to the front first). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

/** Runs in the service worker: the extension's stored settings are replaced by `settings`. */
export async function storeSettings(worker: Worker, settings: object): Promise<void> {
  await worker.evaluate(async (value) => {
    const chrome = (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome;
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

/** Polls until Gloss reports its first scan complete, or `timeout` ms pass (then the last report or null). */
export function waitForCompleteReport(
  worker: Worker,
  page: Page,
  timeout = 10_000,
): Promise<PageReport | null> {
  return waitForReport(worker, page, (report) => report.complete, timeout);
}

/**
 * Polls until Gloss has read the article's date (it does so in idle time after the first scan),
 * or `timeout` ms pass; the last report either way.
 */
export function waitForArticleDate(worker: Worker, page: Page, timeout = 5000): Promise<PageReport | null> {
  return waitForReport(worker, page, (report) => report.articleDateSource !== null, timeout);
}

async function waitForReport(
  worker: Worker,
  page: Page,
  done: (report: PageReport) => boolean,
  timeout: number,
): Promise<PageReport | null> {
  const until = Date.now() + timeout;
  let report: PageReport | null = null;
  while (Date.now() < until) {
    report = await readPageReport(worker, page);
    if (report && done(report)) return report;
    await page.waitForTimeout(100);
  }
  return report;
}

interface ChromeTabs {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}
