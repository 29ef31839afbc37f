import type { Page } from 'playwright-core';

/** One `gloss-<entity id>` highlight as a test sees it: the entity and each range's text, in order. */
export interface SeenHighlight {
  entity: string;
  texts: string[];
}

/**
 * Runs in the page: lists every `gloss-<entity id>` highlight in the document's registry (the
 * test contract), leaving out the painting highlights `gloss-mention` and `gloss-active`.
 */
export function readHighlightsInPage(): SeenHighlight[] {
  const found: SeenHighlight[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('gloss-') || name === 'gloss-mention' || name === 'gloss-active') continue;
    const ranges = [...(highlight as Highlight)] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    found.push({ entity: name.slice('gloss-'.length), texts: ranges.map((r) => r.toString()) });
  }
  return found.sort((a, b) => a.entity.localeCompare(b.entity));
}

/** Groups expected mentions the way `readHighlightsInPage` reports them. */
export function groupExpected(mentions: { entity: string; text: string }[]): SeenHighlight[] {
  const byEntity = new Map<string, string[]>();
  for (const m of mentions) byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m.text]);
  return [...byEntity]
    .map(([entity, texts]) => ({ entity, texts }))
    .sort((a, b) => a.entity.localeCompare(b.entity));
}

/** The names of the entity highlights registered in the page (`gloss-<entity id>`), sorted. */
export function entityHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights.keys()]
      .filter((k) => k.startsWith('gloss-') && k !== 'gloss-mention' && k !== 'gloss-active')
      .sort(),
  );
}
