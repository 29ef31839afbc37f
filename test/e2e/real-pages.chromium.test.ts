import { expect, it } from 'vitest';
import { CORPUS_DIR as CORPUS, describeWithShared } from '../support/shared-data';
import { sweepPages } from './harness/sweep';

// The known traps of the corpus, and busy news pages with real mentions.
const PAGES = [
  'wikipedia.html',
  'yahoo-1.html',
  'ietf-1.html',
  'nytimes-1.html',
  'yahoo-2.html',
  'bbc-1.html',
];

describeWithShared('corpus', 'the real-page sweep on a handful of pages', () => {
  it('causes no page errors and no DOM differences, and falls for none of the known traps', async () => {
    const results = await sweepPages(CORPUS, PAGES);
    expect(results.map((r) => r.page)).toEqual(PAGES);
    for (const r of results) {
      expect(r.glossOnlyErrors, r.page).toEqual([]);
      expect(r.domIdentical, r.page).toBe(true);
      expect(r.scanMs, r.page).not.toBeNull();
      expect(r.mentions['patrick-turner'] ?? 0, `${r.page}: a Turner who is not Patrick Turner`).toBe(0);
      expect(r.mentions['keith-kellogg'] ?? 0, `${r.page}: a Kellogg who is not Keith Kellogg`).toBe(0);
    }
    const nytimes = results.find((r) => r.page === 'nytimes-1.html')!;
    expect(nytimes.mentions['donald-trump']).toBeGreaterThan(5);
    expect(nytimes.mentions['vladimir-putin']).toBeGreaterThan(0);
  }, 180_000);
});
