import type { ThisPage } from './date-links';
import { isFullPost } from './date-site-front';
import { headedByLinkElsewhere } from './date-teasers';

/** True when `heading` heads a post shown in full (see `isFullPost`). */
export function inFullPost(heading: Element): boolean {
  const entry = heading.closest('article, .hentry, .post');
  return entry !== null && isFullPost(entry);
}

/**
 * The first `article` or `main` of the body that is not a card of another story (an `article`
 * whose heading links elsewhere: a sidebar's "Yin yoga" card after a title outside any article),
 * else the body. Looks at the first twenty.
 */
export function firstRoot(page: ThisPage, body: Element): Element {
  const candidates = body.querySelectorAll('article, main, [role="main"]');
  for (let i = 0; i < candidates.length && i < 20; i++) {
    const candidate = candidates[i]!;
    if (candidate.tagName.toUpperCase() !== 'ARTICLE' || !headedByLinkElsewhere(page, candidate))
      return candidate;
  }
  return body;
}
