import { browser } from 'wxt/browser';
import { startStore } from '../src/db/start-store';
import { createRouter } from '../src/messaging/create-router';
import { DossierTabs } from '../src/messaging/open-dossier';
import {
  type BackgroundReplies,
  type BackgroundRequest,
  BackgroundRequestSchema,
} from '../src/messaging/protocol';
import { relayToTab } from '../src/messaging/relay-to-tab';
import { showBadge } from '../src/messaging/show-badge';

export default defineBackground(() => {
  const dossiers = new DossierTabs();
  const route = createRouter<BackgroundRequest, BackgroundReplies>(BackgroundRequestSchema, {
    ...startStore(),
    'badge/set': async ({ count }, sender) => showBadge(sender, count),
    'tab/ask': async ({ tabId, request }) => relayToTab(tabId, request),
    'dossier/open': async ({ entityId, articleDate }, sender) =>
      dossiers.open(sender?.tab?.id, entityId, articleDate ?? null),
    'dossier/chosen': async ({ tabId }) => dossiers.chosenIn(tabId),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
});
