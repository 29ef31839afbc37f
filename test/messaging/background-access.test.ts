import { describe, expect, it } from 'vitest';
import { backgroundAccess } from '../../src/messaging/background-access';
import { createRouter, type MessageSender } from '../../src/messaging/create-router';
import {
  type BackgroundReplies,
  type BackgroundRequest,
  BackgroundRequestSchema,
} from '../../src/messaging/protocol';
import { classifySender } from '../../src/messaging/sender-trust';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const CHROME_BASE = `chrome-extension://${CHROME_ID}/`;
const FIREFOX_ID = 'gloss@example.org';
const FIREFOX_BASE = 'moz-extension://0b7c5a4e-1111-4c2e-9d3f-5a6b7c8d9e0f/';

// The senders as each browser sets them (Chrome 156 and Firefox 153, seen in the built extension).
const chrome = {
  popup: { id: CHROME_ID, url: `${CHROME_BASE}popup.html`, origin: `chrome-extension://${CHROME_ID}` },
  optionsInTab: {
    id: CHROME_ID,
    url: `${CHROME_BASE}options.html`,
    origin: `chrome-extension://${CHROME_ID}`,
    tab: { id: 4 },
    frameId: 0,
  },
  content: {
    id: CHROME_ID,
    url: 'https://news.example/article',
    origin: 'https://news.example',
    tab: { id: 9 },
    frameId: 0,
  },
  contentInFrame: {
    id: CHROME_ID,
    url: 'about:blank',
    origin: 'https://news.example',
    tab: { id: 9 },
    frameId: 3,
  },
  // A compromised renderer cannot choose its url, but a test of the rule should not rely on it.
  lyingOrigin: {
    id: CHROME_ID,
    url: `${CHROME_BASE}options.html`,
    origin: 'https://evil.example',
    tab: { id: 9 },
  },
  otherExtension: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzz/x.html' },
} satisfies Record<string, MessageSender>;
const firefox = {
  popup: { id: FIREFOX_ID, url: `${FIREFOX_BASE}popup.html`, envType: 'addon_child' },
  optionsInTab: {
    id: FIREFOX_ID,
    url: `${FIREFOX_BASE}options.html`,
    envType: 'addon_child',
    tab: { id: 2 },
  },
  content: {
    id: FIREFOX_ID,
    url: 'https://news.example/a',
    envType: 'content_child',
    tab: { id: 5 },
    frameId: 0,
  },
  // An extension page framed in a web page: Firefox says `content_child`, the address decides.
  framedPage: { id: FIREFOX_ID, url: `${FIREFOX_BASE}popup.html`, envType: 'content_child', tab: { id: 2 } },
  contentInFrame: {
    id: FIREFOX_ID,
    url: 'about:blank',
    envType: 'content_child',
    tab: { id: 5 },
    frameId: 7,
  },
} satisfies Record<string, MessageSender>;

describe('classifySender', () => {
  it.each([
    ['Chrome popup', chrome.popup, CHROME_ID, CHROME_BASE, 'extension-page'],
    ['Chrome options page in a tab', chrome.optionsInTab, CHROME_ID, CHROME_BASE, 'extension-page'],
    ['Chrome content script', chrome.content, CHROME_ID, CHROME_BASE, 'content-script'],
    ['Chrome content script in about:blank', chrome.contentInFrame, CHROME_ID, CHROME_BASE, 'content-script'],
    [
      'Chrome sender whose origin is a web page',
      chrome.lyingOrigin,
      CHROME_ID,
      CHROME_BASE,
      'content-script',
    ],
    ['another extension', chrome.otherExtension, CHROME_ID, CHROME_BASE, 'unknown'],
    ['Firefox popup', firefox.popup, FIREFOX_ID, FIREFOX_BASE, 'extension-page'],
    ['Firefox options page in a tab', firefox.optionsInTab, FIREFOX_ID, FIREFOX_BASE, 'extension-page'],
    ['Firefox content script', firefox.content, FIREFOX_ID, FIREFOX_BASE, 'content-script'],
    [
      'Firefox extension page framed in a web page',
      firefox.framedPage,
      FIREFOX_ID,
      FIREFOX_BASE,
      'extension-page',
    ],
    [
      'Firefox content script in about:blank',
      firefox.contentInFrame,
      FIREFOX_ID,
      FIREFOX_BASE,
      'content-script',
    ],
    ['no sender', undefined, CHROME_ID, CHROME_BASE, 'unknown'],
    ['a sender without an address', { id: CHROME_ID, tab: { id: 1 } }, CHROME_ID, CHROME_BASE, 'unknown'],
    [
      'a page of another install',
      { id: FIREFOX_ID, url: 'moz-extension://other-uuid/options.html' },
      FIREFOX_ID,
      FIREFOX_BASE,
      'content-script',
    ],
  ] as const)('%s', (_, sender, id, base, kind) => {
    expect(classifySender(sender, id, base)).toBe(kind);
  });
});

