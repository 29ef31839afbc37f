import { CardHost } from '../src/page/card-host';
import { registerCardView } from '../src/page/card-view';

/**
 * The card on screen, run in a frame by the background (`card/view`) the first time the frame's
 * content script needs it: the reader's pointer reaches a mention, or a card is opened by
 * keyboard or touch. A page whose mentions nobody opens never loads it.
 */
export default defineUnlistedScript(() => {
  registerCardView(CardHost);
});
