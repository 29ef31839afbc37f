// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasText, whenTextAppears } from '../../src/page/wait-for-text';

/** Whether `promise` has settled after the observer's callbacks ran, and with what. */
async function settled<T>(promise: Promise<T>): Promise<{ value: T } | null> {
  let result: { value: T } | null = null;
  void promise.then((value) => {
    result = { value };
  });
  await new Promise((done) => setTimeout(done, 20));
  return result;
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('whenTextAppears', () => {
  it('resolves at once when the body already has text', async () => {
    document.body.innerHTML = '<p>Keir Starmer</p>';
    expect(await settled(whenTextAppears(document))).toEqual({ value: true });
  });

  it('waits in an empty frame, through empty elements and text Gloss does not read', async () => {
    const waiting = whenTextAppears(document);
    document.body.append(document.createElement('div'));
    document.head.append(Object.assign(document.createElement('title'), { textContent: 'A title' }));
    const script = document.createElement('script');
    script.textContent = 'var x = 1;';
    document.body.append(script);
    document.body.append(document.createTextNode(' \n '));
    expect(await settled(waiting)).toBeNull();
    const p = document.createElement('p');
    p.innerHTML = '<span>Macron</span>';
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    document.body.append(p);
    expect(await settled(waiting)).toEqual({ value: true });
    expect(disconnect).toHaveBeenCalledTimes(1);
  });

  it('resolves when a text node already there gets text', async () => {
    const node = document.createTextNode('');
    document.body.append(node);
    const waiting = whenTextAppears(document);
    node.data = 'Zelenskyy';
    expect(await settled(waiting)).toEqual({ value: true });
  });

  it('resolves false when its signal aborts first, and stops watching', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const controller = new AbortController();
    const waiting = whenTextAppears(document, controller.signal);
    controller.abort();
    expect(await settled(waiting)).toEqual({ value: false });
    expect(disconnect).toHaveBeenCalledTimes(1);
  });
});

describe('hasText', () => {
  it('counts visible characters outside skipped elements', () => {
    const root = document.createElement('div');
    expect(hasText(root)).toBe(false);
    root.innerHTML = '<textarea>typed text</textarea><p hidden>hidden text</p><b> a b </b>';
    expect(hasText(root)).toBe(false);
    root.innerHTML += '<i>c</i>';
    expect(hasText(root)).toBe(true);
    expect(hasText(document.createTextNode('ab'))).toBe(false);
    expect(hasText(document.createTextNode('abc'))).toBe(true);
  });
});
