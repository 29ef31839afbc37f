import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, ensureBuilt, FIREFOX_BUILD, ROOT } from './harness/build-extension';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
}

describe('the packages a store receives', () => {
  beforeAll(() => {
    ensureBuilt();
    if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json')))
      execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
  });

  it.each([
    ['Chrome', CHROME_BUILD, 'action'],
    ['Firefox', FIREFOX_BUILD, 'browser_action'],
  ])('the %s build names icons of every size, and each file is that size', (_, dir, actionKey) => {
    const manifest = manifestOf(dir);
    const icons = manifest.icons as Record<string, string>;
    expect(Object.keys(icons).map(Number)).toEqual([16, 32, 48, 96, 128]);
    expect((manifest[actionKey] as { default_icon: unknown }).default_icon).toEqual(icons);
    for (const [size, path] of Object.entries(icons)) {
      expect(pngSize(resolve(dir, path))).toEqual([Number(size), Number(size)]);
      expect(pngSize(resolve(dir, path.replace('icon/', 'icon-paused/')))).toEqual([
        Number(size),
        Number(size),
      ]);
    }
  });

  it('the sources zip holds the tracked sources and nothing local', async () => {
    const stray = resolve(ROOT, 'stray-local-notes.txt');
    writeFileSync(stray, 'not part of the project');
    try {
      execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
    } finally {
      rmSync(stray);
    }
    const version = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    const zip = await JSZip.loadAsync(readFileSync(resolve(ROOT, `.output/gloss-${version}-sources.zip`)));
    const files = Object.keys(zip.files).filter((f) => !zip.files[f]!.dir);
    const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n'));
    expect(files.filter((f) => !tracked.has(f))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'wxt.config.ts', 'src/core/match/matcher.ts']),
    );
  });
});
