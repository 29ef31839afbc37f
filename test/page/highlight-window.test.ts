// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import type { Marking } from '../../src/page/choose-marked';
import { HighlightPainter } from '../../src/page/highlight-painter';
import type { FoundMention, PageMention } from '../../src/page/page-mention';
import { MAX_PAINTED } from '../../src/page/paint-window';

beforeAll(() => {
  // happy-dom has no Highlight API: a set of ranges is all the painter needs.
  (globalThis as { Highlight?: unknown }).Highlight ??= class extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  };
});

/**
 * `count` mentions, one per buffer (buffer i holds mention i), entities taken in turn from `ids`;
 * `made` counts the ranges made for them and let go.
 */
function found(count: number, ids = ['a'], made = { count: 0, released: 0 }): FoundMention[] {
  const node = shownText();
  return Array.from({ length: count }, (_, i) => {
    let mention: PageMention | undefined;
    const entityId = ids[i % ids.length]!;
    return {
      entityId,
      text: `m${i}`,
      buffer: i,
      node: () => node,
      get made() {
        return mention !== undefined;
      },
      painted: () => {
        if (!mention) made.count++;
        mention ??= { entityId, text: `m${i}`, range: new Range() };
        return mention;
      },
      release: () => {
        if (mention) made.released++;
        mention = undefined;
      },
    };
  });
}

/** A text node the page shows (in a paragraph of the body). */
function shownText(text = 'x'): Text {
  const p = document.createElement('p');
  p.append(text);
  document.body.append(p);
  return p.firstChild as Text;
}

function painter(marking: Marking = 'every', muted: string[] = []) {
  const registry = new Map<string, Highlight>();
  const p = new HighlightPainter(registry as unknown as HighlightRegistry, 'background', {
    marking,
    muted: new Set(muted),
  });
  /** The numbers of the painted mentions: first and last, and how many. */
  const window = () => {
    const at = p.marked.map((m) => Number(m.text.slice(1)));
    return {
      first: at[0],
      last: at.at(-1),
      count: at.length,
      registered: registry.get('gloss-mention')?.size,
    };
  };
  return { p, window };
}

