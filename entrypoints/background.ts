import { browser } from 'wxt/browser';
import { startStore } from '../src/db/start-store';
import { createRouter } from '../src/messaging/create-router';
import { publishMatcher } from '../src/messaging/matcher-cache';
import {
  type BackgroundReplies,
  type BackgroundRequest,
  BackgroundRequestSchema,
} from '../src/messaging/protocol';
import { relayToTab } from '../src/messaging/relay-to-tab';
import { showBadge } from '../src/messaging/show-badge';

export default defineBackground(() => {
  const route = createRouter<BackgroundRequest, BackgroundReplies>(BackgroundRequestSchema, {
    ...startStore(undefined, publishMatcher),
    'badge/set': async ({ count }, sender) => showBadge(sender, count),
    'tab/ask': async ({ tabId, request }) => relayToTab(tabId, request),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
});
