import type { BrowserContext, Page } from 'playwright-core';

/** One event of Chromium's trace (the fields read here). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** A task on the page's main thread: when it began (ms from the first task), how long, and what filled it (ms). */
export interface MainTask {
  at: number;
  ms: number;
  parts: Map<string, number>;
}

/** One run of Gloss's script on the main thread (ms from the first task, ms long, ms of collections in it). */
export interface GlossRun {
  name: string;
  /** The script's address. */
  url: string;
  at: number;
  ms: number;
  gcMs: number;
}

/** A collection's events, outermost ones: a major or minor collection, or a step of incremental marking. */
const COLLECTION = /^(MajorGC|MinorGC|V8\.GCIncrementalMarking|V8\.GCIncrementalMarkingStart)$/;

/** What a task's time went to, by the trace events inside it. */
const PARTS: [string, RegExp][] = [
  ['parse', /^ParseHTML$/],
  ['style', /^UpdateLayoutTree$/],
  ['layout', /^Layout$/],
  ['prepaint', /^PrePaint$/],
  ['paint', /^Paint$/],
  ['gc', /^(MajorGC|MinorGC)$/],
];

/** Categories that give the tasks, their parts and the scripts run in them. */
const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,loading';

/**
 * Runs `during` under Chromium's tracing of `page`; returns the trace's events and what `during`
 * gave. The page must load a document while traced (its `ParseHTML` events name the main thread).
 */
export async function traceMainThread<T>(
  context: BrowserContext,
  page: Page,
  during: () => Promise<T>,
): Promise<{ events: TraceEvent[]; result: T }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    const result = await during();
    return { events, result };
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
}

/**
 * The main thread's tasks in order, each split into its parts. "Gloss script" is a call into an
 * extension's script, or the run of one (its content script starting in a document), with what
 * is nested in it; a collection inside it counts in both.
 */
export function mainThreadTasks(events: TraceEvent[]): {
  tasks: MainTask[];
  marks: { name: string; at: number }[];
  /**
   * Each run of Gloss's script (ms): one call into it, or its content script starting in a
   * document; `gcMs` of it went to collections of the page's heap that landed in it.
   */
  glossRuns: GlossRun[];
} {
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) throw new Error('no ParseHTML event: the page did not load in the traced tab');
  const main = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined)
    // An event before the ones it holds, when they begin together.
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Top-level tasks: the scheduler's, or the plain ones where the build names them so.
  const named = main.some((e) => e.name === 'ThreadControllerImpl::RunTask')
    ? 'ThreadControllerImpl::RunTask'
    : 'RunTask';
  const top = main.filter((e) => e.name === named);
  const t0 = top[0]?.ts ?? parse.ts;
  const tasks: MainTask[] = [];
  const glossRuns: GlossRun[] = [];
  let k = 0;
  for (const task of top) {
    const end = task.ts + task.dur!;
    const parts = new Map<string, number>();
    while (k < main.length && main[k]!.ts < task.ts) k++;
    let scriptEnd = 0;
    let collectionEnd = 0;
    for (let j = k; j < main.length && main[j]!.ts < end; j++) {
      const e = main[j]!;
      const gloss =
        (e.name === 'FunctionCall' || e.name === 'EvaluateScript') &&
        e.ts >= scriptEnd &&
        String(e.args?.data?.url ?? '').startsWith('chrome-extension:');
      if (gloss) {
        scriptEnd = e.ts + e.dur!;
        glossRuns.push({
          name: e.name,
          url: String(e.args?.data?.url),
          at: (e.ts - t0) / 1000,
          ms: e.dur! / 1000,
          gcMs: 0,
        });
      } else if (e.ts < scriptEnd && e.ts >= collectionEnd && COLLECTION.test(e.name)) {
        collectionEnd = e.ts + e.dur!;
        glossRuns.at(-1)!.gcMs += e.dur! / 1000;
      }
      const key = gloss ? 'Gloss script' : PARTS.find(([, re]) => re.test(e.name))?.[0];
      if (key) parts.set(key, (parts.get(key) ?? 0) + e.dur! / 1000);
    }
    tasks.push({ at: (task.ts - t0) / 1000, ms: task.dur! / 1000, parts });
  }
  const marks = events
    .filter((e) => e.pid === parse.pid && /^(firstContentfulPaint|MarkDOMContent|MarkLoad)$/.test(e.name))
    .map((e) => ({ name: e.name, at: (e.ts - t0) / 1000 }));
  return { tasks, marks, glossRuns };
}
