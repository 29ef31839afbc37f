import { browser } from 'wxt/browser';

/**
 * Tells the background that the data changed elsewhere (the options page writes the store
 * itself): asking for the matcher now makes it compile the new one before the next page needs it.
 */
export function rebuildMatcher(): void {
  browser.runtime.sendMessage({ type: 'matcher/get' }).catch(() => {});
}
