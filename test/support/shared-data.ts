import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

/**
 * The folder of archived material that sits beside a checkout (`../shared`): the seed articles the
 * bundled dataset is verified against and the real-page corpus. A clone from a public host has no
 * such folder, so tests that need it go through `describeWithShared`, which reports them as skipped
 * with a one-line reason instead of crashing while tests are collected.
 */
export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');
/** The archived seed articles (`NNN-*.txt`). */
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');
/** The real news pages (`*.html` with `*.meta.json` beside each). */
export const CORPUS_DIR = join(SHARED_DIR, 'corpus', 'realpages');

/** What a suite needs from `../shared`. */
export type SharedNeed = 'seeds' | 'corpus';

const DIRS: Record<SharedNeed, string> = { seeds: SEEDS_DIR, corpus: CORPUS_DIR };

/** True when the folder is there; nothing else is read. */
export function hasShared(need: SharedNeed): boolean {
  return existsSync(DIRS[need]);
}

/** The one-line reason printed for a skipped suite. */
export function skipReason(need: SharedNeed): string {
  return `skipped: ../shared/${need === 'seeds' ? 'seeds' : 'corpus/realpages'} not found beside the checkout`;
}

/**
 * `describe(name, body)` when the folder is there; otherwise one skipped test whose name says what
 * was skipped and why, so the reporters list it. `body` runs only when the folder exists. With
 * GLOSS_REQUIRE_SHARED=1 (CI) a missing folder is a failing test instead.
 */
export function describeWithShared(need: SharedNeed, name: string, body: () => void): void {
  if (hasShared(need)) describe(name, body);
  else if (process.env.GLOSS_REQUIRE_SHARED === '1')
    describe(name, () =>
      it(`needs ../shared/${need} (GLOSS_REQUIRE_SHARED=1)`, () => {
        throw new Error(skipReason(need).replace('skipped: ', ''));
      }),
    );
  else describe(name, () => it.skip(skipReason(need), () => {}));
}

/** The archived seed texts by file name (empty when the folder is missing). */
export function readSeedArchives(): Map<string, string> {
  if (!hasShared('seeds')) return new Map();
  return new Map(
    readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(SEEDS_DIR, f), 'utf8')] as const),
  );
}
