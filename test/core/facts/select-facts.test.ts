import { describe, expect, it } from 'vitest';
import { describeProvenance } from '../../../src/core/facts/describe-provenance';
import { formatCitation } from '../../../src/core/facts/format-citation';
import { roleLabel, roleOnDay, selectFacts } from '../../../src/core/facts/select-facts';
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

  it('judges by when the event happened: the 2 March summit is known on 21 May, though reported in June', () => {
    const { known, since } = selectFacts(factsOf('coalition-of-the-willing'), sources, '2025-05-21');
    expect(known.map((f) => f.id)).toEqual([
      'london-summit-coalition-announced',
      'coalition-thirty-participants',
      'estonia-offers-combat-unit',
      'belgium-ready-to-send-troops',
    ]);
    expect(since.map((f) => f.id)).toContain('us-declines-air-defence-for-force');
  });

  it('counts every fact as known on the day of the last reports', () => {
    const { known, since } = selectFacts(factsOf('donald-trump'), sources, '2025-06-04');
    expect(since).toEqual([]);
    expect(known).toHaveLength(factsOf('donald-trump').length);
  });

  it('puts everything under "since" for an article older than all events', () => {
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

describe('roleOnDay', () => {
  const d = (value: string) => ({ value, basis: 'printed' as const });
  const dated = {
    roles: [
      { title: 'Leader of the Opposition', from: d('2020-04-04'), until: d('2024-07-05'), sources: [] },
      { title: 'Prime Minister', from: d('2024-07-05'), sources: [] },
    ],
  };
  it.each<[string | null, string | null]>([
    ['2024-01-01', 'Leader of the Opposition'],
    ['2024-07-05', 'Leader of the Opposition'],
    ['2025-06-04', 'Prime Minister'],
    ['2016-06-01', 'later Leader of the Opposition'],
    [null, 'Prime Minister'],
  ])('on %s: %s', (day, title) => {
    expect(roleLabel(roleOnDay(dated, day))).toBe(title);
  });

  it.each<[string, string, string | null]>([
    ['donald-trump', '2025-06-04', 'President of the United States'],
    ['donald-trump', '2025-01-25', 'President of the United States'],
    // Never today's title on a 2016 article.
    ['donald-trump', '2016-06-01', 'later President of the United States'],
    ['keir-starmer', '2025-06-04', 'Prime Minister of the United Kingdom'],
    ['anders-fogh-rasmussen', '2025-01-25', 'Former NATO Secretary General'],
  ])('%s on %s: %s (an undated role holds from its sources)', (id, day, title) => {
    expect(roleLabel(roleOnDay(entities.find((e) => e.id === id)!, day, sources))).toBe(title);
  });

  it('gives a former title once the role has ended, and nothing without roles', () => {
    const ended = { roles: [{ title: 'Ambassador', from: d('2019'), until: d('2021-01'), sources: [] }] };
    expect(roleLabel(roleOnDay(ended, '2022-03-01'))).toBe('former Ambassador');
    expect(roleOnDay({ roles: [] }, '2025-06-04')).toBeNull();
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
