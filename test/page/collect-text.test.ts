// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText } from '../../src/page/collect-text';
import { LiveScan } from '../../src/page/live-scan';
import { isInsideSkipped } from '../../src/page/text-elements';
import { bundledMatcher } from '../core/match/bundled-matcher';

beforeEach(() => {
  document.head.innerHTML = '<title>Donald Trump</title><script id="s">var x = "Vladimir Putin";</script>';
  document.body.innerHTML = `
    <p id="prose">Run <code id="c">Keir Starmer</code> now.</p>
    <div id="h" hidden><p id="hp">Giorgia Meloni</p></div>
    <div id="e" contenteditable="true"><p id="ep">Emmanuel Macron</p></div>
    <div id="host"></div>`;
});

describe('a rescan that starts inside a protected region finds nothing', () => {
  it.each([
    ['the title', () => document.querySelector('title')!],
    ['a script', () => document.getElementById('s')!],
    ['its text node', () => document.getElementById('s')!.firstChild!],
    ['inline code', () => document.getElementById('c')!],
    ['a hidden block', () => document.getElementById('hp')!],
    ['an editable block', () => document.getElementById('ep')!],
    ['the head', () => document.head],
  ])('%s', (_name, root) => {
    expect(isInsideSkipped(root())).toBe(true);
    expect(collectText(root())).toEqual([]);
  });

  it('looks up through shadow hosts', () => {
    const host = document.getElementById('h')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Keir Starmer</p>';
    expect(isInsideSkipped(shadow.firstChild!)).toBe(true);
  });

  it('still collects ordinary prose, around the code', () => {
    expect(isInsideSkipped(document.getElementById('prose')!)).toBe(false);
    expect(collectText(document.getElementById('prose')!).map((b) => b.text)).toEqual(['Run  now.']);
  });
});

describe('phrases that need context look at the neighbouring blocks of the page', () => {
  function mentionsOfBody(): string[] {
    const scan = new LiveScan(bundledMatcher);
    scan.replaceUnder(document.body, collectText(document.body));
    scan.matchPending(() => true);
    return scan.mentions(100).found.map((p) => `${p.entityId}:${p.text}`);
  }

  it('counts a heading’s phrase when the next paragraph fits', () => {
    document.body.innerHTML =
      '<h2>The coalition of the willing</h2><p>Thirty countries back Ukraine after a ceasefire.</p>';
    expect(mentionsOfBody()).toEqual(['coalition-of-the-willing:coalition of the willing']);
  });

  it('does not count it when nothing around it fits', () => {
    document.body.innerHTML =
      '<h2>The coalition of the willing</h2><p>In 2003 the United States invaded Iraq.</p><p>Saddam fell.</p>';
    expect(mentionsOfBody()).toEqual([]);
  });
});
