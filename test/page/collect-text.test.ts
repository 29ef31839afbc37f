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

describe('markup parts words that run together in the text', () => {
  const textsOf = (html: string) => {
    document.body.innerHTML = html;
    return collectText(document.body).map((b) => b.text);
  };

  it('ends a word where one link ends and another begins', () => {
    expect(
      textsOf(
        '<li><a href="#a">President Donald Trump</a><span><a href="#c">42,070</a> comments</span></li>',
      ),
    ).toEqual(['President Donald Trump', '42,070 comments']);
    expect(textsOf('<p><a href="#1">Emmanuel Macron</a><a href="#2">Joe Biden</a></p>')).toEqual([
      'Emmanuel Macron',
      'Joe Biden',
    ]);
  });

  it('keeps one link as one word, also when the parser copies it across misnested tags', () => {
    expect(textsOf('<p><b><a href="#t">Donald Tr</b>ump</a> said</p>')).toEqual(['Donald Trump said']);
    expect(textsOf('<p><a href="#t">Donald <b>Tr</b>ump</a> said</p>')).toEqual(['Donald Trump said']);
  });

  it('keeps letters together across other elements, and letters with digits', () => {
    expect(textsOf('<p><span>V</span>ladimir Putin and <b>Volodymyr Zelen</b><i>skyy</i></p>')).toEqual([
      'Vladimir Putin and Volodymyr Zelenskyy',
    ]);
    expect(textsOf('<p><a href="#t">Trump</a>s and Zelenskyy2025, Starmer<sup>1</sup></p>')).toEqual([
      'Trumps and Zelenskyy2025, Starmer1',
    ]);
  });

  it('finds the names those pieces hold', () => {
    document.body.innerHTML =
      '<ul><li><a href="#a">The Swearing In of President Donald Trump</a><span><a href="#c">42,070</a> comments</span></li></ul><p><b><a href="#k">Keir Star</b>mer</a> said.</p>';
    const scan = new LiveScan(bundledMatcher);
    scan.replaceUnder(document.body, collectText(document.body));
    scan.matchPending(() => true);
    expect(scan.mentions(100).found.map((p) => `${p.entityId}:${p.text}`)).toEqual([
      'donald-trump:Donald Trump',
      'keir-starmer:Keir Starmer',
    ]);
  });
});

describe('a plain-text document', () => {
  it('reads the <pre> the browser shows it in, and still skips a <pre> of an HTML page', () => {
    document.body.innerHTML = '<pre>Keir Starmer met the press.</pre>';
    expect(collectText(document.body)).toEqual([]);
    // The document as a browser makes it for a text/plain response.
    Object.defineProperty(document, 'contentType', { value: 'text/plain', configurable: true });
    try {
      expect(collectText(document.body).map((b) => b.text)).toEqual(['Keir Starmer met the press.']);
      // Only the browser's own: a <pre> a viewer puts deeper in the page is still skipped.
      document.body.innerHTML = '<div><pre>Keir Starmer met the press.</pre></div>';
      expect(collectText(document.body)).toEqual([]);
    } finally {
      delete (document as { contentType?: string }).contentType;
    }
    expect(document.contentType).not.toBe('text/plain');
  });
});
