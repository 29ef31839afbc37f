import type { Fact } from '../dataset/fact';
import type { Source } from '../dataset/source';
import type { PackInfo } from './card-data';
import { type Citation, formatCitation } from './format-citation';

/**
 * A fact's plain-text and Markdown citation (from `formatCitation`), ending with the pack it came
 * from in a reader's words: "Source: Gloss bundled dataset, version 1.1.0" or the imported pack's
 * title and version.
 */
export function citeFact(fact: Fact, sources: readonly Source[], pack: PackInfo | undefined): Citation {
  const label = pack?.label ?? 'Gloss dataset';
  const marker = '@@gloss-pack@@';
  const { text, markdown } = formatCitation(fact, sources, marker);
  const named = (s: string) => s.replace(/Source: (?:Gloss dataset )?@@gloss-pack@@/, `Source: ${label}`);
  return { text: named(text), markdown: named(markdown) };
}
