// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText, TextCollector } from '../../src/page/collect-text';

/** The texts of a collector's buffers. */
const texts = (collector: TextCollector) => collector.buffers.map((b) => b.text);

let parsing: boolean;
const growing = () => parsing;

beforeEach(() => {
  parsing = true;
  document.body.innerHTML = '<h1>Keir Starmer met the press</h1><p id="p">And <b>Giorgia</b> Meloni</p>';
});

/** A paragraph as the parser adds it: appended to the body. */
function addParagraph(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
}

describe('a walk of a document still being parsed', () => {
  it('waits at the last node, its last block still open, and goes on with what is added after', () => {
    const collector = new TextCollector(document.body, false, undefined, growing);
    expect(collector.step()).toBe(false);
    expect(collector.caughtUp).toBe(true);
    expect(collector.done).toBe(false);
    // The paragraph the parser may still add to is not given out yet.
    expect(texts(collector)).toEqual(['Keir Starmer met the press']);
    addParagraph('Emmanuel Macron spoke next.');
    addParagraph('Volodymyr Zelenskyy closed the meeting.');
    expect(collector.step()).toBe(false);
    expect(texts(collector)).toEqual([
      'Keir Starmer met the press',
      'And Giorgia Meloni',
      'Emmanuel Macron spoke next.',
    ]);
    parsing = false;
    expect(collector.step()).toBe(true);
    expect(collector.caughtUp).toBe(false);
    expect(texts(collector)).toEqual(collectText(document.body).map((b) => b.text));
  });

  it('takes in text the parser appends to the last text node it walked', () => {
    const collector = new TextCollector(document.body, false, undefined, growing);
    collector.step();
    const last = document.getElementById('p')!.lastChild as Text;
    last.appendData(' answered');
    document.getElementById('p')!.append(document.createElement('i'));
    (document.getElementById('p')!.lastChild as Element).textContent = ' at once.';
    parsing = false;
    expect(collector.step()).toBe(true);
    expect(texts(collector)).toEqual(['Keir Starmer met the press', 'And Giorgia Meloni answered at once.']);
    const buffer = collector.buffers[1]!;
    expect(buffer.starts).toEqual([0, 4, 11, 27]);
  });

  it('takes in text appended to the text node a bounded step stopped on, before walking on', () => {
    const collector = new TextCollector(document.body, false, undefined, growing);
    // h1, its text, p, "And ", b, "Giorgia", " Meloni": the seventh node is the last text.
    expect(collector.step(7)).toBe(false);
    expect(collector.caughtUp).toBe(false);
    (document.getElementById('p')!.lastChild as Text).appendData(' answered.');
    addParagraph('Emmanuel Macron spoke next.');
    parsing = false;
    expect(collector.step()).toBe(true);
    expect(texts(collector)).toEqual([
      'Keir Starmer met the press',
      'And Giorgia Meloni answered.',
      'Emmanuel Macron spoke next.',
    ]);
  });

  it('goes on past a skipped element it ended on, without entering it or walking again from the top', () => {
    document.body.insertAdjacentHTML('beforeend', '<script>var name = "Vladimir Putin";</script>');
    const collector = new TextCollector(document.body, false, undefined, growing);
    collector.step();
    document.body.querySelector('script')!.append(' var more = "Donald Trump";');
    addParagraph('Anders Fogh Rasmussen wrote.');
    parsing = false;
    expect(collector.step()).toBe(true);
    expect(texts(collector)).toEqual([
      'Keir Starmer met the press',
      'And Giorgia Meloni',
      'Anders Fogh Rasmussen wrote.',
    ]);
  });

  it('goes on after the place of a subtree it waited in that a script took out, without its text', () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="gone"><p>Donald Trump, removed</p></div>');
    const collector = new TextCollector(document.body, false, undefined, growing);
    collector.step();
    expect(collector.caughtUp).toBe(true);
    document.getElementById('gone')!.remove();
    addParagraph('Emmanuel Macron spoke next.');
    parsing = false;
    expect(collector.step()).toBe(true);
    expect(collector.lost).toBe(false);
    expect(texts(collector)).toEqual([
      'Keir Starmer met the press',
      'And Giorgia Meloni',
      'Emmanuel Macron spoke next.',
    ]);
  });

  it('takes a text node that replaced the one it waited at once, in the same buffer', () => {
    const collector = new TextCollector(document.body, false, undefined, growing);
    collector.step();
    const p = document.getElementById('p')!;
    const old = p.lastChild as Text;
    old.appendData(' answered.');
    old.replaceWith(document.createTextNode(old.data));
    addParagraph('Emmanuel Macron spoke next.');
    parsing = false;
    expect(collector.step()).toBe(true);
    expect(texts(collector)).toEqual([
      'Keir Starmer met the press',
      'And Giorgia Meloni answered.',
      'Emmanuel Macron spoke next.',
    ]);
    const buffer = collector.buffers[1]!;
    expect(buffer.nodes).toEqual([p.firstChild, p.firstChild!.nextSibling!.firstChild, p.lastChild]);
    expect(buffer.starts).toEqual([0, 4, 11]);
  });

  it('goes on from the first child of a parent whose only child it waited in was taken out', () => {
    document.body.insertAdjacentHTML('beforeend', '<section id="s"><span>gone</span></section>');
    const collector = new TextCollector(document.body, false, undefined, growing);
    collector.step();
    const section = document.getElementById('s')!;
    section.firstChild!.remove();
    section.insertAdjacentHTML('beforeend', '<p>Emmanuel Macron spoke next.</p>');
    parsing = false;
    expect(collector.step()).toBe(true);
    expect(texts(collector)).toEqual([
      'Keir Starmer met the press',
      'And Giorgia Meloni',
      'Emmanuel Macron spoke next.',
    ]);
  });

  it('goes on past a script it ended on that took itself out', () => {
    document.body.insertAdjacentHTML('beforeend', '<script>document.currentScript.remove()</script>');
    const collector = new TextCollector(document.body, false, undefined, growing);
    collector.step();
    expect(collector.caughtUp).toBe(true);
    document.body.lastChild!.remove();
    addParagraph('Emmanuel Macron spoke next.');
    expect(collector.step()).toBe(false);
    expect(texts(collector)).toEqual(['Keir Starmer met the press', 'And Giorgia Meloni']);
    parsing = false;
    expect(collector.step()).toBe(true);
    expect(texts(collector)).toEqual([
      'Keir Starmer met the press',
      'And Giorgia Meloni',
      'Emmanuel Macron spoke next.',
    ]);
  });

  it('ends, lost, when the sibling before the node it waited at was taken out as well', () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="gone"><p>Donald Trump, removed</p></div>');
    const collector = new TextCollector(document.body, false, undefined, growing);
    collector.step();
    document.getElementById('gone')!.remove();
    document.getElementById('p')!.remove();
    addParagraph('Emmanuel Macron spoke next.');
    expect(collector.step()).toBe(true);
    expect(collector.lost).toBe(true);
    expect(texts(collector).some((t) => t.includes('Emmanuel Macron'))).toBe(false);
    // The open block let go of the text taken out rather than giving it out as it ends.
    expect(texts(collector).some((t) => t.includes('Donald Trump'))).toBe(false);
  });

  it('finds its place between bounded steps too: a subtree or a text node taken out after a step stopped on it', () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="gone"><p>Donald Trump</p></div>');
    const collector = new TextCollector(document.body, false, undefined, growing);
    // h1, its text, p, "And ", b, "Giorgia", " Meloni", div, p, "Donald Trump": ten nodes.
    expect(collector.step(10)).toBe(false);
    expect(collector.caughtUp).toBe(false);
    document.getElementById('gone')!.remove();
    addParagraph('Emmanuel Macron spoke next.');
    // The new paragraph and its text: the step stops on the text, which a script then replaces.
    expect(collector.step(2)).toBe(false);
    expect(collector.caughtUp).toBe(false);
    const macron = document.body.lastChild!;
    macron.firstChild!.replaceWith(document.createTextNode('Emmanuel Macron answered.'));
    parsing = false;
    expect(collector.step()).toBe(true);
    expect(collector.lost).toBe(false);
    expect(texts(collector)).toEqual(collectText(document.body).map((b) => b.text));
  });

  it('walks nothing twice when a script moves the node it waited in up the page', () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="banner">Cookie banner</div>');
    const collector = new TextCollector(document.body, false, undefined, growing);
    collector.step();
    document.body.prepend(document.getElementById('banner')!);
    addParagraph('Emmanuel Macron spoke next.');
    parsing = false;
    expect(collector.step()).toBe(true);
    const nodes = collector.buffers.flatMap((b) => b.nodes);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(texts(collector).sort()).toEqual(
      collectText(document.body)
        .map((b) => b.text)
        .sort(),
    );
  });

  it('ends at the last node when nothing more is coming, as a walk without `growing` does', () => {
    parsing = false;
    const collector = new TextCollector(document.body, false, undefined, growing);
    expect(collector.step()).toBe(true);
    expect(collector.caughtUp).toBe(false);
    expect(texts(collector)).toEqual(['Keir Starmer met the press', 'And Giorgia Meloni']);
  });

  it('walks in bounded steps, waiting only once it has visited every node there is', () => {
    for (let i = 0; i < 30; i++) addParagraph(`Paragraph ${i}.`);
    const collector = new TextCollector(document.body, false, undefined, growing);
    let steps = 0;
    while (!collector.step(10) && !collector.caughtUp) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(collector.buffers.length).toBe(31);
  });
});
