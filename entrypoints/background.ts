import { browser } from 'wxt/browser';
import { startStore } from '../src/db/start-store';
import { articleDateStore } from '../src/messaging/article-date-store';
import { backgroundAccess } from '../src/messaging/background-access';
import { createRouter } from '../src/messaging/create-router';
import { DossierTabs } from '../src/messaging/open-dossier';
import {
  type BackgroundReplies,
  type BackgroundRequest,
  BackgroundRequestSchema,
} from '../src/messaging/protocol';
import { relayCommand } from '../src/messaging/relay-command';
import { relayToTab } from '../src/messaging/relay-to-tab';
import { classifySender } from '../src/messaging/sender-trust';
import { showBadge } from '../src/messaging/show-badge';
import { injectCardView, startInFrame } from '../src/messaging/start-in-frame';
import { startSettingsService } from '../src/settings/settings-service';

export default defineBackground(() => {
  const dossiers = new DossierTabs();
  const settings = startSettingsService();
  const base = browser.runtime.getURL('/');
  const route = createRouter<BackgroundRequest, BackgroundReplies>(
    BackgroundRequestSchema,
    {
      ...startStore(),
      'badge/set': async ({ count, paused }, sender) => showBadge(sender, count, paused),
      'frame/start': async (_, sender) => startInFrame(sender),
      'card/view': async (_, sender) => injectCardView(sender),
      'tab/ask': async ({ tabId, request }) => relayToTab(tabId, request),
      'settings/get': async (_, sender) =>
        settings.get(sender, classifySender(sender, browser.runtime.id, base) === 'extension-page'),
      'settings/set': async ({ change }) => settings.set(change),
      'entity/mute': async ({ entityId }) => settings.mute(entityId),
      'dossier/open': async ({ entityId, articleDate }, sender) =>
        dossiers.open(sender?.tab?.id, entityId, articleDate ?? null),
      'dossier/chosen': async ({ tabId }) => dossiers.chosenIn(tabId),
      ...articleDateStore(browser.storage.local),
    },
    backgroundAccess(browser.runtime.id, base),
  );
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
  browser.commands.onCommand.addListener((command, tab) => void relayCommand(command, tab?.id));
});
