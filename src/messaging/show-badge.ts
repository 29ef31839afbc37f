import { browser } from 'wxt/browser';
import type { MessageSender } from './create-router';

/**
 * Shows the number of mentions on the sender's tab in the toolbar badge; nothing for zero (also
 * when paused). False when the message came from no tab.
 */
export async function showBadge(sender: MessageSender | undefined, count: number): Promise<boolean> {
  const tabId = sender?.tab?.id;
  if (tabId === undefined) return false;
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: '#a16207' });
  await action.setBadgeText({ tabId, text: count > 0 ? String(count > 999 ? '999+' : count) : '' });
  return true;
}
