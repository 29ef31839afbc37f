import { browser } from 'wxt/browser';
import { Matcher } from '../core/match/matcher';
import { askBackground } from '../messaging/background-client';
import { createRouter } from '../messaging/create-router';
import { type PageReplies, type PageRequest, PageRequestSchema } from '../messaging/page-protocol';
import { GlossPage } from './gloss-page';
import { HighlightPainter } from './highlight-painter';
import { HoverCard } from './hover-card';
import { KeyboardNav } from './keyboard-nav';
import { MentionIndex } from './mention-index';

/** What a running Gloss exposes to its entrypoint. */
export interface GlossHandle {
  page: GlossPage;
  keyboard: KeyboardNav;
  /** Scans the document afresh (after an SPA navigation). */
  rescan(): void;
}

/**
 * Runs Gloss in one document: fetches the compiled matcher from the background, scans and
 * watches the page, paints the mentions and wires up the hover card. Everything it registers is
 * removed when `signal` aborts (the extension was disabled, updated or reloaded). Resolves to
 * null where the browser has no CSS Custom Highlight API.
 */
export async function startGloss(doc: Document, signal: AbortSignal): Promise<GlossHandle | null> {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  const matcher = new Matcher(await askBackground({ type: 'matcher/get' }));
  if (signal.aborted) return null;
  const painter = new HighlightPainter(CSS.highlights);
  signal.addEventListener('abort', () => painter.clear());
  let page: GlossPage | null = null;
  const hover = new HoverCard(
    doc,
    painter,
    { dwell: 300, hide: 300 },
    () => page?.scannedShadowRoots ?? [],
    signal,
  );
  page = new GlossPage(
    doc,
    matcher,
    painter,
    (mentions) => hover.setIndex(new MentionIndex(mentions.painted)),
    signal,
  );
  const keyboard = new KeyboardNav(doc, () => page.mentions.painted, hover, signal);
  page.rescanAll();
  const rescan = () => page.rescanAll();
  const navigation = (doc.defaultView as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', rescan, { signal });
  const answer = createRouter<PageRequest, PageReplies>(PageRequestSchema, {
    'page/mentions': async () => page.report(),
  });
  const listener = (message: unknown) => answer(message);
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
  return { page, keyboard, rescan };
}
