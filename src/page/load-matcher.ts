import { Matcher } from '../core/match/matcher';
import type { MatcherData } from '../core/match/matcher-data';
import { askBackground } from '../messaging/background-client';
import { isMatcherData, readStoredMatcher } from '../messaging/matcher-cache';

/**
 * The matcher for this page: the copy the background keeps in extension storage when there is
 * a good one (no message, no waiting for the background to wake), else the background's, asked
 * for piece by piece (see `MatcherPart`). Rejects when neither can be had.
 */
export async function loadMatcher(): Promise<Matcher> {
  const stored = await readStoredMatcher().catch(() => null);
  if (stored) {
    try {
      return new Matcher(stored);
    } catch {
      // Written by another version, or damaged: the background's copy is authoritative.
    }
  }
  return new Matcher(await fetchMatcher());
}

async function fetchMatcher(attempts = 3): Promise<MatcherData> {
  const first = await askBackground({ type: 'matcher/get', part: 0 });
  const texts = [first.text];
  for (let part = 1; part < first.parts; part++) {
    const next = await askBackground({ type: 'matcher/get', part });
    if (next.revision !== first.revision) {
      // The data changed while the pieces were arriving: start again.
      if (attempts <= 1) throw new Error('the matcher kept changing while it was loading');
      return fetchMatcher(attempts - 1);
    }
    texts.push(next.text);
  }
  const data: unknown = JSON.parse(texts.join(''));
  if (!isMatcherData(data)) throw new Error('the background sent no matcher');
  return data;
}
