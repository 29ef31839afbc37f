/**
 * `npm run bench:data`: imports a generated pack of 10,000 entities and 100,000 facts into Gloss's
 * store in Chromium, through the real validation and import path, and prints the import time
 * beside bare `bulkPut` of the same stored rows into the same schema, then the latency of the
 * card's and the dossier's queries (median, p95, max), warm and first after opening the store,
 * for small entities and one entity with 20,000 facts, each beside a bare Dexie read from the
 * same run. Pass `--quick` (or `--small`) for a quick run (1,000 entities, 10,000 facts, fewer
 * samples; one to two minutes).
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/harness/find-browser';
import { servePages } from '../e2e/harness/serve-pages';
import type { BenchConfig, BenchResult, Timing } from './data-bench-page';

const small = process.argv.includes('--small') || process.argv.includes('--quick');
const config: BenchConfig = small
  ? { entities: 1000, factsPer: 10, queries: 60, searches: 20, coldOpens: 5, bigFacts: 20_000 }
  : { entities: 10_000, factsPer: 10, queries: 300, searches: 100, coldOpens: 10, bigFacts: 20_000 };

/** `12 ms` / `0.45 ms`. */
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
/** Median / p95 / max. */
const spread = (t: Timing) => `${ms(t.median)} / ${ms(t.p95)} / ${ms(t.max)}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`;
const verdict = (ok: boolean) => (ok ? 'held' : 'NOT held');

async function main() {
  const started = Date.now();
  console.error(
    `bench:data${small ? ' --quick' : ''}: expect ${small ? 'about 1–2 minutes' : 'about 6–10 minutes'} on a quiet two-core machine (longer under load).`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'gloss-bench-'));
  await build({
    entryPoints: [resolve(import.meta.dirname, 'data-bench-page.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'bench.js'),
    logLevel: 'error',
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="bench.js"></script>',
  );
  const server = await servePages({ '/bench': dir });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      // Lets the bench collect garbage between phases (see `collect` in data-bench-page.ts).
      '--js-flags=--expose-gc',
    ],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(server.url('/bench/index.html'));
    await page.waitForFunction(() => 'runDataBench' in globalThis);
    const r = await page.evaluate(
      (c) => (globalThis as unknown as { runDataBench(c: unknown): Promise<BenchResult> }).runDataBench(c),
      config,
    );
    const big = r.big;
    const importRatio = r.importMs / r.baselineMs;
    console.log(
      `Chromium, IndexedDB through Dexie; ${r.rows.entities} entities, ${r.rows.facts} facts, ${r.rows.sources} sources, ${r.rows.notes} notes (${r.storedRows} rows stored)`,
    );
    console.log('');
    console.log('Import');
    console.log('');
    console.log('| measure | Gloss | baseline | ratio |');
    console.log('|---|---|---|---|');
    console.log(
      `| import (check all, check ids, write, index) | ${ms(r.importMs)} (first rows stored after ${ms(r.checkMs)}) | ${ms(r.baselineMs)} bare bulkPut of the ${r.storedRows} rows it stores, same schema (faster of ${ms(r.baselineBefore)} before, ${ms(r.baselineAfter)} after) | ${ratio(r.importMs, r.baselineMs)} |`,
    );
    console.log(
      `| matcher of a restarted background (${Math.round(r.matcher.chars / 1024)} KB of JSON; ${r.matcher.kept.n} new connections; median / p95 / max) | ${spread(r.matcher.kept)} the JSON kept at the last build | ${spread(r.matcher.compiled)} compiling the stored entities, as every restart did | ${ratio(r.matcher.kept.median, r.matcher.compiled.median)} |`,
    );
    console.log('');
    console.log('Card and dossier data (median / p95 / max)');
    console.log('');
    console.log('| measure | Gloss | baseline | ratio (median) |');
    console.log('|---|---|---|---|');
    console.log(
      `| compact card, generated entity of ${r.rows.facts / r.rows.entities} facts | ${spread(r.card)} | ${spread(r.factGet)} one get by key | ${ratio(r.card.median, r.factGet.median)} |`,
    );
    console.log(`| compact card, bundled entity (Donald Trump) | ${spread(r.bundledCard)} | | |`);
    console.log(
      `| compact card, one entity of ${big.facts} facts, warm (${big.card.n} article dates) | ${spread(big.card)} | ${spread(big.sameRows)} bare bulkGet of 48 of its rows | ${ratio(big.card.median, big.sameRows.median)} |`,
    );
    console.log(
      `| bare count of all its ${big.facts} facts by the entity-and-day index (no Gloss code: what the card would pay if it counted them there rather than adding up its stored counts by day) | ${spread(big.count)} | | |`,
    );
    console.log(
      `| the same, first card after opening the store (${big.coldCard.n} opens) | ${spread(big.coldCard)} | ${spread(big.coldBase)} bare open and one get | ${ratio(big.coldCard.median, big.coldBase.median)} |`,
    );
    console.log(
      `| dossier, first page (${big.pageSize} of ${big.facts} facts) | ${spread(big.dossierFirst)} | ${spread(big.pageRows)} bare read of ${big.pageSize} rows by index | ${ratio(big.dossierFirst.median, big.pageRows.median)} |`,
    );
    console.log(
      `| dossier, all ${big.pages} pages in turn | ${ms(big.dossierAllMs)} | ${ms(big.allRowsMs)} bare read of all ${big.facts} rows | ${ratio(big.dossierAllMs, big.allRowsMs)} |`,
    );
    console.log(
      `| dossier as one read of all ${big.facts} facts (before paging) | ${ms(big.wholeDossierMs)} | | |`,
    );
    console.log(`| name prefix search, 20 results | ${spread(r.nameSearch)} | | |`);
    console.log(`| dataset browser search as you type | ${spread(r.search)} | | |`);
    console.log(`| browser search for a word in every fact | ${spread(r.commonSearch)} | | |`);
    console.log('');
    const worst = Math.max(big.card.p95, big.coldCard.p95);
    console.log(
      `Budgets: import within 1.5× the baseline: ${ratio(r.importMs, r.baselineMs)} (${verdict(importRatio <= 1.5)}); the compact card of a ${big.facts}-fact entity in 50 ms: median ${ms(big.card.median)}, p95 ${ms(big.card.p95)} warm and ${ms(big.coldCard.p95)} first after opening (${verdict(worst <= 50)}), max ${ms(Math.max(big.card.max, big.coldCard.max))}.`,
    );
    console.log(`Ran in ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
