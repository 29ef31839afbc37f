// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GlossPage } from '../../src/page/gloss-page';
import { HighlightPainter } from '../../src/page/highlight-painter';
import type { PageMentions } from '../../src/page/page-resolution';
import { bundledMatcher } from '../core/match/bundled-matcher';

beforeAll(() => {
  // happy-dom has no Highlight API: a set of ranges is all the painter needs.
  (globalThis as { Highlight?: unknown }).Highlight ??= class extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  };
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Scans the document with Gloss until its first scan is complete; what it reported then, and each paint. */
async function scan(watch: (painter: HighlightPainter) => void = () => {}): Promise<{
  page: GlossPage;
  paints: PageMentions[];
  registry: Map<string, Highlight>;
}> {
  const registry = new Map<string, Highlight>();
  const painter = new HighlightPainter(registry as unknown as HighlightRegistry, 'background');
  watch(painter);
  const paints: PageMentions[] = [];
  const controller = new AbortController();
  const page = new GlossPage(document, bundledMatcher, painter, (m) => paints.push(m), controller.signal);
  page.rescanAll();
  const until = Date.now() + 60_000;
  while (!page.report().complete && Date.now() < until) await new Promise((done) => setTimeout(done, 5));
  controller.abort();
  return { page, paints, registry };
}

describe('GlossPage', () => {
  it('completes its first scan with the counts of every mention, after paints that ran out of time', async () => {
    // More mentions than the painted window holds: its paints run out of time in their slices.
    document.body.innerHTML = `${'<p>Keir Starmer spoke, and Keir Starmer left.</p>'.repeat(1800)}<p>Emmanuel Macron replied.</p>`;
    const { page, paints, registry } = await scan();
    const report = page.report();
    expect(report.complete).toBe(true);
    expect(report.counts).toEqual({ 'keir-starmer': 3600, 'emmanuel-macron': 1 });
    expect(report.total).toBe(3601);
    expect(report.painted).toBe(3000);
    // Begun on a parsed document: nothing was done while it was parsed.
    expect(report.whileParsed).toBeNull();
    expect(registry.get('gloss-mention')?.size).toBe(3000);
    // The last paint reported is of all the scan found.
    expect(paints.at(-1)?.total).toBe(3601);
  }, 90_000);

  it('paints the first highlights of a scan whole, however little of its slice is left', async () => {
    // Six mentions a paragraph: the opening's first paint has more ranges to make than a paint
    // makes between two looks at the clock, and every paint here finds its time already gone.
    document.body.innerHTML =
      '<p>Keir Starmer, Emmanuel Macron, Keir Starmer, Emmanuel Macron, Keir Starmer and Emmanuel Macron.</p>'.repeat(
        80,
      );
    // A clock that moves a little at every look (and by a second at every paint), so what the
    // first slice gets done does not hang on how fast this machine is at the moment.
    let clock = performance.now();
    let late = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => {
      clock += 0.002;
      return clock + late;
    });
    const calls: { mentions: number; behind: boolean; marked: number }[] = [];
    const { page, paints } = await scan((painter) => {
      const paint = painter.paint.bind(painter);
      painter.paint = (found, near, hasTime, atLeast) => {
        late += 1000;
        const changed = paint(found, near, hasTime, atLeast);
        calls.push({ mentions: found.length, behind: painter.behind, marked: painter.marked.length });
        return changed;
      };
    });
    // At least one look at the clock in it (one every 50 new ranges).
    expect(calls[0]!.mentions).toBeGreaterThanOrEqual(50);
    // Painted at once: all of them, or the first 300 (the opening's least) of more.
    const first = calls[0]!.mentions;
    expect(calls[0]).toEqual({ mentions: first, behind: false, marked: Math.min(first, 300) });
    expect(page.report().firstHighlightAt).not.toBeNull();
    // Later paints are cut by the clock, and the scan still completes with every mention,
    // its last paint one of all it found and not behind.
    expect(calls.some((call) => call.behind)).toBe(true);
    expect(page.report()).toMatchObject({ complete: true, total: 480, painted: 480 });
    expect(paints.at(-1)?.total).toBe(480);
    expect(calls.at(-1)).toEqual({ mentions: 480, behind: false, marked: 480 });
  }, 90_000);
});
