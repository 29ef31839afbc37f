import { browser } from 'wxt/browser';

/** The content script and its styles, as the build writes them. */
const SCRIPT = '/content-scripts/content.js';
const STYLES = '/content-scripts/content.css';
/** The card on screen, run in a frame the first time its content script needs it. */
const CARD_SCRIPT = '/card.js';

/** The frame a message came from (as `runtime.onMessage` describes its sender). */
interface FrameSender {
  tab?: { id?: number };
  frameId?: number;
  /** Chrome's id of the sending document: the injection lands in it or nowhere. */
  documentId?: string;
}

/**
 * Starts Gloss in the frame that asks: its styles, then its content script (which starts once per
 * document, however often it is injected). A frame's own small
 * script asks once the frame has text, so a page with a thousand empty frames runs Gloss in none
 * of them. Only the sender's own frame is ever the target, and never a top frame, where the
 * content script starts with the page. False when the sender is not a frame of a tab.
 */
export async function startInFrame(sender: FrameSender | undefined): Promise<boolean> {
  const target = senderFrame(sender, false);
  if (!target) return false;
  await browser.scripting.insertCSS({ target, files: [STYLES] });
  await browser.scripting.executeScript({ target, files: [SCRIPT], injectImmediately: true });
  return true;
}

/**
 * Runs the card's own script in the frame that asks (its content script needs a card for the
 * first time: see `src/page/card-view.ts`), the top frame included. False when the sender is
 * not a frame of a tab.
 */
export async function injectCardView(sender: FrameSender | undefined): Promise<boolean> {
  const target = senderFrame(sender, true);
  if (!target) return false;
  await browser.scripting.executeScript({ target, files: [CARD_SCRIPT], injectImmediately: true });
  return true;
}

/** The sender's own document as an injection's target (a top frame only `withTop`), or null. */
function senderFrame(
  sender: FrameSender | undefined,
  withTop: boolean,
): { tabId: number; documentIds: string[] } | { tabId: number; frameIds: number[] } | null {
  const tabId = sender?.tab?.id;
  const frameId = sender?.frameId;
  if (tabId === undefined || tabId < 0 || frameId === undefined || frameId < (withTop ? 0 : 1)) return null;
  // The document where the browser has it (a frame keeps its id when it navigates).
  return sender?.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [frameId] };
}
