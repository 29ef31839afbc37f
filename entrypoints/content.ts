import '../assets/highlights.css';
import { startGloss } from '../src/page/start-gloss';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    startGloss(document, ctx.signal).catch((error: unknown) => {
      if (!ctx.isInvalid) console.debug('[gloss] not started:', error);
    });
  },
});
