import { isRealCalendarDate } from '../core/dates/date-keys';
import type { MessageSender } from './create-router';

/** The part of `storage.local` the store needs (the extension's, or a test's stand-in). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The storage key, and how many pages' dates are kept (the oldest set are forgotten first). */
export const ARTICLE_DATES_KEY = 'articleDates';
export const MAX_ARTICLE_DATES = 2000;

/**
 * Article dates the reader set by hand, one per page address, in `storage.local`. The address
 * is the asking frame's, as the browser reports it (a page cannot set the date of another), with
 * its fragment dropped. Answers the `articleDate/get` and `articleDate/set` requests.
 */
export function articleDateStore(area: KeyValueArea) {
  const read = async (): Promise<Record<string, string>> => {
    const value = (await area.get(ARTICLE_DATES_KEY))[ARTICLE_DATES_KEY];
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  };
  return {
    'articleDate/get': async (_request: unknown, sender?: MessageSender): Promise<string | null> => {
      const key = pageKey(sender);
      return key ? ((await read())[key] ?? null) : null;
    },
    'articleDate/set': async (
      { date }: { date: string | null },
      sender?: MessageSender,
    ): Promise<boolean> => {
      const key = pageKey(sender);
      if (!key || (date !== null && !isRealCalendarDate(date))) return false;
      const dates = await read();
      delete dates[key];
      if (date) dates[key] = date;
      const kept = Object.entries(dates).slice(-MAX_ARTICLE_DATES);
      await area.set({ [ARTICLE_DATES_KEY]: Object.fromEntries(kept) });
      return true;
    },
  };
}

function pageKey(sender: MessageSender | undefined): string | null {
  const url = sender?.url;
  if (!url || !/^https?:\/\//.test(url)) return null;
  return url.replace(/#.*$/, '').slice(0, 2000);
}
