import type { DateCandidate } from '../core/dates/date-signals';

/** Distinct days that make a block a list of dated entries rather than an article's header. */
const LIST_DAYS = 3;

/**
 * Places `aside` (from `headline`) the candidates of `dated` that come before the title
 * (`anchor`, `before` says which) in a block of their own, outside the title's, holding dates of
 * `LIST_DAYS` days or more: a column of events or news placed before the article in the page
 * ("Termine: 04.05. Flohmarkt, 12.05. Konzert…"), near the title only by position. A header
 * above the title dates its article once or twice (published, updated), never three days.
 */
export function unheadListsBeforeTitle(
  anchor: Element,
  dated: readonly { el: Element; candidates: DateCandidate[] }[],
  before: (el: Element) => boolean,
): void {
  const days = new Map<Element, Set<string>>();
  const members: { branch: Element; candidates: DateCandidate[] }[] = [];
  for (const { el, candidates } of dated) {
    if (!before(el) || el.contains(anchor)) continue;
    const branch = branchBeside(el, anchor);
    if (!branch) continue;
    const set = days.get(branch) ?? new Set<string>();
    for (const c of candidates) set.add(c.reading.date);
    days.set(branch, set);
    members.push({ branch, candidates });
  }
  for (const { branch, candidates } of members)
    if (days.get(branch)!.size >= LIST_DAYS)
      for (const c of candidates) {
        if (c.place === 'headline') c.place = 'aside';
        // An entry's "published" (or a dateline's dash: "5 May 2019 – Ely loop") is the entry's.
        if (c.keyword === 'published') c.keyword = null;
      }
}

/** The ancestor of `el` (or `el`) whose parent is the first one that also holds `anchor`. */
function branchBeside(el: Element, anchor: Element): Element | null {
  let node: Element = el;
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (parent.contains(anchor)) return node;
    node = parent;
  }
  return null;
}
