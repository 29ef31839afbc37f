import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundledPack } from '../core/match/bundled-matcher';
import {
  bigTextNodePage,
  blocksPage,
  framesPage,
  listPage,
  paragraphsPage,
  textNodesPage,
} from './huge-pages';
import { newsLikeText } from './news-text';

/** The corpus of real pages, served under `/pages`. */
export const CORPUS = resolve(process.cwd(), '../shared/corpus/realpages');

const QUICK_HUGE = [
  () => textNodesPage(200_000),
  () => paragraphsPage(20_000),
  () => bigTextNodePage(10),
  () => blocksPage(150_000),
  () => framesPage(200),
];

/**
 * The page a profiling tool opens, by name: `generated` (the 3 MB page of bench:page),
 * `huge:<n>` (the n-th pathological page of its quick set), `list:<items>` (the e2e test's page of
 * list items) or a file name in the corpus. Generated
 * pages are written to a new temporary `dir` (served under `/gen`); `path` is the page's path.
 */
export async function targetPage(target: string): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-profile-'));
  if (target === 'generated') {
    const names = bundledPack.entities.map((e) => e.name);
    const paragraphs = newsLikeText(3_200_000, names).split('\n');
    await writeFile(
      join(dir, 'page.html'),
      `<!doctype html><html><head><meta charset="utf-8"><title>Generated</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`,
    );
    return { dir, path: '/gen/page.html' };
  }
  if (target.startsWith('list:')) {
    await writeFile(join(dir, 'page.html'), listPage(Number(target.slice(5))).html);
    return { dir, path: '/gen/page.html' };
  }
  if (target.startsWith('huge:')) {
    await writeFile(join(dir, 'page.html'), QUICK_HUGE[Number(target.slice(5))]!().html);
    return { dir, path: '/gen/page.html' };
  }
  return { dir, path: `/pages/${encodeURIComponent(target)}` };
}
