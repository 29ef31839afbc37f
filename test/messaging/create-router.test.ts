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
  'tab/ask': async () => null,
  'settings/get': async () => DEFAULT_SETTINGS,
  'settings/set': async () => DEFAULT_SETTINGS,
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

  it('turns a handler that throws into an error envelope', async () => {
    expect(await route({ type: 'matcher/get' })).toEqual({ ok: false, error: 'store unavailable' });
  });
});
