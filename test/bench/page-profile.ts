/**
 * `npm run profile:page -- <page>`: opens one page in Chromium with Gloss under the CPU profiler
 * and prints Gloss's report (p95 and longest slice) and the functions of the content script with
 * the most self time, to find which step of the work grows with the page. `<page>` is
 * `generated` (the 3 MB page of bench:page), `huge:<n>` (the n-th pathological page of the quick
 * set), `frames:<count>` (that many empty frames) or a file name in the corpus.
 */
import { waitForCompleteReport } from '../e2e/harness/page-report';
import { openTarget } from './target-page';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main() {
  const target = process.argv[2] ?? 'generated';
  const { gloss, page, go, close } = await openTarget(target);
  try {
    const cdp = await gloss.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await go();
    const report = await waitForCompleteReport(gloss.worker, page, 180_000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    console.log(JSON.stringify({ ...report, counts: undefined }));
    const self = new Map<number, number>();
    for (const [k, id] of profile.samples.entries())
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0));
    const byName = new Map<string, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const key = url.includes('chrome-extension')
        ? `${functionName || '(anon)'} :${lineNumber}`
        : `[page] ${functionName || url.split('/').pop() || '(native)'}`;
      byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
    }
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30);
    for (const [name, us] of top) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
    console.log('');
    longestSlice(profile);
  } finally {
    await close();
  }
}

/**
 * The longest run of samples inside the content script's slice function (`work`), and the
 * functions with the most self time in it: what makes the longest slice long.
 */
function longestSlice(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const inWork = new Map<number, boolean>();
  const isWork = (id: number): boolean => {
    let known = inWork.get(id);
    if (known === undefined) {
      const node = byId.get(id)!;
      const up = parent.get(id);
      known = node.callFrame.functionName === 'work' || (up !== undefined && isWork(up));
      inWork.set(id, known);
    }
    return known;
  };
  let best: { from: number; to: number; us: number } = { from: 0, to: 0, us: 0 };
  let run: { from: number; us: number } | null = null;
  for (let k = 0; k <= profile.samples.length; k++) {
    const working = k < profile.samples.length && isWork(profile.samples[k]!);
    if (working) {
      run ??= { from: k, us: 0 };
      run.us += profile.timeDeltas[k] ?? 0;
    } else if (run) {
      if (run.us > best.us) best = { from: run.from, to: k, us: run.us };
      run = null;
    }
  }
  const self = new Map<string, number>();
  for (let k = best.from; k < best.to; k++) {
    const frame = byId.get(profile.samples[k]!)!.callFrame;
    const key = `${frame.functionName || '(anon)'} :${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0));
  }
  console.log(`longest run inside work(): ${(best.us / 1000).toFixed(1)} ms`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
