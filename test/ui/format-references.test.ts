import { describe, expect, it } from 'vitest';
import { cslItemsForFact } from '../../src/core/facts/csl-items';
import { formatReferences, REFERENCE_FORMATS } from '../../src/ui/dossier/format-references';
import { bundledPack } from '../core/match/bundled-matcher';

const { facts, sources } = bundledPack;
const pack = {
  id: 'gloss-bundled',
  title: 'x',
  version: '1.1.0',
  bundled: true,
  label: 'Gloss bundled dataset, version 1.1.0',
};
const items = cslItemsForFact(
  facts.find((f) => f.id === 'us-declines-air-defence-for-force')!,
  sources,
  pack,
  '2026-12-01',
);

describe('formatReferences', () => {
  it.each(REFERENCE_FORMATS.map((f) => [f.format]))(
    '%s names the dataset and its version',
    { timeout: 30_000 },
    (format) => {
      const out = formatReferences(items, format);
      expect(out).toContain('Gloss bundled dataset, version 1.1.0');
      expect(out).toContain('Bloomberg');
    },
  );

  it.each<[(typeof REFERENCE_FORMATS)[number]['format'], RegExp]>([
    ['apa', /^Gloss\. \(2025\)\. .*\[Dataset\]\. Gloss bundled dataset, version 1\.1\.0\.$/m],
    [
      'mla',
      /^Gloss\. The United States Is Refusing .*\. Gloss bundled dataset, version 1\.1\.0, 4 June 2025\.$/m,
    ],
    ['chicago', /June 4, 2025/],
    ['bibtex', /^@misc\{gloss_us_declines_air_defence_for_force,$/m],
    ['ris', /^TY {2}- DATA/m],
    ['csl-json', /"type": "article-newspaper"/],
  ])('%s has its own shape', (format, shape) => {
    expect(formatReferences(items, format)).toMatch(shape);
  });

  // The official styles (MLA 9th edition, Chicago 17th edition notes and bibliography), on the
  // fields Gloss has for a news report: the outlet, the day, the address, an author when named.
  it.each<[string, (typeof REFERENCE_FORMATS)[number]['format'], string]>([
    [
      'an author-less report',
      'mla',
      '“US Declines Air Support for ‘Coalition of the Willing’ Troops in Post-War Ukraine — Report.” TRT World, 4 June 2025, https://trt.global/world/article/596f8bd9c86d.',
    ],
    [
      'an author-less report',
      'chicago',
      'TRT World. “US Declines Air Support for ‘Coalition of the Willing’ Troops in Post-War Ukraine — Report.” June 4, 2025. https://trt.global/world/article/596f8bd9c86d.',
    ],
    [
      'a named author first',
      'mla',
      'Anastasiia Mohylevets. “Bloomberg: US Refuses to Provide Aerial Cover for European Deterrent Forces in Ukraine.” Babel, 4 June 2025, https://babel.ua/',
    ],
    [
      'a named author first',
      'chicago',
      'Anastasiia Mohylevets. “Bloomberg: US Refuses to Provide Aerial Cover for European Deterrent Forces in Ukraine.” Babel, June 4, 2025. https://babel.ua/',
    ],
  ])('%s, in %s by the official style', (_, format, start) => {
    expect(
      formatReferences(items, format)
        .split('\n')
        .some((l) => l.startsWith(start)),
    ).toBe(true);
  });

  it('gives a quoted phrase in a source’s title its capital in MLA and Chicago title case', () => {
    for (const format of ['mla', 'chicago'] as const) {
      const out = formatReferences(items, format);
      expect(out).toContain('‘Coalition of the Willing’');
      expect(out).not.toContain('‘coalition of the Willing’');
    }
    const rock = [{ ...items[1]!, title: "Farage plays his rock 'n' roll card" }];
    expect(formatReferences(rock, 'mla')).toContain('Rock ‘n’ Roll Card');
  });

  it('writes each RIS value on one line, and BibTeX months BibTeX can read', () => {
    const ris = formatReferences(items, 'ris');
    for (const line of ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
    expect(ris).toContain(
      'UR  - https://www.bloomberg.com/search?query=US%20to%20Deny%20Air%20Cover%20to%20European%20Force%20in%20Postwar%20Ukraine\n',
    );
    const bibtex = formatReferences(items, 'bibtex');
    expect(bibtex).not.toMatch(/month = \{/);
    expect(bibtex).toMatch(/^\tmonth = jun,\n\tday = \{4\},$/m);
  });

  it('keeps, in CSL-JSON, that a source’s address is a search for the headline', () => {
    expect(formatReferences(items, 'csl-json')).toContain('search for the headline');
  });
});
