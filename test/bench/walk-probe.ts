/**
 * `npm run probe:walk`: what a walk of a huge page costs a content script, apart from Gloss's
 * own work. In Chromium, on the pathological pages of `bench:page --quick` (20k paragraphs, 200k
 * list items), it walks every element and text node with a plain `TreeWalker`, keeping each text
 * node (as Gloss's buffers must, to make ranges later), and prints:
 * - the walk in the page's own world against the same walk in an isolated world (where content
 *   scripts run, and each node's wrapper is looked up in a map of that world's), first and
 *   second time (the first walk's nodes still kept);
 * - the same isolated-world walk in 8 ms slices run back to back (message-channel tasks, as
 *   Gloss's first scan runs) against slices that wait for idle time: the time inside the slices,
 *   the slices over 10 ms and the longest, and the wall time. Collections of the kept wrappers
 *   run inside back-to-back slices; given idle time, the browser runs many of them there;
 * - back-to-back slices that read the time every 25 nodes, and slices that keep only the text
 *   (no node): whether a slice's overrun is the walk's steady cost or single pauses, and what a
 *   walk costs when the wrappers of text without a mention are let go;
 * - where the pauses fall: a walk keeping every node it visits, timed per 100 nodes, in either
 *   world, listing each chunk over 10 ms with the count of nodes visited by its end. In the
 *   isolated world the longest fall at 32,768, 65,536, 131,072 and 262,144 nodes, each power of
 *   two longer than the last; the page's own world has no such pauses (it keeps a node's wrapper
 *   in the node, the other worlds in a table of their own, which grows by doubling).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchPlainChromium } from '../e2e/harness/launch-chromium';
import { servePages } from '../e2e/harness/serve-pages';
import { listPage, paragraphsPage } from './huge-pages';

interface WalkResult {
  ms: number;
  longestChunkMs: number;
  nodes: number;
}

interface SliceResult {
  wallMs: number;
  workMs: number;
  slices: number;
  over10: number;
  longestMs: number;
}

/** Walks the body once in chunks of 400 nodes, keeping the text nodes; runs in either world. */
function walkKeeping(): WalkResult {
  const kept: Node[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let longest = 0;
  let total = 0;
  let node: Node | null = walker.nextNode();
  const start = performance.now();
  while (node) {
    const chunk = performance.now();
    for (let i = 0; i < 400 && node; i++, node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) kept.push(node);
      total++;
    }
    longest = Math.max(longest, performance.now() - chunk);
  }
  (globalThis as { __kept?: Node[][] }).__kept = [
    ...((globalThis as { __kept?: Node[][] }).__kept ?? []),
    kept,
  ];
  return { ms: performance.now() - start, longestChunkMs: longest, nodes: total };
}

/**
 * Walks the body in 8 ms slices, scheduled back to back (`mode` "tasks") or in idle time ("idle"),
 * keeping each text node and reading the time every 400 nodes; back to back reading it every 25
 * ("fine"); or back to back keeping only the text ("text"), as a walk would that kept no node of
 * a block without a mention.
 */
function walkInSlices(mode: string): Promise<SliceResult> {
  return new Promise((resolve) => {
    const lengths: number[] = [];
    const kept: { text: string; nodes: Node[] }[] = [];
    const byNode = new Map<Node, { text: string; nodes: Node[] }>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    const channel = new MessageChannel();
    const began = performance.now();
    const next = () => (mode === 'idle' ? requestIdleCallback(slice) : channel.port2.postMessage(null));
    channel.port1.onmessage = () => slice();
    function slice() {
      const start = performance.now();
      let more = false;
      for (let i = 1, node = walker.nextNode(); node; i++, node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const buffer = { text: (node as Text).data, nodes: mode === 'text' ? [] : [node] };
          kept.push(buffer);
          if (mode !== 'text') byNode.set(node, buffer);
        }
        if (i % (mode === 'fine' ? 25 : 400) === 0 && performance.now() - start >= 8) {
          more = true;
          break;
        }
      }
      lengths.push(performance.now() - start);
      if (more) return next();
      (globalThis as { __slices?: unknown }).__slices = [kept, byNode];
      resolve({
        wallMs: performance.now() - began,
        workMs: lengths.reduce((a, b) => a + b, 0),
        slices: lengths.length,
        over10: lengths.filter((l) => l > 10).length,
        longestMs: Math.max(...lengths),
      });
    }
    next();
  });
}