const handlers = {
  'matcher/get': async () => ({}) as BackgroundReplies['matcher/get'],
  'card/get': async () => null,
  'stats/get': async () => ({ packs: [], counts: { entities: 0, facts: 0, sources: 0, notes: 0 } }),
  'pack/import': async () => ({ ok: true, pack: { id: 'p', title: 'P', version: '1.0.0', counts: {} } }),
  'pack/remove': async () => true,
  'pack/export': async () => null,
  'data/reset': async () => true,
  'entities/get': async () => [],
  'badge/set': async () => true,
  'frame/start': async () => true,
  'card/view': async () => true,
  'tab/ask': async () => ({ url: 'https://bank.example/account' }),
  'settings/get': async () => DEFAULT_SETTINGS,
  'settings/set': async () => DEFAULT_SETTINGS,
  'dossier/get': async () => null,
  'dossier/open': async () => true,
  'dossier/chosen': async () => null,
  'entity/mute': async () => true,
  'articleDate/get': async () => null,
  'articleDate/set': async () => true,
} as const satisfies Parameters<typeof createRouter<BackgroundRequest, BackgroundReplies>>[1];

const requests: BackgroundRequest[] = [
  { type: 'matcher/get' },
  { type: 'card/get', entityId: 'keir-starmer' },
  { type: 'badge/set', count: 3 },
  { type: 'frame/start' },
  { type: 'card/view' },
  { type: 'settings/get' },
  { type: 'entity/mute', entityId: 'keir-starmer' },
  { type: 'stats/get' },
  { type: 'pack/import', pack: {} },
  { type: 'pack/remove', packId: 'p' },
  { type: 'pack/export', packId: 'p' },
  { type: 'data/reset' },
  { type: 'entities/get', ids: [] },
  { type: 'tab/ask', tabId: 1, request: { type: 'page/mentions' } },
  { type: 'settings/set', change: { pausedEverywhere: true } },
  { type: 'articleDate/get' },
  { type: 'articleDate/set', date: '2025-01-20' },
  { type: 'dossier/get', entityId: 'keir-starmer' },
  { type: 'dossier/open', entityId: 'keir-starmer', articleDate: '2025-06-04' },
  { type: 'dossier/chosen', tabId: 1 },
];
// A card's "More" asks the background to open the dossier; what the dossier reads is for
// extension pages only.
const forContentScripts = new Set([
  'frame/start',
  'card/view',
  'matcher/get',
  'card/get',
  'badge/set',
  'settings/get',
  'entity/mute',
  'articleDate/get',
  'articleDate/set',
  'dossier/open',
]);

describe.each([
  ['Chrome', CHROME_ID, CHROME_BASE, chrome.popup, chrome.content],
  ['Firefox', FIREFOX_ID, FIREFOX_BASE, firefox.popup, firefox.content],
] as const)('the background router in %s', (_, id, base, page, content) => {
  const route = createRouter<BackgroundRequest, BackgroundReplies>(
    BackgroundRequestSchema,
    handlers,
    backgroundAccess(id, base),
  );

  it.each(requests.map((r) => [r.type, r] as const))(
    'answers %s from an extension page',
    async (_t, request) => {
      expect((await route(request, page)).ok).toBe(true);
    },
  );

  it.each(requests.map((r) => [r.type, r] as const))(
    'decides %s from a content script by the allow-list',
    async (type, request) => {
      const reply = await route(request, content);
      if (forContentScripts.has(type)) expect(reply.ok).toBe(true);
      else expect(reply).toEqual({ ok: false, error: `${type} is not available to web pages` });
    },
  );

  it('refuses everything from an unknown sender', async () => {
    expect(await route({ type: 'matcher/get' }, undefined)).toEqual({
      ok: false,
      error: 'matcher/get is refused: unknown sender',
    });
  });
});
