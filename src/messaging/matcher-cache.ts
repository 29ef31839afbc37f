import { browser } from 'wxt/browser';
import type { MatcherData } from '../core/match/matcher-data';
import type { BuiltMatcher } from './protocol';

const KEY = 'matcher';

/**
 * Keeps the latest compiled matcher in `storage.local`, where every content script can read it
 * without waking the background. When it cannot be stored (over the storage quota) the old copy
 * is removed, so no page goes on matching stale data; pages then ask the background.
 */
export async function publishMatcher(built: BuiltMatcher): Promise<void> {
  try {
    await browser.storage.local.set({ [KEY]: built });
  } catch {
    await browser.storage.local.remove(KEY);
  }
}

/** The stored matcher, or null when there is none or it does not look like one. */
export async function readStoredMatcher(): Promise<MatcherData | null> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<BuiltMatcher> | undefined;
  return isMatcherData(stored?.data) ? stored.data : null;
}

/** Calls `onChange` when the background stores a new matcher, until `signal` aborts. */
export function watchStoredMatcher(onChange: (data: MatcherData) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[KEY]?.newValue as Partial<BuiltMatcher> | undefined;
    if (area === 'local' && isMatcherData(next?.data)) onChange(next.data);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}

/** The shape of `MatcherData`; the packed bytes are checked when the matcher loads. */
export function isMatcherData(value: unknown): value is MatcherData {
  const v = value as Partial<MatcherData> | null | undefined;
  return (
    !!v &&
    v.format === 2 &&
    typeof v.packed === 'string' &&
    Array.isArray(v.entityIds) &&
    Array.isArray(v.entityKinds) &&
    v.entityIds.every((id) => typeof id === 'string') &&
    v.entityKinds.every((k) => typeof k === 'string')
  );
}

/**
 * Tells the background that the data changed elsewhere (the options page writes the store
 * itself): asking for the matcher makes it compile the new one and store it for every page.
 */
export function refreshStoredMatcher(): void {
  browser.runtime.sendMessage({ type: 'matcher/get' }).catch(() => {});
}
