// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { TextCollector } from '../../src/page/collect-text';
import { LiveScan } from '../../src/page/live-scan';
import type { TextBuffer } from '../../src/page/text-buffer';
import { bundledMatcher } from '../core/match/bundled-matcher';

/** A walk of `root` that gives back the buffers of `earlier` where it finds them unchanged. */
function walk(root: Node, earlier: TextBuffer[] = []): TextBuffer[] {
  const byFirst = new Map(earlier.map((b) => [b.nodes[0]!, b]));
  const collector = new TextCollector(root, true, (first) => byFirst.get(first));
  collector.step();
  return collector.buffers;
}

/** A buffer's content, with its nodes by identity. */
function shape(buffers: TextBuffer[]) {
  return buffers.map((b) => ({ text: b.text, nodes: [...b.nodes], starts: [...b.starts] }));
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  'Keir Starmer',
  'Putin',
  ' and ',
  'the coalition',
  ' ',
  '',
  'Zelenskyy',
  'of the willing',
  '.',
];

function randomPage(rand: () => number): void {
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  document.body.innerHTML = '';
  for (let i = 0; i < 12; i++) {
    const block = document.createElement(pick(['p', 'div', 'li', 'h2']));
    for (let j = 0, n = 1 + Math.floor(rand() * 4); j < n; j++) {
      if (rand() < 0.4) {
        const inline = document.createElement(pick(['em', 'a', 'span']));
        inline.append(pick(WORDS));
        block.append(inline);
      } else block.append(pick(WORDS));
    }
    document.body.append(block);
  }
}

/** One random change of the kind pages make: text edited, added, split, shortened, removed or broken. */
function mutate(rand: () => number): void {
  const texts: Text[] = [];
  const tree = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = tree.nextNode(); n; n = tree.nextNode()) texts.push(n as Text);
  const text = texts[Math.floor(rand() * texts.length)];
  if (!text) return;
  const kind = Math.floor(rand() * 7);
  if (kind === 0) text.data += ' Meloni';
  else if (kind === 1) text.after(document.createTextNode(' Macron'));
  else if (kind === 2 && text.data.length > 1) text.splitText(Math.floor(text.data.length / 2));
  else if (kind === 3) text.remove();
  else if (kind === 4) text.before(document.createElement('br'));
  else if (kind === 5) text.deleteData(text.data.length - 1, 1);
  else text.data = text.data.toUpperCase();
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a walk of unchanged text gives back the buffers it gave before', () => {
  it('returns the same objects for a page that did not change', () => {
    document.body.innerHTML = '<p>Keir <em>Starmer</em> met</p><ul><li>Putin</li><li>Zelenskyy</li></ul>';
    const first = walk(document.body);
    const again = walk(document.body, first);
    expect(again).toHaveLength(3);
    for (const [k, buffer] of again.entries()) expect(buffer).toBe(first[k]);
  });

  it.each([
    ['text appended to a node', (p: Element) => ((p.lastChild as Text).data += ' Macron')],
    ['a node added at the end', (p: Element) => p.append(' Macron')],
    ['a node added in the middle', (p: Element) => p.firstChild!.after(' and ')],
    ['its last node removed', (p: Element) => p.lastChild!.remove()],
    ['its last node shortened', (p: Element) => (p.lastChild as Text).deleteData(2, 2)],
    ['a break inside it', (p: Element) => p.querySelector('em')!.before(document.createElement('br'))],
  ])('makes a new buffer for a block with %s, and keeps the others', (_name, change) => {
    document.body.innerHTML = '<p id="a">Keir <em>Starmer</em> met</p><p id="b">Putin</p>';
    const first = walk(document.body);
    change(document.getElementById('a')!);
    const again = walk(document.body, first);
    expect(shape(again)).toEqual(shape(walk(document.body)));
    expect(again[0]).not.toBe(first[0]);
    expect(again.at(-1)).toBe(first[1]);
  });

  it('gives the same buffers as a walk from scratch after random changes (300 pages)', () => {
    let kept = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const rand = random(seed);
      randomPage(rand);
      const first = walk(document.body);
      for (let m = 0, n = Math.floor(rand() * 4); m < n; m++) mutate(rand);
      const again = walk(document.body, first);
      expect(shape(again), `seed ${seed}`).toEqual(shape(walk(document.body)));
      kept += again.filter((b) => first.includes(b)).length;
    }
    // Most blocks are untouched by a few changes: their buffers come back as they were.
    expect(kept).toBeGreaterThan(300 * 6);
  });
});

describe('the live scan keeps what it knew of buffers walked again unchanged', () => {
  it('keeps their entries and matches, and matches only the changed one', () => {
    document.body.innerHTML = '<p id="a">Keir Starmer met</p><p id="b">Vladimir Putin</p><p>Zelenskyy</p>';
    const scan = new LiveScan(bundledMatcher);
    scan.replaceUnder(document.body, walk(document.body));
    scan.matchPending(() => true);
    const before = [...scan.buffers];
    document.getElementById('b')!.append(' and Giorgia Meloni');
    const known: TextBuffer[] = [];
    const collector = new TextCollector(document.body, true, (first) => scan.knownBuffer(first));
    collector.step();
    known.push(...collector.buffers);
    scan.replaceUnder(document.body, known);
    expect(scan.pending).toBe(1);
    expect(scan.buffers[0]).toBe(before[0]);
    expect(scan.buffers[2]).toBe(before[2]);
    expect(scan.buffers[1]).not.toBe(before[1]);
    scan.matchPending(() => true);
    const names = scan.mentions(100).found.map((p) => p.painted()?.range.toString());
    expect(names).toEqual(['Keir Starmer', 'Vladimir Putin', 'Giorgia Meloni', 'Zelenskyy']);
  });
});
