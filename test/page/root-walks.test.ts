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
    expect(walks.current!.fed).toBe(0);
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
    expect(again.fed).not.toBeNull();
    expect(inScan()).toEqual(before);
    expect(again.collector.buffers.every((b, i) => b === before[i])).toBe(true);
    let done = false;
    while (!done) done = walkOn(300);
    expect(again.fed).not.toBeNull();
    const all = inScan();
    expect(all.length).toBeGreaterThan(before.length);
    for (let i = 0; i < before.length; i++) expect(all[i]).toBe(before[i]);
    expect(all).toEqual(again.collector.buffers.slice(0, all.length));
  });

  it('stops feeding a walk begun again where it finds a buffer changed', () => {
    walks.add([document.body]);
    walks.startNext();
    walkOn(600);
    const size = live.size;
    document.querySelectorAll('p')[3]!.textContent = 'Changed while the page was parsed: Giorgia Meloni.';
    walks.restart();
    let done = false;
    while (!done) done = walkOn(300);
    expect(walks.current!.fed).toBeNull();
    expect(live.size).toBe(size);
    expect(walks.current!.collector.buffers[3]!.text).toContain('Giorgia Meloni');
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
    expect(walks.current!.fed).toBeNull();
    expect(walks.restart()).toBe(false);
  });
});
