import { Matcher } from '../core/match/matcher';
import type { PackedMatcher } from '../core/match/matcher-data';
import { askBackground } from '../messaging/background-client';

/**
 * The matcher for this page, from the background, asked for piece by piece (see `MatcherPart`:
 * a matcher of any size crosses the message limit). Rejects when it cannot be had or loaded.
 */
export async function loadMatcher(attempts = 3): Promise<Matcher> {
  const first = await askBackground({ type: 'matcher/get', part: 0 });
  const texts = [first.text];
  for (let part = 1; part < first.parts; part++) {
    const next = await askBackground({ type: 'matcher/get', part });
    if (next.revision !== first.revision) {
      // The data changed while the pieces were arriving: start again.
      if (attempts <= 1) throw new Error('the matcher kept changing while it was loading');
      return loadMatcher(attempts - 1);
    }
    texts.push(next.text);
  }
  return new Matcher(JSON.parse(texts.join('')) as PackedMatcher);
}
