/**
 * `npm run bench:page [-- --quick] [-- --pages N]`: Gloss on real pages in Chromium, beside two
 * baselines measured in the same run on the same page: a bare walk that only reads every text
 * node (the floor no scanner can beat) and mark.js highlighting the same aliases. Per page: time
 * from the content script's start to its last highlight, the longest slice of Gloss's work (its
 * longest task), and the JS heap it adds. Pages: the 130 of the corpus and a generated page of
 * over 3 MB of article text with thousands of mentions (first contentful paint → first
 * highlight, DOMContentLoaded → last highlight); then pathological pages (a million text nodes,
 * 100,000 paragraphs, a 50 MB text node, 150,000 and 1,000,000 blocks, 1,000 empty frames) with
 * p95 and longest slice, time to the first visible highlight, and the page's longest task and
 * longest animation frame (the task with its layout and paint) with and without Gloss; last,
 * four corpus pages that name an entity, each loaded with Gloss's background stopped just before
 * (as the browser stops an idle one) and with it running (navigation → first highlight). Prints
 * medians, p95 and ratios. `--quick`: 8 real pages, smaller pathological pages and mark.js
 * stopped after 15 s on the generated page and 3 s on a real one (its figures then lower bounds,
 * printed with "≥"); `--pages N`: the first N real pages.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { aliasesFromEntities } from '../../src/core/match/aliases-from-entities';
import type { PageReport } from '../../src/messaging/page-protocol';
import { bundledPack } from '../core/match/bundled-matcher';
import {
  type ChromiumSession,
  keepOffline,
  launchChromium,
  launchPlainChromium,
  stopServiceWorker,
} from '../e2e/harness/launch-chromium';
import { waitForCompleteReport } from '../e2e/harness/page-report';
import { servePages } from '../e2e/harness/serve-pages';
import {
  bigTextNodePage,
  blocksPage,
  framesPage,
  type HugePage,
  paragraphsPage,
  textNodesPage,
} from './huge-pages';
import { newsLikeText } from './news-text';

const QUICK_PAGES = 8;
/** How many real pages with mentions are loaded again with the background stopped, and with it running. */
const RESTART_PAGES = 4;
/**
 * In a quick run, mark.js on the generated page stops after this long (it takes a minute there);
 * its time is then a lower bound, printed with "≥", as is the ratio to Gloss.
 */
const QUICK_MARK_CAP_MS = 15_000;
/** In a quick run, mark.js on a real page stops after this long (one page takes it 20 s); then as above. */
const QUICK_REAL_MARK_CAP_MS = 3_000;

const CORPUS = resolve(process.cwd(), '../shared/corpus/realpages');
const quick = process.argv.includes('--quick');
const limitArg = process.argv.indexOf('--pages');
const limit =
  limitArg >= 0 ? Number(process.argv[limitArg + 1]) : quick ? QUICK_PAGES : Number.POSITIVE_INFINITY;
const huge: HugePage[] = quick
  ? [
      textNodesPage(200_000),
      paragraphsPage(20_000),
      bigTextNodePage(10),
      blocksPage(150_000),
      framesPage(200),
    ]
  : [
      textNodesPage(1_000_000),
      paragraphsPage(100_000),
      bigTextNodePage(50),
      blocksPage(150_000),
      blocksPage(1_000_000),
      framesPage(1000),
    ];

