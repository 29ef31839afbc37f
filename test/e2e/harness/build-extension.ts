import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The project's root: the nearest folder above this file with Gloss's package.json (works bundled too). */
export const ROOT = findRoot(import.meta.dirname);
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');
/**
 * The Firefox build the e2e tests load: the same code, built with `--mode e2e`, whose manifest
 * also makes the popup and options page reachable from a page (Firefox's WebDriver cannot open
 * extension pages itself). The shipped build is `FIREFOX_BUILD`.
 */
export const FIREFOX_TEST_BUILD = resolve(ROOT, '.output/firefox-mv2-e2e');

const INPUTS = ['entrypoints', 'src', 'assets', 'wxt.config.ts', 'package.json'];

/**
 * Makes sure the Chromium build and the Firefox test build exist and are newer than every source
 * file: reuses them when they are, rebuilds otherwise. GLOSS_REBUILD=1 forces a build.
 */
export function ensureBuilt(): void {
  const newestInput = Math.max(...INPUTS.map((p) => newestMtime(resolve(ROOT, p))));
  for (const [dir, args] of [
    [CHROME_BUILD, ['wxt', 'build']],
    [FIREFOX_TEST_BUILD, ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']],
  ] as const) {
    const manifest = resolve(dir, 'manifest.json');
    const fresh = existsSync(manifest) && statSync(manifest).mtimeMs >= newestInput;
    if (fresh && process.env.GLOSS_REBUILD !== '1') continue;
    execFileSync('npx', [...args], { cwd: ROOT, stdio: 'ignore' });
  }
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"gloss"/.test(readFileSync(manifest, 'utf8'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no Gloss package.json above ${from}`);
  }
}
