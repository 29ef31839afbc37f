import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, isSiteName } from './settings-rules';

/** A site as `siteOf` gives it (`example.com`, `news.example.co.uk`, `[::1]`), lower-cased. */
const HostSchema = z.string().check(
  z.maxLength(253),
  z.refine((site) => isSiteName(site)),
);

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

export {
  DEFAULT_SETTINGS,
  isPausedOn,
  isSiteName,
  pausingSite,
  settingsForHost,
  siteOf,
} from './settings-rules';

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
