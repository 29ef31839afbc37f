import { browser } from 'wxt/browser';
import { askBackground } from '../messaging/background-client';
import type { PageReplies, PageRequest } from '../messaging/page-protocol';
import type { EntitySummary } from '../messaging/protocol';

/**
 * The tab the popup acts on: the `tab` parameter of its address when given (the popup opened as a
 * page, as tests do), else the active tab of the current window.
 */
export async function targetTabId(location: Location): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Asks the content script of a tab's top frame, through the background (so the popup needs no
 * tabs API); null when none answers, as on pages Gloss does not run on.
 */
export async function askPage<R extends PageRequest>(
  tabId: number,
  request: R,
): Promise<PageReplies[R['type']] | null> {
  try {
    return ((await askBackground({ type: 'tab/ask', tabId, request })) ?? null) as
      | PageReplies[R['type']]
      | null;
  } catch {
    return null;
  }
}

/** An entity on the page: who or what, and how often it is mentioned. */
export interface PageEntity extends EntitySummary {
  count: number;
}

/** The entities counted on a page, with their names and kinds, most mentioned first. */
export async function pageEntities(counts: Record<string, number>): Promise<PageEntity[]> {
  const ids = Object.keys(counts);
  if (!ids.length) return [];
  const summaries = await askBackground({ type: 'entities/get', ids });
  return summaries
    .map((e) => ({ ...e, count: counts[e.id] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
