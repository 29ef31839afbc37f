import { expect } from 'vitest';
import type { SeenHighlight } from './read-highlights';

/** The fixture page that arrives in three parts 2.5 s apart (see `slow.html`). */
export const SLOW_PAGE = '/fixtures/slow.html?pause=2500';

/** Its highlights once it is parsed. */
export const SLOW_PAGE_HIGHLIGHTS: SeenHighlight[] = [
  { entity: 'anders-fogh-rasmussen', texts: ['Anders Fogh Rasmussen'] },
  { entity: 'emmanuel-macron', texts: ['Emmanuel Macron'] },
  { entity: 'giorgia-meloni', texts: ['Giorgia Meloni'] },
  { entity: 'keir-starmer', texts: ['Keir Starmer'] },
  { entity: 'volodymyr-zelenskyy', texts: ['Volodymyr Zelenskyy'] },
];

/** Runs in the page: whether it is still being parsed, and the entities highlighted so far. */
export function slowPageState(): { parsing: boolean; marked: string[] } {
  return {
    parsing: document.readyState === 'loading',
    marked: [...CSS.highlights.keys()]
      .filter((k) => k.startsWith('gloss-') && k !== 'gloss-mention' && k !== 'gloss-active')
      .map((k) => k.slice('gloss-'.length))
      .sort(),
  };
}

/**
 * Checks `slowPageState` once the second part's mentions are marked: the page is still parsed,
 * the first two parts' mentions are marked (the shadow root's too), the third part's is not there yet.
 */
export function expectMarkedWhileParsed(state: { parsing: boolean; marked: string[] }): void {
  expect(state.parsing).toBe(true);
  expect(state.marked).toEqual(
    expect.arrayContaining(['anders-fogh-rasmussen', 'emmanuel-macron', 'keir-starmer']),
  );
  expect(state.marked).not.toContain('volodymyr-zelenskyy');
}