/** Walks the body keeping every node it visits; each 100-node chunk over 10 ms as [nodes visited, ms]. */
function walkPauses(): [number, number][] {
  const kept: Node[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const pauses: [number, number][] = [];
  let node: Node | null = walker.nextNode();
  while (node) {
    const start = performance.now();
    for (let i = 0; i < 100 && node; i++, node = walker.nextNode()) kept.push(node);
    const ms = performance.now() - start;
    if (ms > 10) pauses.push([kept.length, ms]);
  }
  (globalThis as { __pauses?: unknown }).__pauses = kept;
  return pauses;
}

/** Runs `fn(arg)` in a new isolated world of the page's main frame. */
async function inIsolatedWorld<T>(
  cdp: CDPSession,
  fn: (arg: string) => T | Promise<T>,
  arg = '',
): Promise<T> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: `probe-${Math.random()}`,
  });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
    contextId: executionContextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`the probe failed in the isolated world: ${exceptionDetails.text}`);
  return result.value as T;
}

/** How each mode of `walkInSlices` is named in the table. */
const MODES: Record<string, string> = {
  tasks: 'back to back',
  idle: 'in idle time',
  text: 'back to back, keeping only the text',
  fine: 'back to back, time read every 25 nodes',
};

const f = (x: number) => x.toFixed(x < 10 ? 1 : 0);

async function main() {
  const pages = [paragraphsPage(20_000), listPage(200_000)];
  const dir = await mkdtemp(join(tmpdir(), 'gloss-walk-probe-'));
  for (const [i, p] of pages.entries()) await writeFile(join(dir, `p${i}.html`), p.html);
  const server = await servePages({ '/probe': dir });
  const browser = await launchPlainChromium();
  const open = async (i: number): Promise<{ page: Page; cdp: CDPSession }> => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url(`/probe/p${i}.html`));
    await page.waitForTimeout(300);
    return { page, cdp: await page.context().newCDPSession(page) };
  };
  try {
    console.log(
      '| page | walk keeping text nodes | page world, first / second (with the first walk kept) | isolated world, first / second | isolated ÷ page, first |',
    );
    console.log('|---|---|---|---|---|');
    const sliceRows: string[] = [];
    const pauseRows: string[] = [];
    for (const [i, p] of pages.entries()) {
      const main = await open(i);
      const m1 = await main.page.evaluate(walkKeeping);
      const m2 = await main.page.evaluate(walkKeeping);
      await main.page.close();
      const iso = await open(i);
      const i1 = await inIsolatedWorld(iso.cdp, walkKeeping);
      const i2 = await inIsolatedWorld(iso.cdp, walkKeeping);
      await iso.page.close();
      console.log(
        `| ${p.name} | ${m1.nodes} nodes, ms (longest 400-node chunk) | ${f(m1.ms)} (${f(m1.longestChunkMs)}) / ${f(m2.ms)} | ${f(i1.ms)} (${f(i1.longestChunkMs)}) / ${f(i2.ms)} | ${f(i1.ms / m1.ms)}× |`,
      );
      for (const world of ['page', 'isolated']) {
        const run = await open(i);
        const pauses =
          world === 'page' ? await run.page.evaluate(walkPauses) : await inIsolatedWorld(run.cdp, walkPauses);
        await run.page.close();
        const list = pauses.map(([n, ms]) => `${n.toLocaleString('en')}: ${f(ms)}`).join(', ') || 'none';
        pauseRows.push(`| ${p.name} | ${world === 'page' ? "the page's own" : 'isolated'} | ${list} |`);
      }
      for (const mode of ['tasks', 'idle', 'fine', 'text']) {
        const run = await open(i);
        const s = await inIsolatedWorld(run.cdp, walkInSlices, mode);
        await run.page.close();
        sliceRows.push(
          `| ${p.name} | ${MODES[mode]} | ${f(s.workMs)} | ${s.slices} | ${s.over10} | ${f(s.longestMs)} | ${f(s.wallMs)} |`,
        );
      }
    }
    console.log('');
    console.log(
      '| page | 8 ms slices, isolated world | ms inside slices | slices | over 10 ms | longest | wall ms |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const row of sliceRows) console.log(row);
    console.log('');
    console.log(
      '| page | world | 100-node chunks over 10 ms of a walk keeping every node (nodes visited by its end: ms) |',
    );
    console.log('|---|---|---|');
    for (const row of pauseRows) console.log(row);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
