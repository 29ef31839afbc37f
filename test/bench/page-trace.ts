/**
 * `npm run trace:page -- <page>`: opens one page in Chromium with Gloss under the browser's own
 * tracing and prints the page's main thread from navigation to Gloss's first complete scan: the
 * first contentful paint and DOMContentLoaded, then every task longer than `--min` ms (15 by
 * default) with what filled it (parsing, style and layout, paint, Gloss's script, garbage
 * collection; a collection inside Gloss's script is counted in both), and the top frame's start of
 * the content script, split into compiling and running; then the time from DOMContentLoaded to the
 * complete scan, split into Gloss's script, the browser's parts and the time the thread sat idle.
 * It shows how much of "DOMContentLoaded → last highlight" is the browser's own work on the page
 * and how much is Gloss's. `<page>` as for `profile:page`.
 */
import { mainThreadTasks, type TraceEvent, traceMainThread } from '../e2e/harness/main-thread-trace';
import { waitForCompleteReport } from '../e2e/harness/page-report';
import { openTarget } from './target-page';
import { windowShares } from './trace-window';

async function main() {
  const target = process.argv[2] ?? 'generated';
  const minIndex = process.argv.indexOf('--min');
  const minMs = minIndex > 0 ? Number(process.argv[minIndex + 1]) : 15;
  const { gloss, page, go, close } = await openTarget(target);
  try {
    const { events, result: report } = await traceMainThread(gloss.context, page, async () => {
      await go();
      return waitForCompleteReport(gloss.worker, page, 180_000);
    });
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        dcl: nav.domContentLoadedEventStart,
      };
    });
    const ms = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(0));
    console.log(
      `first contentful paint ${ms(marks.fcp)} ms, DOMContentLoaded ${ms(marks.dcl)} ms, first highlight ${ms(report?.firstHighlightAt)} ms, scan complete ${ms(report?.completeAt)} ms (page clock)`,
    );
    const parsed = report?.whileParsed;
    if (parsed)
      console.log(
        `before DOMContentLoaded Gloss ran ${parsed.slices} slices (${parsed.ms.toFixed(0)} ms) and resolved ${parsed.resolved} of ${report!.total} mentions`,
      );
    printTasks(events, minMs);
    if (report?.completeAt !== null && report?.completeAt !== undefined)
      printAfterDcl(events, report.completeAt - marks.dcl);
    printContentStart(events);
  } finally {
    await close();
  }
}

/** The main thread's long tasks (times from its first task), with their parts and Gloss's share. */
function printTasks(events: Parameters<typeof mainThreadTasks>[0], minMs: number): void {
  const { tasks, marks } = mainThreadTasks(events);
  const totals = new Map<string, number>();
  console.log(`tasks over ${minMs} ms on the page's main thread (ms from its first task):`);
  for (const mark of marks) console.log(`${mark.at.toFixed(0).padStart(7)}  ${mark.name}`);
  for (const task of tasks) {
    for (const [key, value] of task.parts) totals.set(key, (totals.get(key) ?? 0) + value);
    if (task.ms < minMs) continue;
    const what = [...task.parts]
      .sort((a, b) => b[1] - a[1])
      .map(([key, value]) => `${key} ${value.toFixed(0)}`)
      .join(', ');
    console.log(`${task.at.toFixed(0).padStart(7)}  ${task.ms.toFixed(0).padStart(5)} ms  ${what}`);
  }
  console.log(
    `all tasks: ${[...totals]
      .sort((a, b) => b[1] - a[1])
      .map(([key, value]) => `${key} ${value.toFixed(0)} ms`)
      .join(', ')}`,
  );
}

/**
 * What the main thread did from DOMContentLoaded to Gloss's complete scan (`span` ms after it on
 * the page's clock): Gloss's script, the browser's own parts, and the time it sat idle.
 */
function printAfterDcl(events: TraceEvent[], span: number): void {
  const { tasks, marks } = mainThreadTasks(events);
  const dcl = marks.find((m) => m.name === 'MarkDOMContent');
  if (!dcl) return;
  const { ms, parts, idle } = windowShares(tasks, dcl.at, dcl.at + span);
  const shares = [...parts, ['idle', idle] as const]
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => `${key} ${value.toFixed(0)}`)
    .join(', ');
  console.log(`DOMContentLoaded → scan complete, ${ms.toFixed(0)} ms: ${shares}`);
}

/** The content script's start in the top frame: its evaluation, with the compiling and running in it. */
function printContentStart(events: TraceEvent[]): void {
  const start = events.find(
    (e) =>
      e.name === 'EvaluateScript' &&
      /^chrome-extension:.*\/content\.js$/.test(String(e.args?.data?.url ?? '')),
  );
  if (!start?.dur) return void console.log('the content script did not start in the traced tab');
  const inside = (name: string) =>
    events
      .filter(
        (e) =>
          e.name === name &&
          e.pid === start.pid &&
          e.tid === start.tid &&
          e.ts >= start.ts &&
          e.ts < start.ts + start.dur!,
      )
      .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  console.log(
    `content script start: ${(start.dur / 1000).toFixed(1)} ms (compiling ${inside('v8.compile').toFixed(1)}, running ${inside('v8.run').toFixed(1)}, its first slice included)`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
