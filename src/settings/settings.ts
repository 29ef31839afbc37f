import * as z from 'zod/mini';

/** A host name as readers type it (`example.com`, `news.example.co.uk`), lower-cased. */
const HostSchema = z.string().check(z.maxLength(253), z.regex(/^(?=.{1,253}$)([a-z0-9-]+\.)*[a-z0-9-]+$/));

/**
 * The reader's settings, stored under `settings` in `storage.local`. `version` says which shape
 * is stored; older shapes are migrated by `parseSettings`.
 */
export const SettingsSchema = z.object({
  version: z.literal(1),
  /** How long the pointer rests on a mention before its card opens, in milliseconds. */
  hoverDelayMs: z.number().check(z.int(), z.minimum(0), z.maximum(3000)),
  /** How mentions are painted; `off` paints nothing but keeps the keyboard path. */
  highlightStyle: z.enum(['background', 'underline', 'off']),
  /** Which kinds of entity to mark. */
  kinds: z.object({ person: z.boolean(), topic: z.boolean(), organisation: z.boolean() }),
  /** Sites (and their subdomains) where Gloss is paused. */
  pausedSites: z.array(HostSchema).check(z.maxLength(1000)),
  pausedEverywhere: z.boolean(),
  /**
   * How much to mark: every mention, the first mention of each entity per section of the page
   * (between headings), or only the first mention of each entity on the page.
   */
  marking: z.enum(['every', 'section', 'page']),
  /** Entities never marked (ids), muted from the card, the popup or the options page. */
  mutedEntities: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(10_000)),
  /**
   * Register entities from imported packs under opaque highlight names that change with every
   * page load, so a page's scripts cannot tell which of the reader's own entities it mentions.
   */
  privateHighlights: z.boolean(),
});

export type Settings = z.infer<typeof SettingsSchema>;

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

/**
 * Reads stored settings: valid fields are kept, missing or invalid ones take their defaults, so a
 * damaged or older entry never stops Gloss. Nothing stored gives the defaults.
 */
export function parseSettings(raw: unknown): Settings {
  if (raw === null || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key === 'version' || !(key in raw)) continue;
    const candidate = { ...merged, [key]: (raw as Record<string, unknown>)[key] };
    if (SettingsSchema.safeParse(candidate).success) merged[key] = candidate[key];
  }
  return merged as Settings;
}

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
