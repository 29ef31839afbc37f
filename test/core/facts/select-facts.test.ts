import { describe, expect, it } from 'vitest';
import { describeProvenance } from '../../../src/core/facts/describe-provenance';
import { formatCitation } from '../../../src/core/facts/format-citation';
import { roleOn, selectFacts } from '../../../src/core/facts/select-facts';
import { bundledPack } from '../match/bundled-matcher';

const { facts, sources, entities } = bundledPack;
const factsOf = (entityId: string) => facts.filter((f) => f.entities.includes(entityId));
const fact = (id: string) => facts.find((f) => f.id === id)!;

describe('selectFacts', () => {
  it('puts June reports under "since this article" for a January article', () => {
    const { known, since } = selectFacts(factsOf('donald-trump'), sources, '2025-01-25');
    expect(known.map((f) => f.id)).toContain('europeans-seek-us-guarantee-role');
    expect(known.every((f) => f.evidence.some((e) => e.source === 'unn-2025-01-24'))).toBe(true);
    expect(since.map((f) => f.id)).toContain('us-declines-air-defence-for-force');
    expect(since.every((f) => !f.evidence.some((e) => e.source === 'unn-2025-01-24'))).toBe(true);
  });

  it('counts a fact as known when any of its sources predates the article', () => {
    const { known, since } = selectFacts(factsOf('donald-trump'), sources, '2025-06-04');
    expect(since).toEqual([]);
    expect(known).toHaveLength(factsOf('donald-trump').length);
  });

  it('puts everything under "since" for an article older than all sources', () => {
    const { known, since } = selectFacts(factsOf('keir-starmer'), sources, '2024-12-01');
    expect(known).toEqual([]);
    expect(since).toHaveLength(factsOf('keir-starmer').length);
  });

  it('shows all facts, oldest first, when the article date is unknown', () => {
    const { known, since, articleDate } = selectFacts(factsOf('coalition-of-the-willing'), sources, null);
    expect(articleDate).toBeNull();
    expect(since).toEqual([]);
    const days = known.map((f) => f.date.value.slice(0, 7));
    expect(days).toEqual([...days].sort());
    expect(known[0]!.id).toBe('london-summit-coalition-announced');
  });

  it('orders facts of the same month by their earliest and latest day', () => {
    const { known } = selectFacts(
      [
        fact('late-may-focus-shift'),
        fact('rasmussen-preparations-too-slow'),
        fact('belgium-ready-to-send-troops'),
      ],
      sources,
      null,
    );
    expect(known.map((f) => f.id)).toEqual([
      'rasmussen-preparations-too-slow',
      'belgium-ready-to-send-troops',
      'late-may-focus-shift',
    ]);
  });
});

describe('roleOn', () => {
  const dated = {
    roles: [
      {
        title: 'Leader of the Opposition',
        until: { value: '2024-07-05', basis: 'printed' as const },
        sources: [],
      },
      { title: 'Prime Minister', from: { value: '2024-07-05', basis: 'printed' as const }, sources: [] },
    ],
  };
  it.each<[string | null, string | null]>([
    ['2024-01-01', 'Leader of the Opposition'],
    ['2024-07-05', 'Leader of the Opposition'],
    ['2025-06-04', 'Prime Minister'],
    [null, 'Leader of the Opposition'],
  ])('on %s: %s', (day, title) => {
    expect(roleOn(dated, day)).toBe(title);
  });

  it('uses an undated role whatever the day, and null without roles', () => {
    expect(roleOn(entities.find((e) => e.id === 'keir-starmer')!, '2025-06-04')).toBe(
      'Prime Minister of the United Kingdom',
    );
    expect(roleOn({ roles: [] }, '2025-06-04')).toBeNull();
  });
});

describe('describeProvenance', () => {
  it('sees four outlets retelling one anonymous Bloomberg report', () => {
    const p = describeProvenance(fact('us-declines-air-defence-for-force'), sources);
    expect(p.outlets).toEqual(['Bloomberg', 'LIGA.net', 'Babel', 'TRT World']);
    expect(p.origins.map((s) => s.id)).toEqual(['bloomberg-2025-06-04']);
    expect(p.summary).toBe('4 outlets, one original report (Bloomberg), unnamed sources');
  });

  it('follows a relay to an original that is not archived', () => {
    const p = describeProvenance(fact('kellogg-expected-in-kyiv'), sources, bundledPack.notes);
    expect(p.origins.map((s) => s.id)).toEqual(['bloomberg-2025-01-24']);
    expect(p.summary).toBe('Reported by UNN only, unnamed sources');
  });

  it('takes an outlet’s own reporting as its own, not as the report it otherwise relays', () => {
    const p = describeProvenance(fact('macron-visits-meloni'), sources, bundledPack.notes);
    expect(p.origins.map((s) => s.id)).toEqual(['trt-2025-06-04']);
    expect(p.summary).toBe('Reported by TRT World only');
  });

  it('without the notes, traces it through the source’s relays', () => {
    expect(describeProvenance(fact('macron-visits-meloni'), sources).summary).toBe(
      'Reported by TRT World only, unnamed sources',
    );
  });
});

describe('formatCitation', () => {
  it('gives the statement, date, every source and the dataset version', () => {
    const c = formatCitation(fact('starmer-us-backstop-remark'), sources, 'gloss-bundled@1.0.0');
    expect(c.text.split('\n')).toEqual([
      `${fact('starmer-us-backstop-remark').statement} (Feb 2025)`,
      `- Bloomberg, "US to Deny Air Cover to European Force in Postwar Ukraine", 4 Jun 2025. ${sources.find((s) => s.id === 'bloomberg-2025-06-04')!.url}`,
      '- TRT World, "US declines air support for \'coalition of the willing\' troops in post-war Ukraine — report", 4 Jun 2025. https://trt.global/world/article/596f8bd9c86d',
      'Source: Gloss dataset gloss-bundled@1.0.0',
    ]);
    expect(c.markdown).toContain('- TRT World, [US declines air support');
    expect(c.markdown).toContain('](https://trt.global/world/article/596f8bd9c86d), 4 Jun 2025');
    expect(c.markdown).toContain('*Source: Gloss dataset gloss-bundled@1.0.0*');
  });
});
