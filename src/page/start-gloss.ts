import { browser } from 'wxt/browser';
import { askBackground } from '../messaging/background-client';
import { createRouter } from '../messaging/create-router';
import type { PageReplies, PageReport, PageRequest } from '../messaging/page-protocol';
import { pageRequestReader } from '../messaging/read-page-request';
import type { Settings } from '../settings/settings';
import { isPausedOn, settingsFromBackground } from '../settings/settings-rules';
import { type GlossRun, startRun } from './gloss-run';
import { loadMatcher } from './load-matcher';
import { whenTextAppears } from './wait-for-text';

/** What a running Gloss exposes to its entrypoint. */
export interface GlossHandle {
  /** Scans the document afresh (after an SPA navigation). */
  rescan(): void;
}

/**
 * The documents Gloss reads: web pages (HTML, XHTML) and text the browser shows as text (plain,
 * Markdown, CSV…). Not a feed or another XML document the browser shows in its viewer: its
 * elements are no HTML elements (no `style`, no `dataset`), so no card could open, and its text is
 * a feed's, not an article's.
 */
function isRead(type: string): boolean {
  return type === 'application/xhtml+xml' || (type.startsWith('text/') && type !== 'text/xml');
}

/**
 * Runs Gloss in one document once its body has some text (a frame with none loads nothing): gets
 * the compiled matcher and the reader's settings from the background (the top frame asks at
 * once, while the page loads), and runs unless paused for this site. A change of settings applies at once: the run
 * stops and, unless now paused, starts again with the new settings. Answers the popup's
 * requests, and tells the background the mention count for the toolbar badge (top frame only).
 * Everything is removed when `signal` aborts. Null where the browser lacks the Highlight API.
 */
export async function startGloss(doc: Document, signal: AbortSignal): Promise<GlossHandle | null> {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || !isRead(doc.contentType)) return null;
  const topFrame = doc.defaultView === doc.defaultView?.top;
  // A top frame nearly always has text: ask at once, while the page is still being parsed. Other
  // frames ask only once they have some (a thousand empty frames load nothing).
  const early = topFrame ? Promise.all([loadMatcher(), pageSettings()]) : null;
  early?.catch(() => {});
  if (!(await whenTextAppears(doc, signal))) return null;
  const [matcher, initial] = await (early ?? Promise.all([loadMatcher(), pageSettings()]));
  if (signal.aborted) return null;
  let run: GlossRun | null = null;
  let badge = '';
  let shown = { count: 0, paused: false };
  const setBadge = (count: number, paused = false) => {
    const key = `${count}/${paused}`;
    shown = { count, paused };
    if (!topFrame || key === badge) return;
    badge = key;
    // Not shown (the background was restarting, say): the next count is sent even if the same.
    askBackground({ type: 'badge/set', count, paused }).catch(() => {
      if (badge === key) badge = '';
    });
  };
  // The browser resets a tab's badge when it navigates, and a count sent while the page was
  // parsed may have come before that: it is sent once more when the page has loaded.
  const resend = () => {
    badge = '';
    if (run || shown.paused) setBadge(shown.count, shown.paused);
  };
  doc.defaultView?.addEventListener('load', resend, { once: true, signal });
  // So does Back or Forward to a page kept in the back/forward cache: the page comes back as it
  // was, without a load, and the badge with it.
  doc.defaultView?.addEventListener(
    'pageshow',
    (event) => {
      if ((event as PageTransitionEvent).persisted) resend();
    },
    { signal },
  );
  let applied = '';
  const apply = (settings: Settings) => {
    // A change message can arrive more than once (or after the settings were read): only a real
    // change restarts the run, which would otherwise lose the keyboard position and the open card.
    const key = JSON.stringify(settings);
    if (key === applied) return;
    applied = key;
    run?.stop();
    run = null;
    if (isPausedOn(settings, doc.location.hostname)) setBadge(0, true);
    else run = startRun(doc, matcher, settings, (mentions) => setBadge(mentions.total), signal);
  };
  apply(initial);
  const rescan = () => run?.page.rescanAll();
  const navigation = (doc.defaultView as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', rescan, { signal });
  const answer = createRouter<PageRequest, PageReplies>(pageRequestReader, {
    'page/mentions': async () => run?.page.report() ?? pausedReport(doc),
    'page/goto': async ({ entityId }) => (run ? run.keyboard.goTo(entityId) : false),
    'page/move': async ({ step }) => (run ? run.keyboard.move(step) : false),
  });
  const listener = (message: unknown) => {
    // The background says the settings changed (content scripts do not read storage themselves).
    if ((message as { type?: unknown } | null)?.type === 'page/settings-changed') {
      void pageSettings().then((next) => signal.aborted || apply(next));
      return undefined;
    }
    return answer(message);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    run?.stop();
    browser.runtime.onMessage.removeListener(listener);
  });
  return { rescan };
}

/** The settings for this page, from the background (defaults when it does not answer). */
async function pageSettings(): Promise<Settings> {
  return settingsFromBackground(await askBackground({ type: 'settings/get' }).catch(() => null));
}

function pausedReport(doc: Document): PageReport {
  return {
    url: doc.location.href,
    paused: true,
    complete: true,
    total: 0,
    painted: 0,
    counts: {},
    scanMs: null,
    longestSliceMs: 0,
    sliceP95Ms: 0,
    firstHighlightAt: null,
    completeAt: null,
    whileParsed: null,
    articleDate: null,
    articleDateSource: null,
  };
}
