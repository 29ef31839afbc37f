import { describe, expect, it } from 'vitest';
import {
  ARTICLE_DATES_KEY,
  articleDateStore,
  type KeyValueArea,
} from '../../src/messaging/article-date-store';

function memoryArea(): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => {
      Object.assign(data, structuredClone(items));
    },
  };
}

const from = (url: string) => ({ url, tab: { id: 1 }, frameId: 0 });

describe('articleDateStore', () => {
  it('keeps a date for the asking page only, without its fragment, and forgets it on null', async () => {
    const store = articleDateStore(memoryArea());
    expect(await store['articleDate/set']({ date: '2025-01-20' }, from('https://news.example/a#top'))).toBe(
      true,
    );
    expect(await store['articleDate/get']({}, from('https://news.example/a'))).toBe('2025-01-20');
    expect(await store['articleDate/get']({}, from('https://news.example/a?page=2'))).toBeNull();
    expect(await store['articleDate/get']({}, from('https://news.example/b'))).toBeNull();
    expect(await store['articleDate/set']({ date: null }, from('https://news.example/a'))).toBe(true);
    expect(await store['articleDate/get']({}, from('https://news.example/a'))).toBeNull();
  });

  it.each<[string, string | undefined, string]>([
    ['no sender address', undefined, '2025-01-20'],
    ['not a web page', 'chrome-extension://abc/options.html', '2025-01-20'],
    ['not a real day', 'https://news.example/a', '2025-02-30'],
  ])('refuses %s', async (_why, url, date) => {
    const area = memoryArea();
    expect(await articleDateStore(area)['articleDate/set']({ date }, url ? from(url) : undefined)).toBe(
      false,
    );
    expect(area.data[ARTICLE_DATES_KEY]).toBeUndefined();
  });
});
