import { expect } from 'vitest';
import type { SeenHighlight } from './read-highlights';

/** The fixture page that arrives in four parts 2.5 s apart (see `slow.html`). */
export const SLOW_PAGE = '/fixtures/slow.html?pause=2500';

/** Its highlights once it is parsed. */
export const SLOW_PAGE_HIGHLIGHTS: SeenHighlight[] = [
  { entity: 'anders-fogh-rasmussen', texts: ['Anders Fogh Rasmussen'] },
  { entity: 'emmanuel-macron', texts: ['Emmanuel Macron'] },
  { entity: 'giorgia-meloni', texts: ['Giorgia Meloni'] },
  { entity: 'keir-starmer', texts: ['Keir Starmer'] },
  { entity: 'matthew-whitaker', texts: ['Matthew Whitaker'] },
  { entity: 'volodymyr-zelenskyy', texts: ['Volodymyr Zelenskyy'] },
];

/**
 * Marked before the fourth part comes: the third part's mention, after a script replaced the text
 * node the walk waited at, and the name in the paragraph that held that node.
 */
export const THIRD_PART_MARKED = ['emmanuel-macron', 'giorgia-meloni', 'matthew-whitaker'];

/** Runs in the page: whether it is still parsed, the entities highlighted so far, and how often each. */
export function slowPageState(): { parsing: boolean; marked: string[]; ranges: number[] } {
  const keys = [...CSS.highlights.keys()]
    .filter((k) => k.startsWith('gloss-') && k !== 'gloss-mention' && k !== 'gloss-active')
    .sort();
  return {
    parsing: document.readyState === 'loading',
    marked: keys.map((k) => k.slice('gloss-'.length)),
    ranges: keys.map((k) => CSS.highlights.get(k)?.size ?? 0),
  };
}

/**
 * Checks `slowPageState` while the page is still parsed: `marked` are among the mentions marked
 * (with the first part's, the shadow root's included), each once (the page names each entity
 * once), and the last part's is not there yet.
 */
export function expectMarkedWhileParsed(
  state: { parsing: boolean; marked: string[]; ranges: number[] },
  marked: string[],
): void {
  expect(state.parsing).toBe(true);
  expect(state.marked).toEqual(expect.arrayContaining(['anders-fogh-rasmussen', 'keir-starmer', ...marked]));
  expect(state.marked).not.toContain('volodymyr-zelenskyy');
  expect(state.ranges).toEqual(state.marked.map(() => 1));
}
