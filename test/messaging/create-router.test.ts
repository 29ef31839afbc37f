import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/messaging/create-router';
import {
  type BackgroundReplies,
  type BackgroundRequest,
  BackgroundRequestSchema,
} from '../../src/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

const route = createRouter<BackgroundRequest, BackgroundReplies>(BackgroundRequestSchema, {
  'matcher/get': async () => {
    throw new Error('store unavailable');
  },
  'card/get': async ({ entityId }) => (entityId === 'keir-starmer' ? null : null),
  'stats/get': async () => ({ packs: [], counts: { entities: 1, facts: 2, sources: 3, notes: 4 } }),
  'pack/import': async () => ({ ok: false, problems: [] }),
  'pack/remove': async () => false,
  'pack/export': async () => null,
  'data/reset': async () => true,
  'entities/get': async ({ ids }) => ids.map((id) => ({ id, name: id, kind: 'person' })),
  'badge/set': async ({ count }, sender) => sender?.tab?.id === 7 && count === 3,
  'frame/start': async () => false,
  'card/view': async () => false,
  'tab/ask': async () => null,
  'settings/get': async () => DEFAULT_SETTINGS,
  'settings/set': async () => DEFAULT_SETTINGS,
  'dossier/get': async () => null,
  'dossier/open': async (_, sender) => sender?.tab?.id === 7,
  'dossier/chosen': async ({ tabId }) =>
    tabId === 7 ? { entityId: 'keir-starmer', articleDate: null } : null,
  'entity/mute': async () => true,
  'articleDate/get': async () => null,
  'articleDate/set': async () => true,
});

describe('createRouter', () => {
  it('answers a valid request with an ok envelope', async () => {
    expect(await route({ type: 'stats/get' })).toEqual({
      ok: true,
      data: { packs: [], counts: { entities: 1, facts: 2, sources: 3, notes: 4 } },
    });
  });

  it.each([
    [undefined, /of type \(none\)/],
    [null, /of type \(none\)/],
    ['card/get', /of type \(none\)/],
    [{ type: 'nope' }, /of type nope/],
    [{ type: 'card/get' }, /of type card\/get/],
    [{ type: 'card/get', entityId: '<img src=x onerror=alert(1)>' }, /kebab-case/],
    [{ type: 'stats/get', extra: true }, /of type stats\/get/],
    [{ type: 'pack/remove', packId: '../../etc' }, /of type pack\/remove/],
    [{ type: 'pack/import' }, /of type pack\/import/],
    [{ type: 'card/get', entityId: 'keir-starmer', articleDate: '4 June 2025' }, /of type card\/get/],
    [{ type: 'dossier/open', entityId: 'keir-starmer', articleDate: '2025-02-30' }, /of type dossier\/open/],
    [{ type: 'dossier/chosen', tabId: -1 }, /of type dossier\/chosen/],
  ])('answers %j with an error envelope', async (message, reason) => {
    const reply = await route(message);
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error).toMatch(reason);
  });

  it('passes the sender to handlers that need the tab', async () => {
    expect(await route({ type: 'badge/set', count: 3 }, { tab: { id: 7 } })).toEqual({
      ok: true,
      data: true,
    });
    expect(await route({ type: 'badge/set', count: 3 })).toEqual({ ok: true, data: false });
    expect((await route({ type: 'badge/set', count: -1 })).ok).toBe(false);
  });

  it('answers the dossier requests, with the sender’s tab where one is needed', async () => {
    expect(await route({ type: 'dossier/open', entityId: 'keir-starmer' }, { tab: { id: 7 } })).toEqual({
      ok: true,
      data: true,
    });
    expect(await route({ type: 'dossier/chosen', tabId: 7 })).toEqual({
      ok: true,
      data: { entityId: 'keir-starmer', articleDate: null },
    });
    expect((await route({ type: 'card/get', entityId: 'keir-starmer', articleDate: '2025-06-04' })).ok).toBe(
      true,
    );
  });

  it('turns a handler that throws into an error envelope', async () => {
    expect(await route({ type: 'matcher/get' })).toEqual({ ok: false, error: 'store unavailable' });
  });
});