interface Row {
  page: string;
  textKb: number;
  mentions: number;
  glossMs: number;
  longestSliceMs: number;
  heapKb: number;
  walkMs: number;
  markMs: number;
  /** False when mark.js was stopped at its cap before it had marked every alias. */
  markDone: boolean;
  sliceP95Ms: number;
  /** First contentful paint → first highlight, and DOMContentLoaded → last highlight (ms). */
  fcpToFirstMs: number;
  dclToFirstMs: number;
  dclToLastMs: number;
  /** DOMContentLoaded → the first turn a script gets, on the bare page (ms). */
  turnAfterDclBareMs: number;
  /** The page's longest task with Gloss and without (ms; 0 when none passed 50 ms). */
  longTaskMs: number;
  longTaskBareMs: number;
  /**
   * The page's longest animation frame with Gloss and without (ms; 0 when none passed 50 ms): a
   * task with the style, layout and paint that follow it, which the long-task entries leave out
   * (on the 3 MB page the browser's layouts of the growing document are hundreds of milliseconds).
   */
  longFrameMs: number;
  longFrameBareMs: number;
  /** Gloss's slices before DOMContentLoaded, their time (ms) and the mentions resolved by then (null: begun after). */
  whileParsed: PageReport['whileParsed'];
}

/**
 * Runs in every page before its scripts: records long tasks and long animation frames (over 50 ms), whoever caused them,
 * and how long after DOMContentLoaded a script first gets a turn (a message-channel task or an
 * animation frame, as Gloss's slices do): on the bare page, the browser's own work once the
 * document is parsed, which no scanner's "DOMContentLoaded → last highlight" can beat.
 */
