import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../src/core/dataset/attribution';
import type { Fact } from '../../../src/core/dataset/fact';
import { formatPartialDate } from '../../../src/core/dates/format-partial-date';
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
    for (const id of [
      'london-summit-coalition-announced',
      'coalition-thirty-participants',
      'estonia-offers-combat-unit',
      'belgium-ready-to-send-troops',
    ])
      expect(known.map((f) => f.id)).toContain(id);
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

  it('counts an event as known when it was over before the article, though reported later', () => {
    const { known, since } = selectFacts(factsOf('coalition-of-the-willing'), sources, '2025-05-21');
    expect(known.map((f) => f.id)).toContain('london-summit-coalition-announced');
    expect(since.map((f) => f.id)).not.toContain('london-summit-coalition-announced');
    // A state of affairs as reported in June is not known to a May reader.
    expect(since.map((f) => f.id)).toContain('firm-troop-pledges-single-digits');
  });

  it.each<[string, string, 'known' | 'since']>([
    ['london-summit-coalition-announced', '2025-03-01', 'since'],
    ['london-summit-coalition-announced', '2025-03-02', 'known'],
    ['late-may-focus-shift', '2025-05-25', 'since'],
    ['trump-g7-and-nato-summits-june', '2025-06-01', 'since'],
    ['meloni-article-5-remark', '2025-05-01', 'since'],
    ['rasmussen-preparations-too-slow', '2025-05-20', 'known'],
    ['estonia-offers-combat-unit', '2025-05-21', 'known'],
    ['london-summit-motto', '2025-05-21', 'known'],
    ['uk-troop-numbers-discussed', '2025-05-21', 'since'],
  ])('%s on a page of %s: %s', (id, day, part) => {
    const sections = selectFacts([fact(id)], sources, day);
    expect(sections[part].map((f) => f.id)).toEqual([id]);
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

  it.each<[string, string, string | null]>([
    ['donald-trump', '2016-06-01', 'later President of the United States'],
    ['donald-trump', '2018-06-01', 'President of the United States'],
    ['donald-trump', '2023-06-01', 'former President of the United States'],
    ['donald-trump', '2025-06-04', 'President of the United States'],
    ['keir-starmer', '2023-01-01', 'Leader of the Opposition (United Kingdom)'],
    ['keir-starmer', '2025-06-04', 'Prime Minister of the United Kingdom'],
    ['vladimir-putin', '2010-01-01', 'Prime Minister of Russia'],
    ['anders-fogh-rasmussen', '2025-05-19', 'Former NATO Secretary General'],
    ['anders-fogh-rasmussen', '2012-01-01', 'NATO Secretary General'],
    ['matthew-whitaker', '2025-06-04', 'US Ambassador to NATO'],
  ])('the bundled %s on %s: %s', (id, day, title) => {
    expect(roleLabel(roleOnDay(entities.find((e) => e.id === id)!, day, sources))).toBe(title);
  });
});

