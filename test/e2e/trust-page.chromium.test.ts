import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardIsOpen, hoverEntity, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { inContentScriptWorld } from './harness/content-script-world';
import { firstMentionBox } from './harness/pages';
import { entityHighlights } from './harness/read-highlights';

// What a web page's own scripts can do to Gloss: synthetic events, a replayed start-up event,
// custom elements named like Gloss's hosts. And what a content script may ask the background.
const suite = useChromiumSuite();

describe('a web page cannot drive Gloss with synthetic events', () => {
  it('an untrusted Alt+Shift+J or pointermove opens no card; the real ones do', async () => {
    const { page } = await suite.open('/fixtures/trust.html');
    await page.focus('#start');
    const box = (await page.evaluate(firstMentionBox, 'keir-starmer'))!;
    await page.evaluate(
      ({ x, y }) => {
        for (let i = 0; i < 6; i++) {
          const init = {
            code: 'KeyJ',
            key: 'J',
            altKey: true,
            shiftKey: true,
            bubbles: true,
            composed: true,
          };
          document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', init));
          window.dispatchEvent(new KeyboardEvent('keydown', init));
        }
        for (let i = 0; i < 10; i++)
          document
            .elementFromPoint(x, y)!
            .dispatchEvent(
              new PointerEvent('pointermove', { clientX: x + i * 0.1, clientY: y, bubbles: true }),
            );
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    await page.waitForTimeout(1200);
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start');
    // The same gestures from the reader open it.
    await page.keyboard.press('Alt+Shift+J');
    await waitForCard(page);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('gloss-card'));
    await hoverEntity(page, 'emmanuel-macron');
    await waitForCard(page);
    await page.close();
  });
});

describe('the card’s Mute button', () => {
  it('mutes only on the reader’s own click, never on a script’s', async () => {
    const { page } = await suite.open('/fixtures/trust.html');
    await hoverEntity(page, 'giorgia-meloni');
    await waitForCard(page);
    await page.evaluate(() =>
      (
        document.querySelector('gloss-card')!.shadowRoot!.querySelector('button.mute') as HTMLButtonElement
      ).click(),
    );
    await page.waitForTimeout(800);
    expect(await entityHighlights(page)).toContain('gloss-giorgia-meloni');
    const mute = page.locator('gloss-card button.mute');
    await mute.click();
    await expect.poll(() => entityHighlights(page)).not.toContain('gloss-giorgia-meloni');
    const options = await suite.session.context.newPage();
    await options.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
    await options.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
        type: 'settings/set',
        change: { mutedEntities: [] },
      }),
    );
    await expect.poll(() => entityHighlights(page)).toContain('gloss-giorgia-meloni');
    await options.close();
    await page.close();
  });
});

describe('a replayed start-up event', () => {
  it('leaves the highlights and later text marked, and the extension id is never posted', async () => {
    const page = await suite.session.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { postedMessages: string[] }).postedMessages = seen;
      window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
    });
    await page.goto(suite.server.url('/fixtures/trust.html'));
    await page.waitForFunction(() => CSS.highlights.has('gloss-keir-starmer'));
    const before = await entityHighlights(page);
    const id = suite.session.extensionId;
    await page.evaluate((extensionId) => {
      const type = `${extensionId}:content:wxt:content-script-started`;
      for (const detail of [
        { contentScriptName: 'content', messageId: 'replayed' },
        { contentScriptName: 'content' },
      ]) {
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    }, id);
    await page.waitForTimeout(1500);
    expect(await entityHighlights(page)).toEqual(before);
    await page.evaluate(() => {
      document.getElementById('later')!.textContent = 'Later, Vladimir Putin replied.';
    });
    await page.waitForFunction(() => CSS.highlights.has('gloss-vladimir-putin'), null, { timeout: 5000 });
    const posted = await page.evaluate(
      () => (window as unknown as { postedMessages: string[] }).postedMessages,
    );
    // Only the test's own replays carry the id; Gloss posted nothing of its own.
    expect(posted.filter((m) => m.includes(id) && !m.includes('content-script-started'))).toEqual([]);
    expect(posted.filter((m) => m.includes('content-script-started'))).toHaveLength(2);
    await page.close();
  });
});

/** Defines `gloss-card` and `gloss-live` in the page before Gloss runs, as a hostile page would. */
async function openWithHijackedNames(): Promise<Page> {
  const page = await suite.session.context.newPage();
  await page.addInitScript(() => {
    const made: HTMLElement[] = [];
    (window as unknown as { madeByPage: HTMLElement[] }).madeByPage = made;
    for (const name of ['gloss-card', 'gloss-live']) {
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            made.push(this);
            // Blocks Gloss's own shadow root and would read whatever is rendered here.
            this.attachShadow({ mode: 'open' }).innerHTML = '<p>page content</p>';
          }
        },
      );
    }
  });
  await page.goto(suite.server.url('/fixtures/trust.html'));
  await page.waitForFunction(() => CSS.highlights.has('gloss-keir-starmer'));
  return page;
}

/**
 * Runs in the page: the page-defined elements Gloss put in the document or rendered into. Gloss
 * may create one to learn that the name is taken (that runs the page's constructor on an empty,
 * detached element), but must never use it.
 */
function pageElementsUsed(): string[] {
  const made = (window as unknown as { madeByPage: HTMLElement[] }).madeByPage;
  return made
    .filter(
      (el) => el.isConnected || el.shadowRoot?.innerHTML !== '<p>page content</p>' || el.childNodes.length,
    )
    .map((el) => el.localName);
}

