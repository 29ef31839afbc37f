import type { Matcher } from '../core/match/matcher';
import { askBackground } from '../messaging/background-client';
import type { Settings } from '../settings/settings';
import { GlossPage } from './gloss-page';
import { HighlightPainter } from './highlight-painter';
import { HoverCard } from './hover-card';
import { KeyboardNav } from './keyboard-nav';
import { MentionIndex } from './mention-index';
import type { PageMentions } from './page-resolution';

/** One run of Gloss on a page with one set of settings; stopping it removes everything it added. */
export interface GlossRun {
  page: GlossPage;
  keyboard: KeyboardNav;
  stop(): void;
}

/**
 * Starts Gloss on `doc` with `settings`: painter (in the chosen style, marking as much as the
 * reader chose and no muted entity), scanner (only the chosen kinds of entity), hover card (the
 * chosen delay; its Mute button saves the setting, which restarts the run) and keyboard
 * navigation over the marked mentions. The run ends when
 * `stop` is called or `signal` aborts.
 */
export function startRun(
  doc: Document,
  matcher: Matcher,
  settings: Settings,
  onPainted: (mentions: PageMentions) => void,
  signal: AbortSignal,
): GlossRun {
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop, { signal: controller.signal });
  const own = controller.signal;
  const kinds = new Map(matcher.data.entityIds.map((id, i) => [id, matcher.data.entityKinds[i] ?? '']));
  const allow = (entityId: string) => {
    const kind = kinds.get(entityId) as keyof Settings['kinds'] | undefined;
    return !kind || !(kind in settings.kinds) || settings.kinds[kind];
  };
  const painter = new HighlightPainter(
    CSS.highlights,
    settings.highlightStyle,
    { marking: settings.marking, muted: new Set(settings.mutedEntities) },
    doc,
    settings.privateHighlights ? opaqueNames(matcher.data.importedEntities ?? []) : undefined,
  );
  // The one settings change a page may ask for; the background applies it (the run restarts).
  const mute = (entityId: string) => {
    askBackground({ type: 'entity/mute', entityId }).catch(() => {});
  };
  own.addEventListener('abort', () => painter.clear());
  // A page's own highlighter may empty the registry (`CSS.highlights.clear()`): the reader's next
  // scroll puts Gloss's highlights back (once an animation frame), as every paint does.
  let restoring = false;
  const restore = () => {
    restoring = false;
    painter.restore();
  };
  doc.addEventListener(
    'scroll',
    () => {
      if (restoring) return;
      restoring = true;
      doc.defaultView?.requestAnimationFrame(restore);
    },
    { capture: true, passive: true, signal: own },
  );
  let page: GlossPage | null = null;
  const hover = new HoverCard(
    doc,
    painter,
    { dwell: settings.hoverDelayMs, hide: 300 },
    () => page?.scannedShadowRoots ?? [],
    own,
    mute,
  );
  page = new GlossPage(
    doc,
    matcher,
    painter,
    (mentions) => {
      hover.setIndex(new MentionIndex(painter.marked));
      onPainted(mentions);
    },
    own,
    allow,
  );
  const keyboard = new KeyboardNav(doc, () => painter.all, hover, own);
  page.rescanAll();
  return { page, keyboard, stop };
}

/**
 * Highlight names for the private-highlights setting: `gloss-<id>` for bundled entities (the test
 * contract), and for each entity of an imported pack a random `gloss-x<hex>` name, new for every
 * run, so the page cannot map a highlight to the reader's entity.
 */
function opaqueNames(imported: readonly string[]): (entityId: string) => string {
  const hidden = new Set(imported);
  const names = new Map<string, string>();
  return (entityId) => {
    if (!hidden.has(entityId)) return `gloss-${entityId}`;
    let name = names.get(entityId);
    if (!name) {
      const bytes = crypto.getRandomValues(new Uint8Array(8));
      name = `gloss-x${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
      names.set(entityId, name);
    }
    return name;
  };
}
