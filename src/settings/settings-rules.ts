import type { Settings } from './settings';

// The settings' defaults and the rules read from them, without zod: the content script uses these
// and takes its settings from the background, which has checked them (`parseSettings`).

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  hoverDelayMs: 300,
  highlightStyle: 'background',
  kinds: { person: true, topic: true, organisation: true },
  pausedSites: [],
  pausedEverywhere: false,
  marking: 'every',
  mutedEntities: [],
  privateHighlights: false,
};

/** True when Gloss is paused on `host`: everywhere, or on the host or a site it belongs to. */
export function isPausedOn(settings: Settings, host: string): boolean {
  if (settings.pausedEverywhere) return true;
  const h = host.toLowerCase().replace(/^www\./, '');
  return settings.pausedSites.some((site) => h === site || h.endsWith(`.${site}`));
}

/** The site to pause for a page's host: its name without a leading `www.`. */
export function siteOf(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * The settings a page on `host` needs: everything but the paused-site list, which keeps only the
 * entries that pause this host, so a page (or a compromised renderer) learns nothing about the
 * reader's other sites.
 */
export function settingsForHost(settings: Settings, host: string): Settings {
  const pausedSites = settings.pausedSites.filter((site) =>
    isPausedOn({ ...settings, pausedEverywhere: false, pausedSites: [site] }, host),
  );
  return { ...settings, pausedSites };
}

/**
 * The settings a page gets from the background (already checked there by `parseSettings`): what
 * it sent over the defaults, or the defaults when it sent no settings at all.
 */
export function settingsFromBackground(reply: unknown): Settings {
  if (typeof reply !== 'object' || reply === null || (reply as { version?: unknown }).version !== 1)
    return DEFAULT_SETTINGS;
  return { ...DEFAULT_SETTINGS, ...(reply as Partial<Settings>) };
}
