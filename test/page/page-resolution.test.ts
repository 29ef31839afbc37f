// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText } from '../../src/page/collect-text';
import { LiveScan } from '../../src/page/live-scan';
import { bundledMatcher } from '../core/match/bundled-matcher';

/** The mentions of a scan, as `entity:text`, with the total. */
function listed(scan: LiveScan, cap = 100) {
  const m = scan.mentions(cap);
  return { texts: m.found.map((p) => `${p.entityId}:${p.painted()?.range.toString()}`), total: m.total };
}

/** The same page resolved in one go. */
function atOnce(): ReturnType<typeof listed> {
  const scan = new LiveScan(bundledMatcher);
  scan.replaceUnder(document.body, collectText(document.body));
  scan.matchPending(() => true);
  return listed(scan);
}

const PAGES: [string, string][] = [
  [
    'a surname after the full name, blocks apart',
    '<p>Patrick Turner spoke.</p><p>Weather.</p><p>Sport.</p><p>Then Turner left.</p><p>Turner Broadcasting.</p>',
  ],
  [
    'a phrase whose context comes two blocks later',
    '<h2>The coalition of the willing</h2><p>Talks.</p><p>Thirty countries back Ukraine after a ceasefire.</p><p>Keir Starmer</p>',
  ],
  [
    'a phrase without a fitting context',
    '<h2>The coalition of the willing</h2><p>In 2003 the United States invaded Iraq.</p><p>Saddam fell.</p>',
  ],
  [
    'namesakes in one sentence',
    '<p>Brigitte Macron said Macron would come.</p><p>Emmanuel Macron came.</p><p>Macron spoke.</p>',
  ],
];

describe('mentions resolved as the buffers arrive equal those of one resolution of the whole page', () => {
  it.each(PAGES.flatMap(([name, html]) => [1, 2, 3].map((piece) => [name, html, piece] as const)))(
    '%s, in pieces of %#',
    (_name, html, piece) => {
      document.body.innerHTML = html;
      const buffers = collectText(document.body);
      const scan = new LiveScan(bundledMatcher);
      // As a first scan does: buffers appended as walked, matched and resolved a few at a time,
      // a result asked for in between, then the whole walk replaces what was appended.
      for (let k = 0; k < buffers.length; k += piece) {
        scan.append(buffers.slice(k, k + piece));
        let budget = piece;
        scan.matchPending(() => budget-- > 0);
        scan.mentions(100, undefined, () => false);
        scan.resolvePending(100, undefined, () => true);
      }
      scan.replaceUnder(document.body, buffers);
      scan.matchPending(() => true);
      expect(listed(scan)).toEqual(atOnce());
    },
  );

  it.each(PAGES)('%s, after a block changes and another is removed', (_name, html) => {
    document.body.innerHTML = html;
    const scan = new LiveScan(bundledMatcher);
    scan.replaceUnder(document.body, collectText(document.body));
    scan.matchPending(() => true);
    listed(scan);
    const blocks = document.body.children;
    blocks[blocks.length - 1]!.textContent = 'Giorgia Meloni replied.';
    blocks[0]!.remove();
    scan.prune();
    scan.replaceUnder(document.body, collectText(document.body));
    scan.matchPending(() => true);
    expect(listed(scan)).toEqual(atOnce());
  });

  it('shows the matched buffers on screen before the ones above them are matched', () => {
    document.body.innerHTML = '<p>Keir Starmer</p><p>Words.</p><p>Vladimir Putin</p>';
    const scan = new LiveScan(bundledMatcher);
    scan.replaceUnder(document.body, collectText(document.body));
    let budget = 1;
    scan.matchPending(() => budget-- > 0, 2);
    const ahead = scan.mentions(100, undefined, () => false, 2);
    expect(ahead.found.map((p) => p.entityId)).toEqual(['vladimir-putin']);
    expect(scan.mentions(100, undefined, () => false).total).toBe(0);
  });
});
