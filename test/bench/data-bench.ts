/**
 * `npm run bench:data`: imports a generated pack of 10,000 entities and 100,000 facts into Gloss's
 * store in Chromium, through the real validation and import path, and prints the import time and
 * the latency of the card's queries (median, p95), each beside a baseline from the same run,
 * and the compact card of one entity with 20,000 facts beside bare Dexie reads of its rows.
 * Pass `--quick` (or `--small`) for a quick run (1,000 entities, 10,000 facts; under two minutes).
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/harness/find-browser';
import { servePages } from '../e2e/harness/serve-pages';

const small = process.argv.includes('--small') || process.argv.includes('--quick');
const config = small
  ? { entities: 1000, factsPer: 10, queries: 100 }
  : { entities: 10_000, factsPer: 10, queries: 300 };

async function main() {
  console.error(
    `bench:data${small ? ' --quick' : ''}: expect ${small ? 'under a minute' : 'about 3–5 minutes'} on a quiet two-core machine.`,
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
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
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
    const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
    console.log(
      `Chromium, IndexedDB through Dexie; ${r.rows.entities} entities, ${r.rows.facts} facts, ${r.rows.sources} sources, ${r.rows.notes} notes`,
    );
    console.log('');
    console.log('| measure | Gloss | baseline | ratio |');
    console.log('|---|---|---|---|');
    console.log(
      `| import (validate all, check ids, write, index) | ${ms(r.importMs)} | ${ms(r.baselineMs)} bare bulkPut | ${(r.importMs / r.baselineMs).toFixed(2)}× |`,
    );
    console.log(
      `| card query, generated entity (median) | ${ms(r.card.median)} | ${ms(r.factGet.median)} one get by key | ${(r.card.median / r.factGet.median).toFixed(1)}× |`,
    );
    console.log(
      `| card query, generated entity (p95) | ${ms(r.card.p95)} | ${ms(r.factGet.p95)} | ${(r.card.p95 / r.factGet.p95).toFixed(1)}× |`,
    );
    console.log(
      `| card query, bundled entity (median / p95) | ${ms(r.bundledCard.median)} / ${ms(r.bundledCard.p95)} | | |`,
    );
    console.log(
      `| name prefix search, 20 results (median / p95) | ${ms(r.nameSearch.median)} / ${ms(r.nameSearch.p95)} | | |`,
    );
    console.log(
      `| dataset browser search as you type (median / p95) | ${ms(r.search.median)} / ${ms(r.search.p95)} | | |`,
    );
    console.log(
      `| browser search for a word in every fact (median / p95) | ${ms(r.commonSearch.median)} / ${ms(r.commonSearch.p95)} | | |`,
    );
    const big = r.big;
    console.log(
      `| compact card, one entity of ${big.facts} facts (median / p95) | ${ms(big.card.median)} / ${ms(big.card.p95)} | ${ms(big.allRows.median)} / ${ms(big.allRows.p95)} bare read of its ${big.facts} rows | ${(big.card.median / big.allRows.median).toFixed(3)}× |`,
    );
    console.log(
      `| the same card against the rows it reads | ${ms(big.card.median)} | ${ms(big.sameRows.median)} bare bulkGet of 48 rows | ${(big.card.median / big.sameRows.median).toFixed(1)}× |`,
    );
    console.log(`| dossier data, all ${big.facts} facts (one read) | ${ms(big.dossierMs)} | | |`);
    console.log('');
    console.log(
      `Budget: the compact card of a ${big.facts}-fact entity in 50 ms or less: median ${ms(big.card.median)} (${big.card.median <= 50 ? 'held' : 'NOT held'}), p95 ${ms(big.card.p95)} (${big.card.p95 <= 50 ? 'held' : 'NOT held'}).`,
    );
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

interface BenchResult {
  rows: { entities: number; facts: number; sources: number; notes: number };
  importMs: number;
  baselineMs: number;
  card: { median: number; p95: number };
  bundledCard: { median: number; p95: number };
  factGet: { median: number; p95: number };
  nameSearch: { median: number; p95: number };
  search: { median: number; p95: number };
  commonSearch: { median: number; p95: number };
  big: {
    facts: number;
    shown: number;
    card: { median: number; p95: number };
    allRows: { median: number; p95: number };
    sameRows: { median: number; p95: number };
    dossierMs: number;
  };
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
