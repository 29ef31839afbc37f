import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from '../../core/facts/csl-items';
import chicago from './styles/chicago-note-bibliography.csl?raw';
import mla from './styles/modern-language-association.csl?raw';

/** The reference formats the dossier copies and exports. */
export type ReferenceFormat = 'apa' | 'mla' | 'chicago' | 'bibtex' | 'ris' | 'csl-json';

/** Every reference format, in the order the dossier offers them, with its name for readers. */
export const REFERENCE_FORMATS: { format: ReferenceFormat; name: string }[] = [
  { format: 'apa', name: 'APA' },
  { format: 'mla', name: 'MLA' },
  { format: 'chicago', name: 'Chicago' },
  { format: 'bibtex', name: 'BibTeX' },
  { format: 'ris', name: 'RIS' },
  { format: 'csl-json', name: 'CSL-JSON' },
];

let registered = false;

/**
 * Registers the official MLA (9th edition) and Chicago (17th edition, notes and bibliography) CSL
 * styles with citation-js's CSL plugin (APA ships with it). CC BY-SA 3.0: see the README.
 */
function registerStyles(): void {
  if (registered) return;
  const templates = plugins.config.get('@csl').styles;
  templates.add('mla', mla);
  templates.add('chicago', chicago);
  registered = true;
}

/**
 * Formats CSL-JSON items with citation-js: a bibliography in APA (citation-js's bundled APA
 * style), MLA or Chicago (the official CSL styles), or an export as BibTeX, RIS or CSL-JSON.
 */
export function formatReferences(items: CslItem[], format: ReferenceFormat): string {
  // The MLA and Chicago styles' title case passes over a word right after an opening quote mark
  // ("‘coalition of the Willing’"): such a word is given its capital first, as title case wants it.
  const titleCase = format === 'mla' || format === 'chicago';
  const cite = new Cite(titleCase ? items.map(capitalQuoted) : items);
  switch (format) {
    case 'bibtex':
      // citation-js writes the day into the month ("month = {jun 4}"), which BibTeX cannot read:
      // the month as BibTeX's own macro, the day in a field of its own (biblatex reads it).
      return cite
        .format('bibtex')
        .replace(/^(\s*)month = \{([a-z]{3}) (\d{1,2})\},$/gm, '$1month = $2,\n$1day = {$3},')
        .trim();
    case 'ris':
      // The RIS plugin breaks every value after 70 characters, mid-word and mid-address; reference
      // managers read a line without a tag as a new line of the value, so each value is one line.
      return cite
        .format('ris')
        .replace(/\n(?![A-Z][A-Z0-9] {2}- )/g, '')
        .trim();
    case 'csl-json':
      return JSON.stringify(items, null, 2);
    default: {
      registerStyles();
      const template = format;
      return cite.format('bibliography', { format: 'text', template, lang: 'en-US' }).trim();
    }
  }
}

/** The item with the first letter after each opening quote mark of its title in capitals. */
function capitalQuoted(item: CslItem): CslItem {
  // Not a lone letter between apostrophes ("rock 'n' roll").
  const title = item.title.replace(
    /(^|[\s(])([‘“'"])(\p{Ll})(?!['’])/gu,
    (_, before, quote, letter: string) => `${before}${quote}${letter.toUpperCase()}`,
  );
  return title === item.title ? item : { ...item, title };
}
