// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { typingIn } from '../../src/page/focus-stops';
import { startGloss } from '../../src/page/start-gloss';
import { isSkippedElement } from '../../src/page/text-elements';

describe('documents and markup in unusual forms', () => {
  it('reads contenteditable="FALSE" as not editable (the value is case-insensitive)', () => {
    for (const [value, skipped] of [
      ['FALSE', false],
      ['False', false],
      ['false', false],
      ['true', true],
      ['', true],
      ['plaintext-only', true],
    ] as const) {
      const el = document.createElement('div');
      el.setAttribute('contenteditable', value);
      expect(isSkippedElement(el), value).toBe(skipped);
    }
  });

  it('knows the reader is typing in an XHTML page, whose tag names are in lower case', () => {
    // An XHTML document's HTML elements keep their tag names as written (happy-dom has no XHTML).
    const xhtml = (tagName: string, type?: string) =>
      ({ activeElement: { tagName, type, shadowRoot: null } }) as unknown as Document;
    expect(typingIn(xhtml('textarea'))).toBe(true);
    expect(typingIn(xhtml('select'))).toBe(true);
    expect(typingIn(xhtml('input', 'text'))).toBe(true);
    expect(typingIn(xhtml('input', 'checkbox'))).toBe(false);
    expect(typingIn(xhtml('button'))).toBe(false);
  });

  it('does not start in an XML document such as a feed', async () => {
    const feed = new DOMParser().parseFromString(
      '<rss><channel><item><title>Keir Starmer</title></item></channel></rss>',
      'application/xml',
    );
    expect(feed.contentType).toBe('application/xml');
    (globalThis as { CSS?: unknown }).CSS ??= { highlights: new Map() };
    expect(await startGloss(feed, new AbortController().signal)).toBeNull();
  });
});
