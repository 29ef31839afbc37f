import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Writes the least an extension can do to notice text arriving in any frame, as Gloss's frame
 * script must: a script in every frame (about:blank ones too) from its start that only watches
 * its document with a mutation observer, and does nothing with what it sees. It is the baseline
 * for what Gloss costs a page of many frames: the collections of the page's heap land in its
 * runs as they do in Gloss's. Returns the extension's folder.
 */
export async function writeWatchingFramesExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-baseline-extension-'));
  const manifest = {
    manifest_version: 3,
    name: 'Frame watcher (baseline)',
    version: '1.0',
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['frame.js'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_start',
      },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(
    join(dir, 'frame.js'),
    `(() => {
  const watch = () => {};
  if (window !== window.top)
    new MutationObserver(watch).observe(document, { childList: true, subtree: true, characterData: true });
})();
`,
  );
  return dir;
}
