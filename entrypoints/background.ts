import { browser } from 'wxt/browser';
import { startStore } from '../src/db/start-store';

export default defineBackground(() => {
  const handle = startStore();
  browser.runtime.onMessage.addListener((message: unknown) => handle(message));
});
