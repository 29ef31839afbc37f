/**
 * `npm run trace:page -- <page>`: opens one page in Chromium with Gloss under the browser's own
 * tracing and prints the page's main thread from navigation to Gloss's first complete scan: the
 * first contentful paint and DOMContentLoaded, then every task longer than `--min` ms (15 by
 * default) with what filled it (parsing, style and layout, paint, Gloss's script, garbage
 * collection; a collection inside Gloss's script is counted in both). It shows how much of "DOMContentLoaded → last highlight" is the browser's own work
 * on the page and how much is Gloss's. `<page>` as for `profile:page`.
 */
import { waitForCompleteReport } from '../e2e/harness/page-report';
import { openTarget } from './target-page';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** What a task's time went to, by the trace events inside it. */
const PARTS: [string, RegExp][] = [
  ['parse', /^ParseHTML$/],
  ['style', /^UpdateLayoutTree$/],
  ['layout', /^Layout$/],
  ['prepaint', /^PrePaint$/],
  ['paint', /^Paint$/],
  ['gc', /^(MajorGC|MinorGC)$/],
];

async function main() {
  const target = process.argv[2] ?? 'generated';
  const minIndex = process.argv.indexOf('--min');
  const minMs = minIndex > 0 ? Number(process.argv[minIndex + 1]) : 15;
  const { gloss, page, go, close } = await openTarget(target);
  try {
    const cdp = await gloss.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,loading',
      transferMode: 'ReportEvents',
    });
    await go();
    const report = await waitForCompleteReport(gloss.worker, page, 180_000);
    await cdp.send('Tracing.end');
    await complete;
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        dcl: nav.domContentLoadedEventStart,
      };
    });
    const ms = (x: number | null) => (x === null ? '–' : x.toFixed(0));
    console.log(
      `first contentful paint ${ms(marks.fcp)} ms, DOMContentLoaded ${ms(marks.dcl)} ms, first highlight ${ms(report?.firstHighlightAt ?? null)} ms, scan complete ${ms(report?.completeAt ?? null)} ms (page clock)`,
    );
    printTasks(events, minMs);
  } finally {
    await close();
  }
}

/** The main thread's long tasks (times from its first task), with their parts and Gloss's share. */
function printTasks(events: TraceEvent[], minMs: number): void {
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) throw new Error('no ParseHTML event: the page did not load in the traced tab');
  const main = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  // Top-level tasks: the scheduler's, or the plain ones where the build names them so.
  const named = main.some((e) => e.name === 'ThreadControllerImpl::RunTask')
    ? 'ThreadControllerImpl::RunTask'
    : 'RunTask';
  const tasks = main.filter((e) => e.name === named);
  const t0 = tasks[0]?.ts ?? parse.ts;
  const totals = new Map<string, number>();
  console.log(`tasks over ${minMs} ms on the page's main thread (ms from its first task):`);
  for (const mark of events.filter(
    (e) => e.pid === parse.pid && /^(firstContentfulPaint|MarkDOMContent|MarkLoad)$/.test(e.name),
  ))
    console.log(`${((mark.ts - t0) / 1000).toFixed(0).padStart(7)}  ${mark.name}`);
  let k = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const parts = new Map<string, number>();
    while (k < main.length && main[k]!.ts < task.ts) k++;
    let scriptEnd = 0;
    for (let j = k; j < main.length && main[j]!.ts < end; j++) {
      const e = main[j]!;
      // Gloss's script: a call into an extension's script (the calls nested in it are counted with it).
      const gloss =
        e.name === 'FunctionCall' &&
        e.ts >= scriptEnd &&
        String(e.args?.data?.url ?? '').startsWith('chrome-extension:');
      if (gloss) scriptEnd = e.ts + e.dur!;
      const key = gloss ? 'Gloss script' : PARTS.find(([, re]) => re.test(e.name))?.[0];
      if (key) parts.set(key, (parts.get(key) ?? 0) + e.dur! / 1000);
    }
    for (const [key, value] of parts) totals.set(key, (totals.get(key) ?? 0) + value);
    if (task.dur! / 1000 < minMs) continue;
    const what = [...parts]
      .sort((a, b) => b[1] - a[1])
      .map(([key, value]) => `${key} ${value.toFixed(0)}`)
      .join(', ');
    console.log(
      `${((task.ts - t0) / 1000).toFixed(0).padStart(7)}  ${(task.dur! / 1000).toFixed(0).padStart(5)} ms  ${what}`,
    );
  }
  console.log(
    `all tasks: ${[...totals]
      .sort((a, b) => b[1] - a[1])
      .map(([key, value]) => `${key} ${value.toFixed(0)} ms`)
      .join(', ')}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
