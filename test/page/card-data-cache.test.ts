import { describe, expect, it } from 'vitest';
import type { CardData } from '../../src/core/facts/card-data';
import { CardDataCache } from '../../src/page/card-data-cache';

const card = { entity: { id: 'keir-starmer', name: 'Keir Starmer' } } as unknown as CardData;
const lost = () => Promise.reject(new Error('no valid reply from the background to card/get'));
const answer = (data: CardData | null) => () => Promise.resolve(data);

/** A fetcher that plays `replies` in order and counts its calls. */
function scripted(replies: (() => Promise<CardData | null>)[]) {
  let calls = 0;
  const fetch = () => {
    const reply = replies[calls] ?? lost;
    calls++;
    return reply();
  };
  return { fetch, calls: () => calls };
}

describe('CardDataCache', () => {
  it.each<[string, (() => Promise<CardData | null>)[], (CardData | null)[], number]>([
    ['keeps an answer: later hovers do not ask again', [answer(card)], [card, card, card], 1],
    ['keeps a "no such entity" answer', [answer(null)], [null, null], 1],
    ['retries a lost reply once at once', [lost, answer(card)], [card, card], 2],
    [
      'keeps nothing when the retry is lost too, so the next hover asks again',
      [lost, lost, answer(card)],
      [null, card, card],
      3,
    ],
    ['asks twice per hover at most while the background is gone', [lost, lost, lost, lost], [null, null], 4],
  ])('%s', async (_, replies, expected, calls) => {
    const background = scripted(replies);
    const cache = new CardDataCache(background.fetch);
    const seen: (CardData | null)[] = [];
    for (let i = 0; i < expected.length; i++) seen.push(await cache.get('keir-starmer'));
    expect(seen).toEqual(expected);
    expect(background.calls()).toBe(calls);
  });

  it('shares one request between hovers that overlap', async () => {
    const background = scripted([answer(card)]);
    const cache = new CardDataCache(background.fetch);
    expect(await Promise.all([cache.get('keir-starmer'), cache.get('keir-starmer')])).toEqual([card, card]);
    expect(background.calls()).toBe(1);
  });
});
