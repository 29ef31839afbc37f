import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');

/**
 * Makes sure both builds exist: reuses them when present (npm test builds first), builds them
 * otherwise. Set GLOSS_REBUILD=1 to force a build.
 */
export function ensureBuilt(): void {
  const built = [CHROME_BUILD, FIREFOX_BUILD].every((dir) => existsSync(resolve(dir, 'manifest.json')));
  if (built && process.env.GLOSS_REBUILD !== '1') return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  statSync(resolve(CHROME_BUILD, 'manifest.json'));
}
