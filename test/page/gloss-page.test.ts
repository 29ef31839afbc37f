// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
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

/** Scans the document with Gloss until its first scan is complete; what it reported then, and each paint. */
async function scan(): Promise<{
  page: GlossPage;
  paints: PageMentions[];
  registry: Map<string, Highlight>;
}> {
  const registry = new Map<string, Highlight>();
  const painter = new HighlightPainter(registry as unknown as HighlightRegistry, 'background');
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
    expect(registry.get('gloss-mention')?.size).toBe(3000);
    // The last paint reported is of all the scan found.
    expect(paints.at(-1)?.total).toBe(3601);
  }, 90_000);
});
