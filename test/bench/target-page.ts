import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { bundledPack } from '../core/match/bundled-matcher';
import { type ChromiumSession, keepOffline, launchChromium } from '../e2e/harness/launch-chromium';
import { servePages } from '../e2e/harness/serve-pages';
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
 * list items), `frames:<count>` (a page of that many empty frames, as the e2e test's) or a file name in the corpus. Generated
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
  if (target.startsWith('frames:')) {
    await writeFile(join(dir, 'page.html'), framesPage(Number(target.slice(7))).html);
    return { dir, path: '/gen/page.html' };
  }
  if (target.startsWith('huge:')) {
    await writeFile(join(dir, 'page.html'), QUICK_HUGE[Number(target.slice(5))]!().html);
    return { dir, path: '/gen/page.html' };
  }
  return { dir, path: `/pages/${encodeURIComponent(target)}` };
}

/**
 * Chromium with Gloss, offline but for a local server of the corpus and `target`'s page (see
 * `targetPage`), and a new tab not yet on it: `go` opens the page in it, `close` ends it all.
 */
export async function openTarget(target: string): Promise<{
  gloss: ChromiumSession;
  page: Page;
  go: () => Promise<unknown>;
  close: () => Promise<void>;
}> {
  const { dir, path } = await targetPage(target);
  const server = await servePages({ '/pages': CORPUS, '/gen': dir });
  const gloss = await launchChromium();
  const close = async () => {
    await gloss.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await keepOffline(gloss.context, server.origin);
    const page = await gloss.context.newPage();
    return {
      gloss,
      page,
      go: () => page.goto(server.url(path), { waitUntil: 'commit', timeout: 60_000 }),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