const WATCH_LONG_TASKS = `(() => {
  document.addEventListener('DOMContentLoaded', () => {
    const at = performance.now();
    const turn = () => { window.__turnAfterDcl ??= performance.now() - at; };
    const channel = new MessageChannel();
    channel.port1.onmessage = turn;
    channel.port2.postMessage(null);
    requestAnimationFrame(turn);
  }, { once: true });
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  window.__longFrames = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longFrames.push(e.duration); })
      .observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

async function main() {
  const { readdirSync, existsSync, readFileSync } = await import('node:fs');
  const expected = quick ? 'under 2 minutes' : 'about 10–15 minutes';
  console.error(`bench:page${quick ? ' --quick' : ''}: expect ${expected} on a quiet two-core machine.`);
  const corpusPages = (existsSync(CORPUS) ? readdirSync(CORPUS) : [])
    .filter((f) => f.endsWith('.html'))
    .sort();
  const pages = corpusPages.slice(0, limit);
  const genDir = await mkdtemp(join(tmpdir(), 'gloss-page-bench-'));
  const names = bundledPack.entities.map((e) => e.name);
  const paragraphs = newsLikeText(3_200_000, names).split('\n');
  for (const [i, p] of huge.entries()) await writeFile(join(genDir, `huge-${i}.html`), p.html);
  await writeFile(
    join(genDir, 'generated.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Generated</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`,
  );
  const markSource = await readFile(resolve(process.cwd(), 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const keywords = aliasesFromEntities(bundledPack.entities)
    .filter((a) => a.entityId)
    .map((a) => a.text);
  const server = await servePages({ '/pages': CORPUS, '/gen': genDir });
  const plain = await launchPlainChromium();
  const plainContext = await plain.newContext({ viewport: { width: 1280, height: 800 } });
  const gloss = await launchChromium();
  for (const context of [plainContext, gloss.context]) {
    await keepOffline(context, server.origin);
    await context.addInitScript(WATCH_LONG_TASKS);
  }
  const rows: Row[] = [];
  let restarts: Restarts = { stopped: [], running: [] };
  try {
    const paths = [
      ...pages.map((p) => `/pages/${encodeURIComponent(p)}`),
      '/gen/generated.html',
      ...huge.map((_, i) => `/gen/huge-${i}.html`),
    ];
    for (const path of paths) {
      const url = server.url(path);
      const isHuge = path.includes('/huge-');
      const withGloss = await gloss.context.newPage();
      await goto(withGloss, url);
      const report = await waitForCompleteReport(gloss.worker, withGloss, isHuge ? 180_000 : 60_000);
      await withGloss.waitForTimeout(isHuge ? 1000 : 0);
      const timing = await withGloss.evaluate(pageTiming);
      const heapWith = isHuge ? 0 : await heapUsed(gloss.context, withGloss);
      await withGloss.close();
      const bare = await plainContext.newPage();
      await goto(bare, url);
      await bare.waitForTimeout(isHuge ? 1000 : 300);
      const bareTiming = await bare.evaluate(pageTiming);
      const heapWithout = isHuge ? 0 : await heapUsed(plainContext, bare);
      const { walkMs, chars } = await bare.evaluate(bareWalk);
      let mark = { ms: Number.NaN, done: true };
      if (!isHuge) {
        await bare.addScriptTag({ content: markSource });
        const cap = !quick
          ? Number.POSITIVE_INFINITY
          : path.includes('generated')
            ? QUICK_MARK_CAP_MS
            : QUICK_REAL_MARK_CAP_MS;
        mark = await bare.evaluate(markAll, [keywords, cap] as const);
      }
      await bare.close();
      const name = isHuge ? huge[Number(path.match(/huge-(\d+)/)![1])]!.name : path.split('/').pop()!;
      const row: Row = {
        page: name,
        textKb: Math.round((chars * 2) / 1024),
        mentions: report?.total ?? 0,
        glossMs: report?.scanMs ?? Number.NaN,
        longestSliceMs: report?.longestSliceMs ?? Number.NaN,
        heapKb: Math.round((heapWith - heapWithout) / 1024),
        walkMs,
        markMs: mark.ms,
        markDone: mark.done,
        sliceP95Ms: report?.sliceP95Ms ?? Number.NaN,
        fcpToFirstMs: (report?.firstHighlightAt ?? Number.NaN) - timing.fcp,
        dclToFirstMs: (report?.firstHighlightAt ?? Number.NaN) - timing.dcl,
        dclToLastMs: (report?.completeAt ?? Number.NaN) - timing.dcl,
        turnAfterDclBareMs: bareTiming.turnAfterDcl,
        longTaskMs: timing.longestTask,
        longTaskBareMs: bareTiming.longestTask,
        longFrameMs: timing.longestFrame,
        longFrameBareMs: bareTiming.longestFrame,
        whileParsed: report?.whileParsed ?? null,
      };
      rows.push(row);
      process.stderr.write(`${row.page}: ${JSON.stringify(row)}\n`);
    }
    // Corpus pages that name an entity in full (the first pages, above, may name none).
    const naming = corpusPages
      .filter((f) => names.some((n) => readFileSync(join(CORPUS, f), 'utf8').includes(n)))
      .slice(0, RESTART_PAGES);
    restarts = await firstHighlightWithBackgroundStopped(
      gloss,
      naming.map((p) => server.url(`/pages/${encodeURIComponent(p)}`)),
    );
  } finally {
    await gloss.close();
    await plain.close();
    await server.close();
    await rm(genDir, { recursive: true, force: true });
  }
  printTable(rows, restarts);
}

/** Navigation → first highlight (ms) of pages loaded with the background stopped first, and with it running. */
interface Restarts {
  stopped: number[];
  running: number[];
}

/**
 * Loads each page twice more: once with the background stopped just before (the browser stops an
 * idle one, so a reader who opens a page after half a minute's reading meets this), and once
 * with it running; returns navigation → first highlight for each (where a page's first name
 * stands in its HTML sets much of that; the difference is what the stop costs).
 */
async function firstHighlightWithBackgroundStopped(
  gloss: ChromiumSession,
  urls: string[],
): Promise<Restarts> {
  const restarts: Restarts = { stopped: [], running: [] };
  const control = await gloss.context.newPage();
  for (const url of urls) {
    for (const stopped of [true, false]) {
      const restarted = stopped ? (await stopServiceWorker(gloss, control)).restarted : null;
      const page = await gloss.context.newPage();
      await goto(page, url);
      await restarted;
      const report = await waitForCompleteReport(gloss.worker, page, 60_000);
      (stopped ? restarts.stopped : restarts.running).push(report?.firstHighlightAt ?? Number.NaN);
      await page.close();
    }
  }
  await control.close();
  return restarts;
}

async function goto(page: Page, url: string) {
  await page
    .goto(url, { waitUntil: 'load', timeout: 30_000 })
    .catch(() => page.waitForLoadState('domcontentloaded'));
}

async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** Runs in the page: its first contentful paint, DOMContentLoaded, first turn after it, longest task and frame (ms). */
function pageTiming(): {
  fcp: number;
  dcl: number;
  turnAfterDcl: number;
  longestTask: number;
  longestFrame: number;
} {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const probe = window as unknown as {
    __longTasks?: number[];
    __longFrames?: number[];
    __turnAfterDcl?: number;
  };
  return {
    fcp,
    dcl: nav?.domContentLoadedEventStart ?? Number.NaN,
    turnAfterDcl: probe.__turnAfterDcl ?? Number.NaN,
    longestTask: Math.max(0, ...(probe.__longTasks ?? [])),
    longestFrame: Math.max(0, ...(probe.__longFrames ?? [])),
  };
}

/** Runs in the page: reads every text node once (the floor), timed. */
function bareWalk(): { walkMs: number; chars: number } {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return { walkMs: performance.now() - start, chars };
}

/**
 * Runs in the page: mark.js highlighting every alias, timed (it rewrites the DOM, as it does). The
 * aliases go to it one at a time, longest first (the order it sorts them in itself), so it can
 * stop once it has run `capMs`; `done` says whether it marked them all.
 */
function markAll([keywords, capMs]: readonly [string[], number]): Promise<{ ms: number; done: boolean }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string, o: object): void } })
      .Mark;
    const marker = new Mark(document.body);
    const sorted = [...keywords].sort((a, b) => b.length - a.length);
    let next = 0;
    const markNext = () => {
      const ms = performance.now() - start;
      if (next >= sorted.length || ms > capMs) return resolve({ ms, done: next >= sorted.length });
      marker.mark(sorted[next++]!, {
        separateWordSearch: false,
        accuracy: 'exactly',
        exclude: ['script', 'style', 'textarea', 'input', 'code', 'pre'],
        done: markNext,
      });
    };
    markNext();
  });
}

