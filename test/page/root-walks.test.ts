// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { LiveScan } from '../../src/page/live-scan';
import { RootWalks } from '../../src/page/root-walks';
import { bundledMatcher } from '../core/match/bundled-matcher';

let live: LiveScan;
let walks: RootWalks;

beforeEach(() => {
  document.body.innerHTML = Array.from(
    { length: 300 },
    (_, i) => `<p>Paragraph ${i}: <b>Keir</b> Starmer met <i>Emmanuel Macron</i>.</p>`,
  ).join('');
  live = new LiveScan(bundledMatcher);
  walks = new RootWalks(document, live);
});

/** Walks `nodes` more nodes of the walk under way and feeds the scan; true when the walk is done. */
function walkOn(nodes: number): boolean {
  const done = walks.current!.collector.step(nodes);
  if (!done) walks.feed();
  return done;
}

const inScan = () => live.buffers.map((entry) => entry.buffer);

describe('RootWalks', () => {
  it('feeds a first walk into the scan as it goes', () => {
    walks.add([document.body]);
    expect(walks.startNext()).toBe(true);
    expect(walks.current!.feeding).toBe('append');
    walkOn(400);
    const fed = inScan();
    expect(fed.length).toBeGreaterThan(20);
    expect(fed).toEqual(walks.current!.collector.buffers.slice(0, fed.length));
  });

  it('begins a feeding walk again: it repeats the scan buffer for buffer, then feeds it past them', () => {
    walks.add([document.body]);
    walks.startNext();
    walkOn(600);
    const before = inScan();
    const first = walks.current!.collector;
    expect(walks.restart()).toBe(true);
    const again = walks.current!;
    expect(again.collector).not.toBe(first);
    expect(again.root).toBe(document.body);
    // Walking what was walked adds nothing and keeps the scan's buffers (the same objects).
    walkOn(300);
    expect(again.feeding).toBe('repeat');
    expect(inScan()).toEqual(before);
    expect(again.collector.buffers.every((b, i) => b === before[i])).toBe(true);
    let done = false;
    while (!done) done = walkOn(300);
    expect(again.feeding).toBe('append');
    const all = inScan();
    expect(all.length).toBeGreaterThan(before.length);
    for (let i = 0; i < before.length; i++) expect(all[i]).toBe(before[i]);
    expect(all).toEqual(again.collector.buffers.slice(0, all.length));
  });

  it('passes over what changed in a walk begun again, and feeds the scan past its end', () => {
    walks.add([document.body]);
    walks.startNext();
    walkOn(600);
    const before = inScan();
    const third = document.querySelectorAll('p')[3]!;
    third.textContent = 'Changed while the page was parsed: Giorgia Meloni.';
    walks.restart();
    let done = false;
    while (!done) done = walkOn(300);
    expect(walks.current!.feeding).toBe('append');
    const all = inScan();
    // The scan kept what it had (the final replacement mends the changed buffer) and got the rest once.
    expect(all.slice(0, before.length)).toEqual(before);
    expect(all.length).toBeGreaterThan(before.length);
    expect(new Set(all).size).toBe(all.length);
    const firstNodes = all.map((b) => b.nodes[0]!);
    for (let i = 1; i < firstNodes.length; i++)
      expect(
        firstNodes[i - 1]!.compareDocumentPosition(firstNodes[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    expect(walks.current!.collector.buffers[3]!.text).toContain('Giorgia Meloni');
  });

  it('feeds each buffer once when the scan loses buffers while a walk begun again repeats it', () => {
    walks.add([document.body]);
    walks.startNext();
    walkOn(600);
    walks.restart();
    // Repeat up to just short of the scan's end, then let a script remove earlier paragraphs.
    while (walks.current!.fed < live.size - 2) walkOn(3);
    for (const p of [...document.querySelectorAll('p')].slice(0, 3)) p.remove();
    live.prune();
    const pruned = live.size;
    let done = false;
    while (!done) done = walkOn(300);
    expect(walks.current!.feeding).toBe('append');
    expect(live.size).toBeGreaterThan(pruned + 100);
    const all = inScan();
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((b) => b.nodes[0]!.isConnected)).toBe(true);
  });

  it('begins again only a walk of the whole document', () => {
    // A walk of one root into an empty scan (a shadow root while the page is parsed) feeds it too.
    walks.add([document.querySelectorAll('p')[7]!]);
    walks.startNext();
    walkOn(2);
    expect(walks.current!.feeding).toBe('append');
    expect(walks.restart()).toBe(false);
  });

  it('has nothing to begin again without a feeding walk under way', () => {
    expect(walks.restart()).toBe(false);
    walks.add([document.body]);
    walks.startNext();
    walkOn(600);
    // A walk into a scan that holds buffers already (a change to the page) does not feed it.
    walks.add([document.querySelectorAll('p')[5]!]);
    walks.current = null;
    expect(walks.startNext()).toBe(true);
    expect(walks.current!.feeding).toBeNull();
    expect(walks.restart()).toBe(false);
  });
});

describe('RootWalks while the document is parsed', () => {
  let state: DocumentReadyState;
  beforeEach(() => {
    state = 'loading';
    Object.defineProperty(document, 'readyState', { get: () => state, configurable: true });
    return () => {
      delete (document as { readyState?: unknown }).readyState;
    };
  });

  /** Walks the walk under way until it is done or has caught up with the parser. */
  function walkToEnd(): boolean {
    for (;;) {
      const done = walkOn(400);
      if (done || walks.current!.collector.caughtUp) return done;
    }
  }

  it('has the first walk of the document wait at the last node, caught up, and go on with what is added', () => {
    walks.add([document.body]);
    walks.startNext();
    expect(walkToEnd()).toBe(false);
    expect(walks.caughtUp).toBe(true);
    expect(walks.waiting).toBe(true);
    const fed = inScan().length;
    document.body.insertAdjacentHTML('beforeend', '<p>Later Volodymyr Zelenskyy spoke.</p><p>Open</p>');
    expect(walkToEnd()).toBe(false);
    expect(inScan().length).toBeGreaterThan(fed);
    expect(inScan().some((b) => b.text === 'Later Volodymyr Zelenskyy spoke.')).toBe(true);
    state = 'interactive';
    expect(walkToEnd()).toBe(true);
  });

  it('sets the waiting walk aside for the shadow roots queued meanwhile, then goes on with it', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Giorgia Meloni, in a shadow root</p>';
    walks.add([document.body]);
    walks.startNext();
    walkToEnd();
    const waiting = walks.current!;
    expect(walks.park()).toBe(false); // nothing else waits
    document.body.append(host);
    walks.add([host.shadowRoot!]);
    expect(walks.caughtUp).toBe(false);
    expect(walks.park()).toBe(true);
    expect(walks.current).toBeNull();
    expect(walks.walked).toBe(waiting.collector.walked);
    expect(walks.startNext()).toBe(true);
    expect(walks.current!.root).toBe(host.shadowRoot);
    expect(walks.current!.collector.step()).toBe(true);
    walks.current = null;
    // The queue is empty: the walk set aside comes back, where it was.
    expect(walks.startNext()).toBe(true);
    expect(walks.current).toBe(waiting);
    // Begun again at DOMContentLoaded even while set aside.
    walks.add([host.shadowRoot!]);
    expect(walks.park()).toBe(true);
    state = 'interactive';
    expect(walks.restart()).toBe(true);
    walks.startNext();
    walks.current = null;
    expect(walks.startNext()).toBe(true);
    expect(walks.current!.feeding).toBe('repeat');
    expect(walks.current!.root).toBe(document.body);
  });

  it('does not set the walk aside for a part of the document, which it would overlap: it ends instead', () => {
    walks.add([document.body]);
    walks.startNext();
    walkToEnd();
    walks.add([document.body.firstElementChild!]);
    expect(walks.park()).toBe(false);
    expect(walkOn(400)).toBe(true);
  });
});
