/**
 * `npm run bench:dates [-- --quick]`: the cost of reading an article's date, in Chromium, on the
 * real pages and on a generated page holding a 20 MB JSON-LD block, beside a baseline measured
 * in the same page in the same run: a bare walk over every node of the document. The extraction
 * runs in slices of 6 ms as Gloss schedules it in idle time; printed are its total time and its
 * longest slice (the longest task it adds; the budget is 50 ms), and per class of page (by node
 * count) the p95 and longest slice beside a sliced baseline: the same bare walk cut into 6 ms
 * slices, whose longest slice is what the machine's own noise adds to any sliced work. Also shows
 * what an unbounded `JSON.parse` of the 20 MB block would cost. `--quick` takes 20 pages (three
 * runs each, as the full run); `--pages a,b` only the pages whose names start so.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { keepOffline, launchPlainChromium } from '../e2e/harness/launch-chromium';
import { servePages } from '../e2e/harness/serve-pages';

const CORPUS = resolve(process.cwd(), '../shared/corpus/realpages');
const quick = process.argv.includes('--quick');
/** Runs per page: each slice figure is the median over them, so one stall of the machine is not taken for the code's. */
const RUNS = 3;
const BUDGET_MS = 50;
/** The slice length Gloss's idle-time task gives the date work (article-date-task.ts). */
const SLICE_MS = 6;

interface Row {
  page: string;
  nodes: number;
  walkMs: number;
  dateMs: number;
  sliceMs: number;
  date: string;
  /** Every slice of the date work, and of the sliced baseline walk, in ms (all runs). */
  slices: number[];
  baseSlices: number[];
  /** The longest slice of each run, and of the baseline in each run. */
  runMax: number[];
  baseRunMax: number[];
  /** The longest slice of the baseline walk (median over runs). */
  baseSliceMs: number;
}