describe('the painted window', () => {
  it('paints every mention while they fit, whatever is on screen', () => {
    const { p, window } = painter();
    p.paint(found(MAX_PAINTED), 2500);
    expect(window()).toEqual({
      first: 0,
      last: MAX_PAINTED - 1,
      count: MAX_PAINTED,
      registered: MAX_PAINTED,
    });
  });

  it('stays at the top while a first scan finds more below the screen, adding only the new ranges', () => {
    const { p, window } = painter();
    const all = found(10_000);
    p.paint(all.slice(0, 1000), 0);
    const first = p.marked[0];
    p.paint(all.slice(0, 5000), 0);
    expect(window()).toMatchObject({ first: 0, last: MAX_PAINTED - 1, count: MAX_PAINTED });
    expect(p.marked[0]).toBe(first);
    expect(p.moves(all, 0)).toBe(false);
  });

  it('moves to the screen when the reader scrolls far, and keeps still for a short scroll', () => {
    const { p, window } = painter();
    const all = found(20_000);
    p.paint(all, 0);
    expect(p.moves(all, 10_000)).toBe(true);
    p.paint(all, 10_000);
    expect(window()).toEqual({ first: 9000, last: 11_999, count: MAX_PAINTED, registered: MAX_PAINTED });
    // Near the screen on both sides: no move until the screen nears an edge of the window.
    expect(p.moves(all, 10_500)).toBe(false);
    expect(p.moves(all, 9300)).toBe(false);
    expect(p.moves(all, 9200)).toBe(true);
    expect(p.moves(all, 11_100)).toBe(true);
  });

  it('at the end of the page paints the last mentions, and at the top the first', () => {
    const { p, window } = painter();
    const all = found(20_000);
    p.paint(all, 19_990);
    expect(window()).toMatchObject({ first: 17_000, last: 19_999, count: MAX_PAINTED });
    expect(p.moves(all, 19_999)).toBe(false);
    p.paint(all, 0);
    expect(window()).toMatchObject({ first: 0, last: MAX_PAINTED - 1 });
  });

  it('past every mention found, paints the last ones, and stays while few are added', () => {
    const { p, window } = painter();
    const all = found(20_000);
    p.paint(all.slice(0, 8000), 4000);
    // The screen is past everything found so far (its text is still being matched, or has none).
    p.paint(all.slice(0, 8000), 50_000);
    expect(window()).toMatchObject({ first: 5000, last: 7999, count: MAX_PAINTED });
    expect(p.moves(all.slice(0, 8900), 50_000)).toBe(false);
    p.paint(all.slice(0, 8900), 50_000);
    expect(window()).toMatchObject({ first: 5000, last: 7999 });
    p.paint(all.slice(0, 9100), 50_000);
    expect(window()).toMatchObject({ first: 6100, last: 9099 });
  });

  it('lets the live ranges of mentions that leave the window go', () => {
    const { p } = painter();
    const all = found(20_000);
    p.paint(all, 0);
    const early = p.marked[0]!;
    expect(all[0]!.painted()).toBe(early);
    p.paint(all, 15_000);
    // Released: asked for again, it is made anew.
    expect(all[0]!.painted()).not.toBe(early);
    expect(all[15_000]!.painted()).toBe(p.marked.find((m) => m.text === 'm15000'));
  });

  it('marks the first mention of each entity on the page from all mentions, not from the window', () => {
    const { p, window } = painter('page');
    // Entity b is mentioned first at 1, then every other mention: its first is far above the screen.
    const all = found(20_000, ['a', 'b']);
    p.paint(all, 15_000);
    expect(window()).toMatchObject({ first: 0, last: 1, count: 2 });
    expect(p.marked.map((m) => m.entityId)).toEqual(['a', 'b']);
  });

  it('leaves muted entities out before the window is placed', () => {
    const { p } = painter('every', ['b']);
    const all = found(20_000, ['a', 'b']);
    p.paint(all, 10_000);
    expect(p.marked).toHaveLength(MAX_PAINTED);
    expect(p.marked.every((m) => m.entityId === 'a')).toBe(true);
    // 3,000 of the 10,000 mentions of a, placed around buffer 10,000 (a's mention 5,000).
    expect(Number(p.marked[0]!.text.slice(1))).toBe(8000);
  });

  it('finds the open mention again once it is painted anew, as a new object over the same text', () => {
    const node = document.createTextNode('x'.repeat(20_000));
    document.body.replaceChildren(node);
    const all: FoundMention[] = Array.from({ length: 20_000 }, (_, i) => {
      let made: PageMention | undefined;
      return {
        entityId: 'a',
        text: `m${i}`,
        buffer: i,
        node: () => node,
        get made() {
          return made !== undefined;
        },
        painted: () => {
          if (!made) {
            const range = new Range();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            made = { entityId: 'a', text: `m${i}`, range };
          }
          return made;
        },
        release: () => {
          made = undefined;
        },
      };
    });
    const { p } = painter();
    p.paint(all, 0);
    const open = p.marked[10]!;
    p.paint(all, 15_000);
    p.paint(all, 0);
    expect(p.marked[10]).not.toBe(open);
    expect(p.all.indexOf(open)).toBe(10);
  });

  it('skips a mention whose text changed under it, and paints the rest', () => {
    const { p } = painter();
    const all = found(10);
    all[3] = { ...all[3]!, made: true, painted: () => null };
    p.paint(all, 0);
    expect(p.marked.map((m) => m.text)).toEqual(['m0', 'm1', 'm2', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9']);
  });
});

/** `found(count, ids)` with the count of ranges made. */
function counted(count: number, ids = ['a']) {
  const made = { count: 0, released: 0 };
  return { all: found(count, ids, made), made };
}

/** More new ranges than one paint out of time makes (it looks at the clock every 50). */
const PAINT_STEP_BOUND = 100;

describe('a paint that runs out of time', () => {
  it('repaints nothing until its window is made, a bounded part per paint, then repaints once', () => {
    const { p, window } = painter();
    const { all, made } = counted(MAX_PAINTED);
    let calls = 0;
    let changed = false;
    for (; calls < 1000 && !changed; calls++) {
      const before = made.count;
      changed = p.paint(all, 0, () => false);
      if (changed) break;
      expect(p.behind).toBe(true);
      expect(window()).toMatchObject({ count: 0, registered: undefined });
      // Each paint makes a bounded number of new ranges; those made are not made again.
      expect(made.count - before).toBeGreaterThan(0);
      expect(made.count - before).toBeLessThan(100);
    }
    expect(changed).toBe(true);
    expect(p.behind).toBe(false);
    expect(calls).toBeGreaterThan(10);
    expect(window()).toEqual({
      first: 0,
      last: MAX_PAINTED - 1,
      count: MAX_PAINTED,
      registered: MAX_PAINTED,
    });
    expect(made).toEqual({ count: MAX_PAINTED, released: 0 });
  });

  it("paints a scan's first highlights at once: those it must make, whatever the time", () => {
    const { p, window } = painter();
    const { all, made } = counted(MAX_PAINTED);
    // Nothing painted yet: 300 are made whatever the time, and painted at once.
    expect(p.paint(all, 0, () => false, 300)).toBe(true);
    expect(p).toMatchObject({ behind: false, partial: true });
    expect(window()).toMatchObject({ first: 0, last: 299, count: 300, registered: 300 });
    expect(made.count).toBe(300);
    // With highlights shown, `atLeast` no longer holds a paint out of time (what is shown is
    // still the window's first part).
    expect(p.paint(all, 0, () => false, 300)).toBe(false);
    expect(p).toMatchObject({ behind: true, partial: true });
    expect(made.count - 300).toBeLessThan(PAINT_STEP_BOUND);
    expect(window().count).toBe(300);
    // With time, the rest of the window is added to what is shown.
    expect(p.paint(all, 0)).toBe(true);
    expect(p).toMatchObject({ behind: false, partial: false });
    expect(window()).toMatchObject({ count: MAX_PAINTED, registered: MAX_PAINTED });
    expect(made).toEqual({ count: MAX_PAINTED, released: 0 });
  });

  it('paints a small first window whole with `atLeast`, and a later first one after a new scan', () => {
    const { p, window } = painter();
    expect(p.paint(found(120), 0, () => false, 300)).toBe(true);
    expect(p).toMatchObject({ behind: false, partial: false });
    expect(window().count).toBe(120);
    p.abandon();
    p.clear();
    expect(p.paint(found(1000), 0, () => false, 300)).toBe(true);
    expect(window().count).toBe(300);
  });

  it('with time to spare, paints its whole window at once, asking the time now and then', () => {
    const { p, window } = painter();
    let asked = 0;
    const changed = p.paint(found(MAX_PAINTED), 0, () => {
      asked++;
      return true;
    });
    expect(changed).toBe(true);
    expect(p.behind).toBe(false);
    expect(window().count).toBe(MAX_PAINTED);
    expect(asked).toBeLessThan(MAX_PAINTED / 20);
  });

  it('keeps what it painted while the next mentions are made', () => {
    const { p, window } = painter();
    const { all } = counted(5000);
    p.paint(all.slice(0, 1000), 0);
    const first = p.marked[0];
    expect(p.paint(all, 0, () => false)).toBe(false);
    expect(window()).toMatchObject({ count: 1000, registered: 1000 });
    let calls = 0;
    while (!p.paint(all, 0, () => false) && ++calls < 1000);
    expect(window()).toMatchObject({ first: 0, count: MAX_PAINTED, registered: MAX_PAINTED });
    expect(p.marked[0]).toBe(first);
  });

  it('gives up a paint out of time on a new scan, letting its ranges go', () => {
    const { p, window } = painter();
    const { all, made } = counted(MAX_PAINTED);
    for (let k = 0; k < 3; k++) p.paint(all, 0, () => false);
    expect(made.count).toBeGreaterThan(0);
    p.abandon();
    expect(p.behind).toBe(false);
    expect(made.released).toBe(made.count);
    expect(window().count).toBe(0);
  });

  it('lets the ranges made for a window go when the window moves before it is painted', () => {
    const { p, window } = painter('every', ['b']);
    const { all, made } = counted(12_000, ['a', 'b']);
    for (let k = 0; k < 5; k++) p.paint(all, 0, () => false);
    const early = made.count;
    expect(early).toBeGreaterThan(0);
    // Scrolled far down before the top was painted: the new window is painted, the other let go.
    p.paint(all, 9000);
    expect(p.behind).toBe(false);
    expect(window().first).toBeGreaterThan(3000);
    expect(made.released).toBe(early);
    expect(made.count - made.released).toBe(MAX_PAINTED);
  });
});

describe('marking the first mention of each entity per section', () => {
  it('reads the sections of new mentions only, as a scan finds more', () => {
    // Ten sections of twenty paragraphs, each paragraph mentioning a, then b.
    document.body.innerHTML = Array.from(
      { length: 10 },
      (_, s) => `<h2>Part ${s}</h2>${'<p>a</p>'.repeat(20)}`,
    ).join('');
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    let read = 0;
    const all: FoundMention[] = texts.flatMap((node, i) =>
      ['a', 'b'].map((entityId) => {
        const made = { entityId, text: `${entityId}${i}`, range: new Range() };
        const nodeOf = () => {
          read++;
          return node;
        };
        return {
          entityId,
          text: made.text,
          buffer: i,
          node: nodeOf,
          made: true,
          painted: () => made,
          release: () => {},
        };
      }),
    );
    const { p } = painter('section');
    p.paint(all.slice(0, 100), 0);
    expect(p.marked.map((m) => m.text)).toEqual(['a0', 'b0', 'a20', 'b20', 'a40', 'b40']);
    expect(read).toBe(100);
    p.paint(all, 0);
    expect(p.marked.map((m) => m.text)).toEqual(
      Array.from({ length: 10 }, (_, s) => [`a${s * 20}`, `b${s * 20}`]).flat(),
    );
    expect(read).toBe(all.length);
    // A list that shares nothing with the last one is read again from the page.
    p.paint(
      all.map((m) => ({ ...m })),
      0,
    );
    expect(read).toBe(all.length * 2);
  });
});