function quantile(values: number[], q: number): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

function printTable(rows: Row[], restarts: Restarts) {
  const hugeNames = new Set(huge.map((h) => h.name));
  const real = rows.filter((r) => r.page !== 'generated.html' && !hugeNames.has(r.page));
  const gen = rows.find((r) => r.page === 'generated.html');
  const pathological = rows.filter((r) => hugeNames.has(r.page));
  const f = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : Math.round(n).toString()) : '—');
  console.log(`Chromium, ${real.length} real pages and a generated page; times in ms, heap in KB.`);
  console.log('');
  console.log('| pages | measure | Gloss | bare walk | mark.js | Gloss ÷ walk | mark.js ÷ Gloss |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [label, q] of [
    ['median', 0.5],
    ['p95', 0.95],
  ] as const) {
    const [g, w, m] = (['glossMs', 'walkMs', 'markMs'] as const).map((k) =>
      quantile(
        real.map((r) => r[k]),
        q,
      ),
    ) as [number, number, number];
    // A page whose mark.js stopped at its cap gives a lower bound, and so does any quantile over it.
    const atLeast = real.some((r) => !r.markDone) ? '≥ ' : '';
    console.log(
      `| real | ${label} time to last highlight | ${f(g)} | ${f(w)} | ${atLeast}${f(m)} | ${f(g / w)}× | ${atLeast}${f(m / g)}× |`,
    );
  }
  console.log(
    `| real | longest Gloss slice, median / p95 / max | ${f(
      quantile(
        real.map((r) => r.longestSliceMs),
        0.5,
      ),
    )} / ${f(
      quantile(
        real.map((r) => r.longestSliceMs),
        0.95,
      ),
    )} / ${f(Math.max(...real.map((r) => r.longestSliceMs).filter(Number.isFinite)))} | | | | |`,
  );
  console.log(
    `| real | JS heap added, median / p95 | ${f(
      quantile(
        real.map((r) => r.heapKb),
        0.5,
      ),
    )} / ${f(
      quantile(
        real.map((r) => r.heapKb),
        0.95,
      ),
    )} KB | | | | |`,
  );
  if (restarts.stopped.length > 0) {
    const spread = (values: number[]) =>
      `${f(quantile(values, 0.5))} / ${f(Math.max(...values.filter(Number.isFinite)))}`;
    const cost = restarts.stopped.map((ms, i) => ms - restarts.running[i]!);
    console.log(
      `| real (${restarts.stopped.length} naming an entity) | first highlight after navigation, median / max: background stopped just before the load (as the browser stops an idle one); running; what the stop costs a page (median / max of the differences) | ${spread(restarts.stopped)}; ${spread(restarts.running)}; ${spread(cost)} | | | | |`,
    );
  }
  if (gen) {
    // mark.js stopped at its cap (a quick run): its time, and the ratios to it, are lower bounds.
    const atLeast = gen.markDone ? '' : '≥ ';
    console.log(
      `| generated ${gen.textKb} KB, ${gen.mentions} mentions | time to last highlight | ${f(gen.glossMs)} | ${f(gen.walkMs)} | ${atLeast}${f(gen.markMs)} | ${f(gen.glossMs / gen.walkMs)}× | ${atLeast}${f(gen.markMs / gen.glossMs)}× |`,
    );
    console.log(
      `| generated | first contentful paint → first highlight / DOMContentLoaded → last highlight | ${f(gen.fcpToFirstMs)} / ${f(gen.dclToLastMs)} | ${f(gen.walkMs)} (walk) | ${atLeast}${f(gen.markMs)} (mark.js) | | ${atLeast}${f(gen.markMs / gen.dclToLastMs)}× |`,
    );
    console.log(
      `| generated | DOMContentLoaded → first turn a script gets on the bare page (the browser's own work) / Gloss's last highlight after such a turn (DOMContentLoaded → last highlight less the bare page's turn, another load of the page) | ${f(gen.turnAfterDclBareMs)} / ${f(gen.dclToLastMs - gen.turnAfterDclBareMs)} | | | | |`,
    );
    console.log(
      `| generated | Gloss slice p95 / longest; page's longest task with / without Gloss; longest frame (task, layout and paint) with / without | ${f(gen.sliceP95Ms)} / ${f(gen.longestSliceMs)}; ${f(gen.longTaskMs)} / ${f(gen.longTaskBareMs)}; ${f(gen.longFrameMs)} / ${f(gen.longFrameBareMs)} | | | | |`,
    );
    const parsed = gen.whileParsed;
    console.log(
      `| generated | before DOMContentLoaded: Gloss's slices, their time, mentions resolved (of all) | ${parsed ? `${parsed.slices}, ${f(parsed.ms)} ms, ${parsed.resolved} (${f((100 * parsed.resolved) / gen.mentions)} %)` : '–'} | | | | |`,
    );
    console.log(`| generated | JS heap added | ${f(gen.heapKb)} KB | | | | |`);
  }
  console.log('');
  console.log(
    "| pathological page | DOMContentLoaded → first highlight | → last highlight | bare page: DOMContentLoaded → first turn | Gloss slice p95 / longest | page's longest task with / without Gloss | longest frame (task, layout and paint) with / without | bare walk |",
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of pathological) {
    console.log(
      `| ${r.page} (${r.textKb} KB of text) | ${f(r.dclToFirstMs)} | ${f(r.dclToLastMs)} | ${f(r.turnAfterDclBareMs)} | ${f(r.sliceP95Ms)} / ${f(r.longestSliceMs)} | ${f(r.longTaskMs)} / ${f(r.longTaskBareMs)} | ${f(r.longFrameMs)} / ${f(r.longFrameBareMs)} | ${f(r.walkMs)} |`,
    );
  }
  console.log('');
  console.log(
    "Gloss's time runs from its content script's start to its first complete paint and includes the idle gaps it leaves the page; the walk and mark.js run in one blocking call.",
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