async function main() {
  const all = (await readdir(CORPUS)).filter((f) => f.endsWith('.html')).sort();
  const only = process.argv[process.argv.indexOf('--pages') + 1]?.split(',');
  const pages = process.argv.includes('--pages')
    ? all.filter((f) => only?.some((o) => f.startsWith(o)))
    : quick
      ? all.filter((_, i) => i % Math.ceil(all.length / 20) === 0)
      : all;
  console.log(
    `bench:dates${quick ? ' --quick' : ''}: ${pages.length} real pages and one 20 MB JSON-LD page, ${RUNS} run(s) each; expect about ${quick ? '1' : '4'} minute(s)`,
  );
  const bundle = await build({
    entryPoints: [resolve(process.cwd(), 'src/page/article-date.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'glossDates',
    target: 'es2022',
  });
  const script = bundle.outputFiles[0]!.text;
  const genDir = await mkdtemp(join(tmpdir(), 'gloss-date-bench-'));
  await writeFile(join(genDir, 'huge-json-ld.html'), hugeJsonLdPage());
  const server = await servePages({ '/pages': CORPUS, '/gen': genDir });
  const browser = await launchPlainChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await keepOffline(context, server.origin);
  const rows: Row[] = [];
  let hugeParseMs = Number.NaN;
  try {
    for (const path of [...pages.map((p) => `/pages/${encodeURIComponent(p)}`), '/gen/huge-json-ld.html']) {
      const page = await context.newPage();
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 }).catch(() => {});
      await page.addScriptTag({ content: script });
      const row = await measure(page, path.split('/').pop()!);
      if (path.startsWith('/gen/')) hugeParseMs = await page.evaluate(parseWholeBlock);
      rows.push(row);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(genDir, { recursive: true, force: true });
  }
  report(rows, hugeParseMs);
}

async function measure(page: Page, name: string): Promise<Row> {
  const samples: Omit<Row, 'page' | 'runMax' | 'baseRunMax' | 'baseSliceMs'>[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await page.evaluate(oneRun, SLICE_MS));
  const median = (key: 'walkMs' | 'dateMs' | 'sliceMs') =>
    samples.map((s) => s[key]).sort((a, b) => a - b)[samples.length >> 1]!;
  return {
    page: name,
    nodes: samples[0]!.nodes,
    walkMs: median('walkMs'),
    dateMs: median('dateMs'),
    sliceMs: median('sliceMs'),
    date: samples[0]!.date,
    slices: samples.flatMap((s) => s.slices),
    baseSlices: samples.flatMap((s) => s.baseSlices),
    runMax: samples.map((s) => s.sliceMs),
    baseRunMax: samples.map((s) => Math.max(...s.baseSlices)),
    baseSliceMs: samples.map((s) => Math.max(...s.baseSlices)).sort((a, b) => a - b)[samples.length >> 1]!,
  };
}

type Slices = (hasTime: () => boolean) => { kind: string; date?: string } | null;

/**
 * Runs in the page: a bare walk over every node, the same walk in slices of `sliceMs` (the
 * baseline for slice lengths), then the date extraction in slices of `sliceMs`, each timed.
 */
function oneRun(sliceMs: number): Omit<Row, 'page' | 'runMax' | 'baseRunMax' | 'baseSliceMs'> {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  const t1 = performance.now();
  const baseSlices: number[] = [];
  const sliced = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
  let more = true;
  while (more) {
    const start = performance.now();
    for (let n = 1; more; n++) {
      more = sliced.nextNode() !== null;
      if (n % 100 === 0 && performance.now() >= start + sliceMs) break;
    }
    baseSlices.push(performance.now() - start);
  }
  const api = (
    globalThis as unknown as { glossDates: { articleDateInSlices(d: Document, u: string): Slices } }
  ).glossDates;
  const work = api.articleDateInSlices(document, location.href);
  let verdict: ReturnType<Slices> = null;
  const slices: number[] = [];
  while (!verdict) {
    const start = performance.now();
    verdict = work(() => performance.now() < start + sliceMs);
    slices.push(performance.now() - start);
  }
  const dateMs = slices.reduce((a, b) => a + b, 0);
  return {
    walkMs: t1 - t0,
    dateMs,
    sliceMs: Math.max(...slices),
    nodes,
    date: verdict.date ?? verdict.kind,
    slices,
    baseSlices,
  };
}

/** Runs in the page: what reading the whole JSON-LD block would cost (the thing not done). */
function parseWholeBlock(): number {
  const t0 = performance.now();
  JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
  return performance.now() - t0;
}

function hugeJsonLdPage(): string {
  const body = 'The coalition of the willing met again as ministers weighed the plan. '.repeat(290_000);
  const block = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    datePublished: '2025-06-04T10:00:00+02:00',
    articleBody: body,
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge JSON-LD</title><script type="application/ld+json">${block}</script></head><body><article><h1>Huge JSON-LD</h1><p>${'Ministers met. '.repeat(200)}</p></article></body></html>`;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

function report(rows: Row[], hugeParseMs: number) {
  const real = rows.slice(0, -1);
  const huge = rows.at(-1)!;
  const worst = [...real].sort((a, b) => b.dateMs - a.dateMs).slice(0, 5);
  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log('\npage                                   nodes   walk ms   date ms  slice ms   ratio  date');
  for (const r of [...worst, huge])
    console.log(
      `${r.page.slice(0, 36).padEnd(36)} ${String(r.nodes).padStart(7)} ${fmt(r.walkMs)} ${fmt(r.dateMs)} ${fmt(r.sliceMs)} ${(r.dateMs / Math.max(r.walkMs, 0.01)).toFixed(1).padStart(7)}  ${r.date}`,
    );
  const dates = real.map((r) => r.dateMs);
  const walks = real.map((r) => r.walkMs);
  console.log(
    `\nreal pages (${real.length}): date extraction median ${quantile(dates, 0.5).toFixed(2)} ms, p95 ${quantile(dates, 0.95).toFixed(2)} ms, max ${Math.max(...dates).toFixed(2)} ms; bare walk median ${quantile(walks, 0.5).toFixed(2)} ms, max ${Math.max(...walks).toFixed(2)} ms; median ratio ${quantile(
      real.map((r) => r.dateMs / Math.max(r.walkMs, 0.01)),
      0.5,
    ).toFixed(1)}x`,
  );
  console.log(
    `20 MB JSON-LD page: date extraction ${huge.dateMs.toFixed(2)} ms, longest slice ${huge.sliceMs.toFixed(2)} ms (found ${huge.date}), bare walk ${huge.walkMs.toFixed(2)} ms, an unbounded JSON.parse of the block ${hugeParseMs.toFixed(1)} ms`,
  );
  console.log(
    '\nslice ms by class    pages  slices   date p95   date max   base p95   base max   (max: median over runs; raw max in brackets)',
  );
  const classes: [string, Row[]][] = [
    ['small (<2k nodes)', real.filter((r) => r.nodes < 2000)],
    ['medium (2k-8k)', real.filter((r) => r.nodes >= 2000 && r.nodes < 8000)],
    ['large (>=8k)', real.filter((r) => r.nodes >= 8000)],
    ['20 MB JSON-LD', [huge]],
  ];
  for (const [name, members] of classes) {
    if (members.length === 0) continue;
    const date = members.flatMap((r) => r.slices);
    const base = members.flatMap((r) => r.baseSlices);
    const steady = Math.max(...members.map((r) => r.sliceMs));
    const baseSteady = Math.max(...members.map((r) => r.baseSliceMs));
    console.log(
      `${name.padEnd(20)} ${String(members.length).padStart(5)} ${String(date.length).padStart(7)} ${fmt(quantile(date, 0.95))}   ${fmt(steady)}   ${fmt(quantile(base, 0.95))}   ${fmt(baseSteady)}   (${Math.max(...date).toFixed(1)} / ${Math.max(...base).toFixed(1)})`,
    );
  }
  const longest = Math.max(...rows.map((r) => r.sliceMs));
  const raw = Math.max(...rows.flatMap((r) => r.runMax));
  const rawBase = Math.max(...rows.flatMap((r) => r.baseRunMax));
  console.log(
    `longest slice of date work on any page: ${longest.toFixed(2)} ms, median over ${RUNS} runs (budget ${BUDGET_MS} ms: ${longest <= BUDGET_MS ? 'held' : 'NOT held'}); longest in any single run ${raw.toFixed(2)} ms, the baseline walk's ${rawBase.toFixed(2)} ms`,
  );
}

await main();
