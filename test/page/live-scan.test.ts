// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText } from '../../src/page/collect-text';
import { LiveScan } from '../../src/page/live-scan';
import { CONTEXT_BLOCKS } from '../../src/page/page-resolution';
import { bundledMatcher } from '../core/match/bundled-matcher';

let scan: LiveScan;

beforeEach(() => {
  document.body.innerHTML = `
    <article id="a"><p id="p1">Patrick Turner spoke first.</p><p id="p2">Then Turner and <em>Keir</em> Starmer.</p></article>
    <aside id="b"><p id="p3">Turner Broadcasting aired it. Vladimir Putin replied.</p></aside>`;
  scan = new LiveScan(bundledMatcher);
  refresh(document.body);
});

/** What GlossPage does for a batch: drop text that left the page, then re-collect the root. */
function refresh(root: Node) {
  scan.prune();
  scan.replaceUnder(root, collectText(root));
  scan.matchPending(() => true);
}

function seen(cap = 100) {
  const m = scan.mentions(cap);
  return {
    texts: m.found.map((p) => `${p.entityId}:${p.painted()?.range.toString()}`),
    total: m.total,
    counts: Object.fromEntries(m.counts),
  };
}

describe('LiveScan', () => {
  it('finds mentions across inline elements and applies the full-name rule in page order', () => {
    expect(seen().texts).toEqual([
      'patrick-turner:Patrick Turner',
      'patrick-turner:Turner',
      'keir-starmer:Keir Starmer',
      'vladimir-putin:Vladimir Putin',
    ]);
  });

  it('rescans only a changed root, keeping the others, and follows the change', () => {
    document.getElementById('p3')!.textContent = 'Giorgia Meloni replied.';
    refresh(document.getElementById('b')!);
    expect(seen().texts).toEqual([
      'patrick-turner:Patrick Turner',
      'patrick-turner:Turner',
      'keir-starmer:Keir Starmer',
      'giorgia-meloni:Giorgia Meloni',
    ]);
  });

  it('drops the mentions of removed text, and with them the full reference they gave', () => {
    document.getElementById('p1')!.remove();
    scan.prune();
    expect(seen().texts).toEqual(['keir-starmer:Keir Starmer', 'vladimir-putin:Vladimir Putin']);
  });

  it('does not count a moved block twice', () => {
    const p2 = document.getElementById('p2')!;
    document.getElementById('b')!.append(p2);
    refresh(document.getElementById('b')!);
    scan.prune();
    expect(seen().texts).toEqual([
      'patrick-turner:Patrick Turner',
      'vladimir-putin:Vladimir Putin',
      'patrick-turner:Turner',
      'keir-starmer:Keir Starmer',
    ]);
  });

  it('keeps one entry for a block moved into another root, rescanning that root only', () => {
    document.body.innerHTML = `<div id="x"><p>Keir Starmer</p><p id="m">Vladimir Putin</p></div>
      <div id="y"><p>Giorgia Meloni</p></div><div id="z"><p>Zelenskyy</p></div>`;
    scan = new LiveScan(bundledMatcher);
    refresh(document.body);
    document.getElementById('z')!.prepend(document.getElementById('m')!);
    refresh(document.getElementById('z')!);
    const fromScratch = new LiveScan(bundledMatcher);
    fromScratch.replaceUnder(document.body, collectText(document.body));
    fromScratch.matchPending(() => true);
    expect(seen().counts).toEqual(Object.fromEntries(fromScratch.mentions(100).counts));
    expect(scan.size).toBe(4);
  });

  it('makes new ranges when text shifts between the nodes of a block', () => {
    document.body.innerHTML = '<p id="s">Keir St<em>armer</em> spoke</p>';
    scan = new LiveScan(bundledMatcher);
    refresh(document.body);
    const p = document.getElementById('s')!;
    (p.firstChild as Text).data = 'Keir ';
    (p.querySelector('em')!.firstChild as Text).data = 'Starmer';
    refresh(document.body);
    expect(seen().texts).toEqual(['keir-starmer:Keir Starmer']);
  });

  it('gives a mention found before a change its own text or nothing, never another', () => {
    const before = scan.mentions(100).found;
    document.getElementById('p1')!.remove();
    refresh(document.body);
    // Painted only now, as the keyboard may reach a mention outside the painted window.
    const texts = before.map((f) => f.painted()?.range.toString() ?? null);
    expect(texts).toEqual(before.map((f) => (f.text === 'Patrick Turner' ? null : f.text)));
    expect(texts.filter(Boolean).length).toBeGreaterThan(1);
  });

  it('keeps at most the cap, and still counts every mention', () => {
    const result = seen(2);
    expect(result.texts).toHaveLength(2);
    expect(result.total).toBe(4);
    expect(result.counts).toEqual({ 'patrick-turner': 2, 'keir-starmer': 1, 'vladimir-putin': 1 });
  });

  it('forgets everything on clear (a new document after an SPA navigation)', () => {
    scan.clear();
    expect(seen().total).toBe(0);
    expect(scan.size).toBe(0);
  });

  it.each([150_000])(
    'takes %i buffers at once without overflowing the call stack',
    (count) => {
      const buffers = Array.from({ length: count }, (_, i) => {
        const node = document.createTextNode(i === 0 ? 'Keir Starmer spoke.' : 'x');
        return { text: node.data, nodes: [node], starts: [0] };
      });
      scan = new LiveScan(bundledMatcher);
      scan.replaceUnder(document.body, buffers);
      expect(scan.size).toBe(count);
      expect(scan.pending).toBe(count);
    },
    120_000,
  );

  it('matches a very long text in pieces across many calls, finding what one scan finds', () => {
    const filler = 'and so on '.repeat(20_000);
    document.body.innerHTML = `<p>${filler}Keir Starmer ${filler}Vladimir Putin</p>`;
    scan = new LiveScan(bundledMatcher);
    scan.replaceUnder(document.body, collectText(document.body));
    let calls = 0;
    let budget = 0;
    // Each call may start one piece of 32 K code units, then its time is up.
    while (!scan.matchPending(() => budget-- > 0)) {
      calls++;
      budget = 1;
    }
    expect(calls).toBeGreaterThan(5);
    expect(seen().texts).toEqual(['keir-starmer:Keir Starmer', 'vladimir-putin:Vladimir Putin']);
  });

  it.each<[string, (body: HTMLElement) => void, number]>([
    [
      'a block added at the end',
      (body) =>
        body.append(Object.assign(document.createElement('p'), { textContent: 'Vladimir Putin again.' })),
      12,
    ],
    ['the last block removed', (body) => body.lastElementChild!.remove(), 11],
  ])('keeps the resolution before %s when the whole body is walked again', (_label, change, changedAt) => {
    document.body.innerHTML = Array.from({ length: 12 }, (_, i) => `<p>Keir Starmer, part ${i}.</p>`).join(
      '',
    );
    scan = new LiveScan(bundledMatcher);
    refresh(document.body);
    scan.resolvePending(
      100,
      () => true,
      () => true,
    );
    const resolution = (scan as unknown as { resolution: { resolved: number } }).resolution;
    expect(resolution.resolved).toBe(12);
    change(document.body);
    refresh(document.body);
    // Only the buffers next to the change go back (context reaches that far), not the page.
    expect(resolution.resolved).toBe(changedAt - CONTEXT_BLOCKS);
    const again = new LiveScan(bundledMatcher);
    again.replaceUnder(document.body, collectText(document.body));
    again.matchPending(() => true);
    expect(seen().total).toBe(again.mentions(100).total);
    expect(seen().total).toBe(changedAt === 12 ? 13 : 11);
  });
});
