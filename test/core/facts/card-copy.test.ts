import { describe, expect, it } from 'vitest';
import { formatCardCopy } from '../../../src/core/facts/card-copy';
import { citeFact } from '../../../src/core/facts/cite-fact';
import { bundledPack } from '../match/bundled-matcher';
import { bundledCard, bundledInfo, deskInfo } from './bundled-card';

const card = (entityId: string, day: string | null, factPack?: string) =>
  bundledCard(entityId, day, factPack ? { factPack } : {});

describe('formatCardCopy', () => {
  const copy = formatCardCopy(card('donald-trump', '2025-01-25'), () => 'one outlet', '2026-12-01');

  it.each<[keyof typeof copy, RegExp]>([
    ['text', /^Donald Trump, President of the United States\. /],
    ['text', /\nAs of 2025-01-25:\n- as of [^:]*2025: /],
    ['text', /\nSince this article: \d+ more, latest (as of )?4 Jun 2025: /],
    ['text', /\nSource: Gloss bundled dataset, version 1\.1\.0$/],
    ['markdown', /^\*\*Donald Trump\*\*, President of the United States\. /],
    ['markdown', /\n- \*\*as of [^*]+\*\*: .* \(one outlet\)\n/],
    ['markdown', /\n\*Source: Gloss bundled dataset, version 1\.1\.0\*$/],
    [
      'reference',
      /^Gloss\. Donald Trump \[Dataset entry\]\. In Gloss bundled dataset \(Version 1\.1\.0\)\. Retrieved 2026-12-01\.$/,
    ],
  ])('%s matches %s', (format, shape) => {
    expect(copy[format]).toMatch(shape);
  });

  it('says which pack a fact came from when it is not the entity’s', () => {
    const text = formatCardCopy(card('keir-starmer', '2025-06-04', 'desk'), () => 'p', '2026-12-01').text;
    expect(text).toMatch(/\(p; NATO desk notes, version 2\.0\.0\)/);
  });

  it('marks a fact reported after the article', () => {
    const text = formatCardCopy(card('coalition-of-the-willing', '2025-05-21'), () => 'p', '2026-12-01').text;
    expect(text).toMatch(/- (as of )?20 May 2025(, reported 4 Jun)? \(reported later\): /);
  });
});

describe('citeFact', () => {
  const fact = bundledPack.facts.find((f) => f.id === 'us-declines-air-defence-for-force')!;
  it.each([
    [bundledInfo, 'Source: Gloss bundled dataset, version 1.1.0'],
    [deskInfo, 'Source: NATO desk notes, version 2.0.0'],
  ])('names the pack: %o', (pack, line) => {
    const { text, markdown } = citeFact(fact, bundledPack.sources, pack);
    expect(text.split('\n').at(-1)).toBe(line);
    expect(markdown.split('\n').at(-1)).toBe(`*${line}*`);
  });
});
