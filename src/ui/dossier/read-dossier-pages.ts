import { askBackground } from '../../messaging/background-client';
import type { DossierPage } from '../../messaging/protocol';

/** Asks for the page of `entityId`'s dossier that starts at `offset`. */
export type AskDossierPage = (entityId: string, offset: number | undefined) => Promise<DossierPage | null>;

const askPage: AskDossierPage = (entityId, offset) =>
  askBackground({ type: 'dossier/get', entityId, ...(offset ? { offset } : {}) });

/**
 * Reads `entityId`'s dossier page by page, so a large entity shows its first page at once and
 * never arrives as one huge read. After each page `onPage` hears everything read so far (facts in
 * order, sources and notes each once) and whether that was the last page; it returns false to
 * stop (the reader moved on). An unknown entity gives one call with null.
 */
export async function readDossierPages(
  entityId: string,
  onPage: (sofar: DossierPage | null, done: boolean) => boolean,
  ask: AskDossierPage = askPage,
): Promise<void> {
  let sofar: DossierPage | null = null;
  let offset: number | undefined;
  for (;;) {
    const page = await ask(entityId, offset);
    sofar = sofar && page ? mergeDossierPages(sofar, page) : page;
    const done = page?.next == null;
    if (!onPage(sofar, done) || done) return;
    offset = page!.next!;
  }
}

/** `earlier` followed by `later`: facts appended, sources and notes added where new, by id. */
export function mergeDossierPages(earlier: DossierPage, later: DossierPage): DossierPage {
  const union = <T extends { id: string }>(a: T[], b: T[]) => {
    const seen = new Set(a.map((x) => x.id));
    return [...a, ...b.filter((x) => !seen.has(x.id))];
  };
  return {
    ...later,
    offset: earlier.offset,
    facts: union(earlier.facts, later.facts),
    sources: union(earlier.sources, later.sources),
    notes: union(earlier.notes, later.notes),
  };
}
