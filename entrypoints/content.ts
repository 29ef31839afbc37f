import '../assets/highlights.css';
import { forgetCardView } from '../src/page/card-view';
import { extensionLifetime } from '../src/page/extension-lifetime';
import type { GlossHandle } from '../src/page/start-gloss';
import { startGloss } from '../src/page/start-gloss';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // The top frame only: a frame below it runs `frame.ts`, which starts this script once the
  // frame has text (see `src/messaging/start-in-frame.ts`).
  // As early as possible: Gloss waits for text in the body, then marks it while the page is still
  // loading, so mentions show with the first paint rather than a second later.
  runAt: 'document_start',
  // WXT's start-up announcement through postMessage would tell every page the extension's id.
  noScriptStartedPostMessage: true,
  main() {
    // Once per document: a frame's script may ask to start Gloss again (its frame navigated
    // while the background was injecting), and two runs would paint and answer twice.
    const world = globalThis as { glossStarted?: boolean };
    if (world.glossStarted) return;
    world.glossStarted = true;
    // WXT's context signal can be aborted by the page (a replayed start-up event): Gloss keeps
    // its own, which ends only when the extension is reloaded, updated or removed.
    let gloss: GlossHandle | null = null;
    const { signal } = extensionLifetime(() => gloss?.rescan());
    signal.addEventListener('abort', () => {
      world.glossStarted = false;
      forgetCardView();
    });
    startGloss(document, signal).then(
      (started) => {
        gloss = started;
      },
      (error: unknown) => {
        if (!signal.aborted) console.debug('[gloss] not started:', error);
      },
    );
  },
});
