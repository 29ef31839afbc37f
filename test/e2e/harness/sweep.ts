import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { keepOffline, launchChromium, launchPlainChromium } from './launch-chromium';
import { waitForArticleDate, waitForCompleteReport } from './page-report';
import { servePages } from './serve-pages';
import { type ExcludedSample, exclusionsIn } from './sweep-exclusions';

/** What the sweep saw on one page. */
export interface SweepResult {
  page: string;
  /** Page errors seen with Gloss and not without it. */
  glossOnlyErrors: string[];
  /** True when the DOM serialisation with Gloss equals the one without. */
  domIdentical: boolean;
  /** The page changes between two loads without Gloss, so DOM equality cannot be judged. */
  nondeterministic: boolean;
  mentions: Record<string, number>;
  /** Candidates the detection rules removed from the page's rendered text, by reason. */
  excluded: Record<string, number>;
  excludedSamples: ExcludedSample[];
  total: number;
  scanMs: number | null;
  longestSliceMs: number | null;
  /** The article's date Gloss read, and its source (`none` or `uncertain` without a date). */
  articleDate: string | null;
  articleDateSource: string | null;
}

const SETTLE_MS = 1200;

/**
 * Runs in each page's main world before its scripts: a fixed clock and a seeded Math.random, so
 * a page that writes the time or a random number into its DOM serialises the same on every load.
 * Gloss's content script lives in its own world and is not affected.
 */
const FREEZE_TIME_AND_CHANCE = `(() => {
  const fixed = 1749024000000;
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) { super(...(args.length ? args : [fixed])); }
    static now() { return fixed; }
  }
  globalThis.Date = FixedDate;
  let seed = 42;
  Math.random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
})();`;

/**
 * Opens each page of `dir` (served on 127.0.0.1; every other request is aborted, as offline) in
 * Chromium without Gloss and with it, and compares what a page would notice: errors, and the DOM
 * serialisation after settling. `pages` limits the run to those file names.
 */
export async function sweepPages(
  dir: string,
  pages?: string[],
  log: (r: SweepResult) => void = () => {},
): Promise<SweepResult[]> {
  const names =
    pages ??
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort();
  const server = await servePages({ '/pages': dir });
  const plain = await launchPlainChromium();
  const plainContext = await plain.newContext({ viewport: { width: 1280, height: 800 } });
  const gloss = await launchChromium();
  for (const context of [plainContext, gloss.context]) {
    await keepOffline(context, server.origin);
    await context.addInitScript(FREEZE_TIME_AND_CHANCE);
  }
  const results: SweepResult[] = [];
  try {
    for (const name of names) {
      const url = server.url(`/pages/${encodeURIComponent(name)}`);
      const first = await load(plainContext, url);
      const second = await load(plainContext, url);
      const withGloss = await load(gloss.context, url, async (page) => {
        const complete = await waitForCompleteReport(gloss.worker, page);
        return {
          report: complete ? await waitForArticleDate(gloss.worker, page) : complete,
          rendered: await page.evaluate(() => document.body?.innerText ?? '').catch(() => ''),
        };
      });
      const report = withGloss.report?.report;
      const exclusions = exclusionsIn(withGloss.report?.rendered ?? '');
      const result: SweepResult = {
        page: name,
        glossOnlyErrors: withGloss.errors.filter(
          (e) => !first.errors.includes(e) && !second.errors.includes(e),
        ),
        domIdentical: withGloss.dom === first.dom || withGloss.dom === second.dom,
        nondeterministic: first.dom !== second.dom,
        mentions: report?.counts ?? {},
        excluded: exclusions.counts,
        excludedSamples: exclusions.samples,
        total: report?.total ?? 0,
        scanMs: report?.scanMs ?? null,
        longestSliceMs: report?.longestSliceMs ?? null,
        articleDate: report?.articleDate ?? null,
        articleDateSource: report?.articleDateSource ?? null,
      };
      results.push(result);
      log(result);
    }
  } finally {
    await gloss.close();
    await plain.close();
    await server.close();
  }
  return results;
}

async function load<T>(
  context: BrowserContext,
  url: string,
  whileOpen?: (page: Page) => Promise<T>,
): Promise<{ errors: string[]; dom: string; report: T | undefined }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page
      .goto(url, { waitUntil: 'load', timeout: 20_000 })
      .catch(() => page.waitForLoadState('domcontentloaded'));
    const started = Date.now();
    const report = whileOpen ? await whileOpen(page) : undefined;
    await page.waitForTimeout(Math.max(0, SETTLE_MS - (Date.now() - started)));
    const dom = await page.evaluate(() => document.documentElement.outerHTML);
    return { errors, dom, report };
  } finally {
    await page.close();
  }
}
