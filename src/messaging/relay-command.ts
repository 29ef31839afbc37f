import { browser } from 'wxt/browser';
import { relayToTab } from './relay-to-tab';

/** The manifest's keyboard commands, and the page move each one asks for. */
export const MENTION_COMMANDS = {
  'next-mention': 1,
  'previous-mention': -1,
} as const;

/**
 * Handles a manifest keyboard command (the browser's own shortcut, which readers can remap):
 * relays the move to the content script in the tab's top frame (the active tab when the browser
 * names none). Resolves to what the page answered (true when it moved), or null when no page did.
 */
export async function relayCommand(command: string, tabId?: number): Promise<unknown> {
  const step = MENTION_COMMANDS[command as keyof typeof MENTION_COMMANDS];
  if (!step) return null;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return null;
  return relayToTab(id, { type: 'page/move', step });
}