/** The text inside closed shadow roots under <html> (only the DevTools protocol can reach them). */
async function closedShadowText(cdp: CDPSession): Promise<string> {
  type DomNode = {
    nodeName: string;
    nodeValue?: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
    shadowRootType?: string;
  };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const text = (n: DomNode): string =>
    (n.nodeName === '#text' ? (n.nodeValue ?? '') : '') +
    [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(text).join('');
  const closed: string[] = [];
  const walk = (n: DomNode) => {
    for (const s of n.shadowRoots ?? []) if (s.shadowRootType === 'closed') closed.push(text(s));
    for (const c of n.children ?? []) walk(c);
  };
  walk(root);
  return closed.join(' | ');
}

describe('custom elements the page defined under Gloss names', () => {
  it('a page-defined gloss-card can neither block nor read the card', async () => {
    const page = await openWithHijackedNames();
    const box = await hoverEntity(page, 'emmanuel-macron');
    await page.waitForFunction(() => !!document.querySelector('html > div[data-gloss="gloss-card"]'));
    const seen = await page.evaluate(
      ({ x, y }) => {
        const host = document.querySelector('html > div[data-gloss="gloss-card"]') as HTMLElement;
        // The card is drawn below the mention, inside the fallback host.
        let onCard = false;
        for (let dy = 10; dy < 120 && !onCard; dy += 10)
          onCard = document.elementFromPoint(x, y + dy) === host;
        return {
          pageElements: document.querySelectorAll('gloss-card').length,
          readable: host.shadowRoot !== null,
          onCard,
        };
      },
      { x: box.x + 4, y: box.y + box.height },
    );
    expect(seen).toEqual({ pageElements: 0, readable: false, onCard: true });
    expect(await page.evaluate(pageElementsUsed)).toEqual([]);
    const cdp = await page.context().newCDPSession(page);
    await expect.poll(() => closedShadowText(cdp)).toContain('Emmanuel Macron');
    await cdp.detach();
    await page.close();
  });

  it('a page-defined gloss-live does not stop announcements', async () => {
    const page = await openWithHijackedNames();
    // The first move names the card as focus enters it; the second is read from the live region.
    await page.keyboard.press('Alt+Shift+J');
    await page.waitForFunction(() => !!document.querySelector('html > div[data-gloss="gloss-card"]'));
    await page.keyboard.press('Alt+Shift+J');
    await page.waitForFunction(() => !!document.querySelector('html > div[data-gloss="gloss-live"]'));
    const cdp = await page.context().newCDPSession(page);
    await expect.poll(() => closedShadowText(cdp)).toMatch(/, mention 1 of 1: /);
    await cdp.detach();
    expect(await page.evaluate(pageElementsUsed)).toEqual([]);
    await page.close();
  });
});

describe('what a content script may ask the background', () => {
  const send = (page: Page, message: unknown) =>
    inContentScriptWorld(page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);

  it.each<[string, unknown]>([
    ['tab/ask', { type: 'tab/ask', tabId: 1, request: { type: 'page/mentions' } }],
    ['pack/import', { type: 'pack/import', pack: { format: 1 } }],
    ['pack/export', { type: 'pack/export', packId: 'gloss-bundled' }],
    ['pack/remove', { type: 'pack/remove', packId: 'gloss-bundled' }],
    ['data/reset', { type: 'data/reset' }],
    ['settings/set', { type: 'settings/set', change: { pausedEverywhere: true } }],
    ['stats/get', { type: 'stats/get' }],
    ['entities/get', { type: 'entities/get', ids: ['keir-starmer'] }],
  ])('%s is refused with an error envelope', async (type, message) => {
    const { page } = await suite.open('/fixtures/trust.html');
    expect(await send(page, message)).toEqual({ ok: false, error: `${type} is not available to web pages` });
    await page.close();
  });

  it('the matcher, card data, badge and its own site settings are answered', async () => {
    const { page } = await suite.open('/fixtures/trust.html');
    const card = (await send(page, { type: 'card/get', entityId: 'keir-starmer' })) as {
      ok: boolean;
      data: { entity: { name: string } };
    };
    expect(card.ok && card.data.entity.name).toBe('Keir Starmer');
    expect(((await send(page, { type: 'matcher/get' })) as { ok: boolean }).ok).toBe(true);
    expect(await send(page, { type: 'badge/set', count: 2 })).toEqual({ ok: true, data: true });
    await page.close();
  });

  it('settings cannot be written around the background, and other sites stay private', async () => {
    const options = await suite.session.context.newPage();
    await options.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
    await options.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
        type: 'settings/set',
        change: { pausedSites: ['bank.example', 'other.example'] },
      }),
    );
    const { page } = await suite.open('/fixtures/trust.html');
    const written = await inContentScriptWorld(
      page,
      `chrome.storage.local.set({ settings: { version: 1, pausedEverywhere: true } }).then(() => 'written')`,
    );
    expect(written).toEqual({ thrown: expect.stringMatching(/access|not available|undefined|permission/i) });
    const settings = (await send(page, { type: 'settings/get' })) as { data: { pausedSites: string[] } };
    expect(settings.data.pausedSites).toEqual([]);
    // The options page still sees and changes everything.
    const stored = await options.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('settings'),
    );
    expect((stored.settings as { pausedSites: string[] }).pausedSites).toEqual([
      'bank.example',
      'other.example',
    ]);
    await options.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
        type: 'settings/set',
        change: { pausedSites: [] },
      }),
    );
    expect(await entityHighlights(page)).toContain('gloss-keir-starmer');
    await options.close();
    await page.close();
  });
});

/** An extension page's `chrome` API, as far as these tests use it. */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
