import type { MainTask } from '../e2e/harness/main-thread-trace';

/** What the main thread did between two moments (ms from its first task). */
export interface WindowShares {
  /** The window's length. */
  ms: number;
  /** Time in tasks, by part ("Gloss script", "layout", …); `other` is task time in none of them. */
  parts: Map<string, number>;
  /** Time in no task at all: the thread waited. */
  idle: number;
}

/**
 * Splits the window `[from, to)` of the main thread into its tasks' parts and the time it was
 * idle. A task that straddles an end counts for the share of it inside the window, its parts
 * scaled alike (a trace does not say where in a task each part fell).
 */
export function windowShares(tasks: readonly MainTask[], from: number, to: number): WindowShares {
  const parts = new Map<string, number>();
  let busy = 0;
  for (const task of tasks) {
    const start = Math.max(task.at, from);
    const end = Math.min(task.at + task.ms, to);
    if (end <= start || task.ms <= 0) continue;
    const share = (end - start) / task.ms;
    busy += end - start;
    let named = 0;
    for (const [key, value] of task.parts) {
      parts.set(key, (parts.get(key) ?? 0) + value * share);
      named += value * share;
    }
    // Parts can overlap (a collection inside Gloss's script), so what is left may be below zero.
    const other = end - start - named;
    if (other > 0) parts.set('other', (parts.get('other') ?? 0) + other);
  }
  return { ms: Math.max(0, to - from), parts, idle: Math.max(0, to - from - busy) };
}
