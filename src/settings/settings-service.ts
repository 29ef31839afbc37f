import { browser } from 'wxt/browser';
import type { MessageSender } from '../messaging/create-router';
import { type Settings, settingsForHost } from './settings';
import { loadSettings, watchSettings, writeSettingsChange } from './settings-store';

/** The message every tab's content scripts get when the settings change (they ask again). */
export const SETTINGS_CHANGED = { type: 'page/settings-changed' } as const;

/**
 * The background's settings service. Keeps `storage.local` to the extension's own contexts where
 * the browser allows it (Chrome's `setAccessLevel`; Firefox has no such switch, so there a
 * content script could still write storage directly), answers `settings/get` with what the
 * sender's page needs, applies `settings/set` (the router lets only extension pages send it) and
 * `entity/mute` (adds one id to the muted list; content scripts may send it), and
 * tells every tab when the settings change, since content scripts no longer read storage.
 */
export function startSettingsService(): {
  get(sender: MessageSender | undefined, fromExtensionPage: boolean): Promise<Settings>;
  set(change: Record<string, unknown>): Promise<Settings>;
  mute(entityId: string): Promise<boolean>;
} {
  const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});
  watchSettings(() => void tellEveryTab(), new AbortController().signal);
  return {
    async get(sender, fromExtensionPage) {
      const settings = await loadSettings();
      return fromExtensionPage ? settings : settingsForHost(settings, hostOf(sender?.url));
    },
    set: writeSettingsChange,
    async mute(entityId) {
      const { mutedEntities } = await loadSettings();
      if (!mutedEntities.includes(entityId))
        await writeSettingsChange({ mutedEntities: [...mutedEntities, entityId] });
      return true;
    },
  };
}

async function tellEveryTab(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, SETTINGS_CHANGED).catch(() => {}),
    ),
  );
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
