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
    ['mla', /^Gloss\. “.*” Gloss bundled dataset, version 1\.1\.0, 4 June 2025\./m],
    ['chicago', /June 4, 2025/],
    ['bibtex', /^@misc\{gloss_us_declines_air_defence_for_force,$/m],
    ['ris', /^TY {2}- DATA/m],
    ['csl-json', /"type": "article-newspaper"/],
  ])('%s has its own shape', (format, shape) => {
    expect(formatReferences(items, format)).toMatch(shape);
  });

  it('says when a source’s address is a search for the headline', () => {
    expect(formatReferences(items, 'mla')).toContain('search for the headline');
  });
});
