import { browser } from 'wxt/browser';
import { Matcher } from '../core/match/matcher';
import { askBackground } from '../messaging/background-client';
import { createRouter } from '../messaging/create-router';
import { watchStoredMatcher } from '../messaging/matcher-cache';
import {
  type PageReplies,
  type PageReport,
  type PageRequest,
  PageRequestSchema,
} from '../messaging/page-protocol';
import { isPausedOn, type Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/settings-store';
import { type GlossRun, startRun } from './gloss-run';
import { loadMatcher } from './load-matcher';
import { whenTextAppears } from './wait-for-text';

/** What a running Gloss exposes to its entrypoint. */
export interface GlossHandle {
  /** Scans the document afresh (after an SPA navigation). */
  rescan(): void;
}

/**
 * Runs Gloss in one document once its body has some text (a frame with none loads nothing): loads
 * the compiled matcher (from extension storage, else from the background) and the reader's
 * settings, and runs unless paused for this site; a new matcher (a pack imported or removed)
 * restarts the run with it. A change of settings applies at once: the run
 * stops and, unless now paused, starts again with the new settings. Answers the popup's
 * requests, and tells the background the mention count for the toolbar badge (top frame only).
 * Everything is removed when `signal` aborts. Null where the browser lacks the Highlight API.
 */
export async function startGloss(doc: Document, signal: AbortSignal): Promise<GlossHandle | null> {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  if (!(await whenTextAppears(doc, signal))) return null;
  let [matcher, settings] = await Promise.all([loadMatcher(), loadSettings()]);
  if (signal.aborted) return null;
  const topFrame = doc.defaultView === doc.defaultView?.top;
  let run: GlossRun | null = null;
  let badge = -1;
  const setBadge = (count: number) => {
    if (!topFrame || count === badge) return;
    badge = count;
    askBackground({ type: 'badge/set', count }).catch(() => {});
  };
  const apply = (next: Settings) => {
    settings = next;
    run?.stop();
    run = null;
    if (isPausedOn(settings, doc.location.hostname)) setBadge(0);
    else run = startRun(doc, matcher, settings, (mentions) => setBadge(mentions.total), signal);
  };
  apply(settings);
  watchSettings(apply, signal);
  watchStoredMatcher((data) => {
    try {
      matcher = new Matcher(data);
      apply(settings);
    } catch {
      // A damaged copy: keep matching with the one already loaded.
    }
  }, signal);
  const rescan = () => run?.page.rescanAll();
  const navigation = (doc.defaultView as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', rescan, { signal });
  const answer = createRouter<PageRequest, PageReplies>(PageRequestSchema, {
    'page/mentions': async () => run?.page.report() ?? pausedReport(doc),
    'page/goto': async ({ entityId }) => (run ? run.keyboard.goTo(entityId) : false),
  });
  const listener = (message: unknown) => answer(message);
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    run?.stop();
    browser.runtime.onMessage.removeListener(listener);
  });
  return { rescan };
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
  };
}
