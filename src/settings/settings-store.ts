import { browser } from 'wxt/browser';
import { askBackground } from '../messaging/background-client';
import { parseSettings, type Settings } from './settings';

const KEY = 'settings';

/**
 * The reader's settings from `storage.local` (defaults where nothing valid is stored). For the
 * extension's own pages and the background; a content script asks the background instead.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

/**
 * Changes some settings, keeping the rest; every open page applies the change at once. Goes
 * through the background, which refuses it from anything but the extension's own pages.
 */
export async function updateSettings(change: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  return askBackground({ type: 'settings/set', change });
}

/** The background's side of `updateSettings`: merges the change into what is stored and writes it. */
export async function writeSettingsChange(change: Record<string, unknown>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
