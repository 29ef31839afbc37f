import { browser } from 'wxt/browser';
import type { MessageSender } from './create-router';

/** The toolbar icon in each state, as named for `setIcon` (paths inside the extension). */
const ICON_PATHS = {
  on: iconSet('icon'),
  paused: iconSet('icon-paused'),
};

function iconSet(folder: string): Record<string, string> {
  return Object.fromEntries([16, 32, 48].map((size) => [String(size), `/${folder}/${size}.png`]));
}

/**
 * Shows the number of mentions on the sender's tab in the toolbar badge (nothing for zero), and
 * the greyed icon on that tab while Gloss is paused there. False when the message came from no tab.
 */
export async function showBadge(
  sender: MessageSender | undefined,
  count: number,
  paused = false,
): Promise<boolean> {
  const tabId = sender?.tab?.id;
  if (tabId === undefined) return false;
  const action = browser.action ?? browser.browserAction;
  await action.setIcon({ tabId, path: paused ? ICON_PATHS.paused : ICON_PATHS.on });
  await action.setBadgeBackgroundColor({ tabId, color: '#a16207' });
  await action.setBadgeText({ tabId, text: count > 0 ? String(count > 999 ? '999+' : count) : '' });
  return true;
}
