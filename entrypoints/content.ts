import '../assets/highlights.css';
import { startGloss } from '../src/page/start-gloss';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // As early as possible: Gloss waits for text in the body, then marks it while the page is still
  // loading, so mentions show with the first paint rather than a second later.
  runAt: 'document_start',
  main(ctx) {
    // The context learns that a reload or update orphaned this script only when asked; its
    // interval asks once a second, and the abort then removes everything Gloss added.
    ctx.setInterval(() => {}, 1000);
    startGloss(document, ctx.signal).then(
      (gloss) => {
        if (gloss) ctx.addEventListener(window, 'wxt:locationchange', () => gloss.rescan());
      },
      (error: unknown) => {
        if (!ctx.isInvalid) console.debug('[gloss] not started:', error);
      },
    );
  },
});