describe('describeProvenance', () => {
  const withAttribution = (id: string, ...attributions: Attribution[]): Fact => {
    const f = structuredClone(fact(id));
    f.evidence.forEach((e, i) => {
      e.attribution = attributions[i] ?? attributions[attributions.length - 1]!;
    });
    return f;
  };
  const people: Attribution = { kind: 'unnamed', described: 'people familiar with the matter' };

  it('sees four outlets retelling one Bloomberg report that cites unnamed people', () => {
    const p = describeProvenance(withAttribution('us-declines-air-defence-for-force', people), sources);
    expect(p.outlets).toEqual(['Bloomberg', 'LIGA.net', 'Babel', 'TRT World']);
    expect(p.origins.map((s) => s.id)).toEqual(['bloomberg-2025-06-04']);
    expect(p.anonymous).toBe(true);
    expect(p.summary).toBe(
      '4 outlets, one original report (Bloomberg); unnamed: people familiar with the matter',
    );
  });

  it('names an on-record speaker as such, never as unnamed', () => {
    const whitaker: Attribution = {
      kind: 'on-record',
      who: 'Matthew Whitaker',
      setting: 'told reporters in Brussels',
    };
    const p = describeProvenance(withAttribution('whitaker-praises-coalition-work', whitaker), sources);
    expect(p.anonymous).toBe(false);
    expect(p.summary).toBe(
      '2 outlets, one original report (Bloomberg); on the record: Matthew Whitaker (told reporters in Brussels)',
    );
    expect(p.summary).not.toMatch(/unnamed/);
  });

  it('follows a relay to an original that is not archived', () => {
    const p = describeProvenance(
      withAttribution('kellogg-expected-in-kyiv', people),
      sources,
      bundledPack.notes,
    );
    expect(p.origins.map((s) => s.id)).toEqual(['bloomberg-2025-01-24']);
    expect(p.summary).toBe(
      'Reported by UNN only, relaying Bloomberg; unnamed: people familiar with the matter',
    );
  });

  it('takes an outlet’s own reporting as its own, not as the report it otherwise relays', () => {
    const p = describeProvenance(withAttribution('macron-visits-meloni', { kind: 'outlet' }), sources);
    expect(p.origins.map((s) => s.id)).toEqual(['trt-2025-06-04']);
    expect(p.summary).toBe('Reported by TRT World only; its own reporting');
  });

  it('says nothing of attribution that an older pack does not record', () => {
    const bare = structuredClone(fact('macron-visits-meloni'));
    for (const e of bare.evidence) delete e.attribution;
    const p = describeProvenance(bare, sources, bundledPack.notes);
    expect(p.attribution.unknown).toBe(true);
    expect(p.summary).toBe('Reported by TRT World only');
  });
});

describe('formatCitation', () => {
  it('gives the statement, date, every source with its attribution and address, and the dataset version', () => {
    const f = structuredClone(fact('starmer-us-backstop-remark'));
    for (const e of f.evidence) e.attribution = { kind: 'on-record', who: 'Keir Starmer' };
    const c = formatCitation(f, sources, 'gloss-bundled@1.1.0');
    const bloomberg = sources.find((s) => s.id === 'bloomberg-2025-06-04')!;
    expect(c.text.split('\n')).toEqual([
      `${f.statement} (${formatPartialDate(f.date)})`,
      `- Bloomberg, "${bloomberg.title}", ${bloomberg.contributors?.length ? `with ${bloomberg.contributors.join(', ')}, ` : ''}4 Jun 2025. On the record: Keir Starmer. Address: a search for the headline, not the article: ${bloomberg.url}`,
      '- TRT World, "US declines air support for \'coalition of the willing\' troops in post-war Ukraine — report", 4 Jun 2025. On the record: Keir Starmer. https://trt.global/world/article/596f8bd9c86d',
      'Source: Gloss dataset gloss-bundled@1.1.0',
    ]);
    expect(c.text).not.toMatch(/unnamed/);
    expect(c.markdown).toContain('- TRT World, [US declines air support');
    expect(c.markdown).toContain(
      '](https://trt.global/world/article/596f8bd9c86d), 4 Jun 2025. On the record: Keir Starmer',
    );
    expect(c.markdown).toContain('Address: a search for the headline, not the article');
    expect(c.markdown).toContain('*Source: Gloss dataset gloss-bundled@1.1.0*');
  });

  it('lists a relayed report that is not archived, saying what it is known through', () => {
    const lines = formatCitation(fact('times-25000-peacekeepers'), sources, 'v').text.split('\n');
    expect(lines[1]).toMatch(
      /^- LIGA\.net, ".*", 4 Jun 2025\. Relaying The Times\. https:\/\/news\.liga\.net\//,
    );
    expect(lines[2]).toMatch(
      /^- The Times, ".*", 30 Apr 2025\. Not archived; known only through LIGA\.net\. Address: a search for the report, not the article: https:\/\/www\.thetimes\.com\//,
    );
  });

  it('keeps the hedges of unnamed sources in a copied citation', () => {
    const text = formatCitation(fact('trump-might-intervene-not-in-writing'), sources, 'v').text;
    expect(text).toMatch(/- Bloomberg, .*Citing one of the people familiar with the matter, not named/);
    expect(text).toMatch(/- TRT World, .*Relaying Bloomberg/);
  });
});
