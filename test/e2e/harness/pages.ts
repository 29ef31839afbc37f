import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './build-extension';
import { type PageServer, servePages } from './serve-pages';

export const FIXTURES = resolve(ROOT, 'test/fixtures/pages');
export const DEMO_PAGES = resolve(ROOT, 'test/demo/pages');

/** Serves the fixture pages under /fixtures/ and the demo articles under /demo/. */
export function serveFixtures(): Promise<PageServer> {
  return servePages({ '/fixtures': FIXTURES, '/demo': DEMO_PAGES });
}

/** The mentions a fixture page is expected to yield, from the JSON file beside it. */
export function expectedMentions(page: string): { entity: string; text: string }[] {
  const file = resolve(FIXTURES, page.replace(/\.html$/, '.expected.json'));
  return (JSON.parse(readFileSync(file, 'utf8')) as { mentions: { entity: string; text: string }[] })
    .mentions;
}

/** Runs in the page: the viewport box of the first range of highlight `gloss-<entityId>`, or null. */
export function firstMentionBox(
  entityId: string,
): { x: number; y: number; width: number; height: number } | null {
  const highlight = CSS.highlights.get(`gloss-${entityId}`) as Highlight | undefined;
  if (!highlight) return null;
  const ranges = [...highlight] as Range[];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const rect = ranges[0]?.getClientRects()[0];
  return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
}

/** Runs in the page: what the open card shows, or null when no `gloss-card` host exists. */
export function readCardInPage(): {
  text: string;
  box: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  dates: string[];
  sources: string[];
} | null {
  const host = document.querySelector('gloss-card');
  const panel = host?.shadowRoot?.querySelector('.card');
  if (!panel) return null;
  const r = panel.getBoundingClientRect();
  return {
    text: panel.textContent ?? '',
    box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    viewport: { width: window.innerWidth, height: window.innerHeight },
    dates: [...panel.querySelectorAll('li.fact time')].map((t) => t.textContent ?? ''),
    sources: [...panel.querySelectorAll('li.fact .sources a')].map((a) => a.textContent ?? ''),
  };
}

/** Runs in the page: the viewport box of the first painted mention of `entityId` inside element `id`. */
export function mentionBoxIn([entityId, id]: [string, string]): {
  x: number;
  y: number;
  width: number;
  height: number;
} | null {
  const el = document.getElementById(id);
  const highlight = CSS.highlights.get(`gloss-${entityId}`) as Highlight | undefined;
  if (!el || !highlight) return null;
  for (const r of highlight as unknown as Iterable<Range>) {
    if (!el.contains(r.startContainer)) continue;
    const box = r.getClientRects()[0];
    if (box) return { x: box.x, y: box.y, width: box.width, height: box.height };
  }
  return null;
}
