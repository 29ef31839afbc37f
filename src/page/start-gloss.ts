import { Matcher } from '../core/match/matcher';
import { askBackground } from '../messaging/background-client';
import { HighlightPainter } from './highlight-painter';
import { HoverCard } from './hover-card';
import { MentionIndex } from './mention-index';
import { scanPage } from './scan-page';

/**
 * Runs Gloss in one document: fetches the compiled matcher from the background, scans the page,
 * paints the mentions and wires up the hover card. Everything it registers is removed when
 * `signal` aborts (the extension was disabled, updated or reloaded).
 */
export async function startGloss(doc: Document, signal: AbortSignal): Promise<void> {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const matcher = new Matcher(await askBackground({ type: 'matcher/get' }));
  if (signal.aborted) return;
  const painter = new HighlightPainter(CSS.highlights);
  signal.addEventListener('abort', () => painter.clear());
  const hover = new HoverCard(doc, painter, { dwell: 300, hide: 300 }, signal);
  const mentions = await scanPage(doc.body ?? doc.documentElement, matcher, signal);
  if (signal.aborted) return;
  painter.paint(mentions);
  hover.setIndex(new MentionIndex(mentions));
}
