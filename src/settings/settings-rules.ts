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
  return settings.pausedEverywhere || pausingSite(settings, host) !== null;
}

/** The paused site that covers `host` (the host itself or a site it belongs to), or null. */
export function pausingSite(settings: Settings, host: string): string | null {
  const h = siteOf(host);
  return settings.pausedSites.find((site) => h === site || h.endsWith(`.${site}`)) ?? null;
}

/**
 * The site to pause for a page's host, or for a site a reader types: lower case, without a
 * leading `www.` or a final dot (`news.example.` is `news.example`), a name in another script in
 * its ASCII form, as addresses carry it (`пример.рф` is `xn--e1afmkfd.xn--p1ai`).
 */
export function siteOf(host: string): string {
  let site = host
    .trim()
    .toLowerCase()
    .replace(/\.+$/, '')
    .replace(/^www\./, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, not a control character
  if (/[^\u0000-\u007f]/.test(site)) {
    try {
      site = new URL(`http://${site}/`).hostname;
    } catch {
      // Not a host name: left as typed, for the caller's check to refuse.
    }
  }
  return site;
}

/** True for a site as `siteOf` gives it: a host name, an IPv4 address, or an IPv6 one in brackets. */
export function isSiteName(site: string): boolean {
  return /^(?=.{1,253}$)([a-z0-9-]+\.)*[a-z0-9-]+$/.test(site) || /^\[[0-9a-f:.]{2,45}\]$/.test(site);
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
