/** Most mentions painted at once: a window of them around the screen (keeps huge pages fast). */
export const MAX_PAINTED = 3000;
/** How many of the window's mentions come before the first one on screen, when it is placed. */
const BEFORE_SCREEN = 1000;
/** The window moves when fewer than this many of its mentions are left above the screen... */
const KEEP_ABOVE = 300;
/** ...or fewer than this many from the screen down (unless it reaches the page's first or last). */
const KEEP_BELOW = 1000;

/**
 * Where the painted window starts among `chosen` (mentions in document order, each with the index
 * of its buffer), with buffer `near` the first on screen: where it is now (`at`, null when nothing
 * is painted) while the screen is well inside it, else placed anew around the screen.
 */
export function windowStart(
  chosen: readonly { readonly buffer: number }[],
  near: number,
  at: number | null,
): number {
  if (chosen.length <= MAX_PAINTED) return 0;
  let lo = 0;
  let hi = chosen.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chosen[mid]!.buffer < near) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  const end = (at ?? 0) + MAX_PAINTED;
  const placed = Math.max(0, Math.min(first - BEFORE_SCREEN, chosen.length - MAX_PAINTED));
  // Nothing found from the screen down (the screen is past the last mention, or its text is
  // still to be matched): the window ends with the last mentions, and stays while few are added.
  if (first === chosen.length)
    return at !== null && end >= chosen.length - KEEP_BELOW && end <= chosen.length
      ? at
      : chosen.length - MAX_PAINTED;
  if (at === null) return placed;
  const above = at === 0 || first - at >= KEEP_ABOVE;
  const below = end >= chosen.length || end - first >= KEEP_BELOW;
  return above && below && first >= at && end <= chosen.length ? at : placed;
}
