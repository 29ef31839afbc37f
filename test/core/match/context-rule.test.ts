import { describe, expect, it } from 'vitest';
import { aliasesFromEntities } from '../../../src/core/match/aliases-from-entities';
import { compileMatcher } from '../../../src/core/match/compile-matcher';
import { Matcher } from '../../../src/core/match/matcher';
import { findMentions, MentionResolver } from '../../../src/core/match/resolve-mentions';
import { bundledMatcher, bundledPack, mentionsOf, rulesOnlyMatcher } from './bundled-matcher';

type Case = [string, [string, string][]];

const COW = 'coalition-of-the-willing';
const RF = 'reassurance-force';
const KS = 'keir-starmer';
const EM = 'emmanuel-macron';
const VP = 'vladimir-putin';

const rulesOnly = rulesOnlyMatcher;

describe('a phrase in another sense does not count', () => {
  const OTHER_SENSE: string[] = [
    'Putin orders Russia’s nuclear deterrent forces on high alert.',
    'Macron offered to discuss extending France’s nuclear deterrent force to European allies.',
    'In 2003, George W. Bush led a “coalition of the willing” into Iraq.',
    'Tony Blair joined the coalition of the willing that invaded Iraq in March 2003.',
    'Spain’s Aznar was part of the coalition of the willing against Saddam Hussein.',
    'the alliance keeps a deterrent force in the region',
    // Coalitions of the willing for other causes, beside the coalition's own countries.
    'France and Chile lead a coalition of the willing on climate adaptation funds.',
    'A coalition of the willing on climate change, led by France, met in Paris.',
    'A coalition of the willing on migration, led by Italy and the UK, met in Rome.',
    'Britain joined a coalition of the willing to keep shipping moving through Hormuz.',
    // A phrase that needs no context, in a sentence of another sense.
    'Так звана коаліція охочих у 2003 році вторглася в Ірак.',
  ];
  it.each(OTHER_SENSE)('with the data: %s', (text) => {
    expect(mentionsOf(text).filter(([e]) => e === COW || e === RF)).toEqual([]);
  });
  it.each(OTHER_SENSE)('by the rule alone: %s', (text) => {
    expect(findMentions(rulesOnly, text).filter((m) => m.entityId === COW || m.entityId === RF)).toEqual([]);
  });
});

describe('a phrase in a context that fits counts', () => {
  it.each<Case>([
    ['Koalice ochotných se sešla v Paříži kvůli Ukrajině.', [[COW, 'Koalice ochotných']]],
    // A sentence touching on another cause is no other sense for a phrase that needs no context.
    ['The reassurance force would not deploy until the nuclear talks end.', [[RF, 'reassurance force']]],
    ['Коаліція охочих збереться в Парижі, щоб обговорити гарантії для України.', [[COW, 'Коаліція охочих']]],
    ['The reassurance force for Ukraine would be led by Britain and France.', [[RF, 'reassurance force']]],
    // A mood is no climate policy, and the Baltic states are coalition members.
    [
      'Macron y Starmer reunieron a la coalición de voluntarios en París, en un clima de tensión.',
      [
        [EM, 'Macron'],
        [KS, 'Starmer'],
        [COW, 'coalición de voluntarios'],
      ],
    ],
    [
      'Starmer hosted the coalition of the willing, joined by leaders from Estonia, Latvia and Lithuania.',
      [
        [KS, 'Starmer'],
        [COW, 'coalition of the willing'],
      ],
    ],
    [
      'Starmer hosted the coalition of the willing in London on Saturday.',
      [
        [KS, 'Starmer'],
        [COW, 'coalition of the willing'],
      ],
    ],
    ['The coalition of the willing met in Paris on Thursday.', [[COW, 'coalition of the willing']]],
    ['US declines air support for a European deterrent force after a ceasefire', [[RF, 'deterrent force']]],
    ['La coalition des volontaires se réunit pour l’Ukraine', [[COW, 'coalition des volontaires']]],
    ['La coalizione dei volenterosi si riunisce a Parigi', [[COW, 'coalizione dei volenterosi']]],
    ['La coalición de voluntarios respalda a Ucrania', [[COW, 'coalición de voluntarios']]],
    [
      'Macron said the reassurance force would not be a deterrent force on the front line.',
      [
        [EM, 'Macron'],
        [RF, 'reassurance force'],
        [RF, 'deterrent force'],
      ],
    ],
    // A sign of another sense counts from the start of a word: "ambushed" is not "Bush".
    [
      'Starmer hosted coalition of the willing ministers as Russian forces ambushed a convoy.',
      [
        [KS, 'Starmer'],
        [COW, 'coalition of the willing'],
      ],
    ],
    [
      'Putin rejected the coalition of the willing’s plans for Kyiv.',
      [
        [VP, 'Putin'],
        [COW, 'coalition of the willing'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('looks at the neighbouring blocks when the phrase stands alone in its own', () => {
    const heading = 'What is the coalition of the willing?';
    const raw = bundledMatcher.scan(heading);
    const alone = new MentionResolver(bundledMatcher);
    expect(alone.resolve(raw, heading)).toEqual([]);
    expect(alone.excluded.get('context')).toBe(1);
    const withNeighbours = new MentionResolver(bundledMatcher);
    const next = 'Thirty countries have offered support to Ukraine after a ceasefire.';
    const found = withNeighbours.resolve(raw, heading, () => [
      { text: next, raw: bundledMatcher.scan(next) },
    ]);
    expect(found.map((m) => m.alias)).toEqual(['coalition of the willing']);
  });

  it('phrases without needsContext count anywhere', () => {
    expect(mentionsOf('the reassurance force')).toEqual([[RF, 'reassurance force']]);
    expect(mentionsOf('коаліція охочих зібралася')).toEqual([[COW, 'коаліція охочих']]);
  });
});

describe('case variants with different rules both survive compilation', () => {
  it.each<Case>([
    ['Nato allies met in Brussels.', [['nato', 'Nato']]],
    ['NATO allies met in Brussels.', [['nato', 'NATO']]],
    ['The Nato summit in The Hague', [['nato', 'Nato']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('keeps both patterns and each accepts its own text', () => {
    const m = new Matcher(
      compileMatcher([
        { entityId: 'nato', text: 'NATO', rule: 'capitalised' },
        { entityId: 'nato', text: 'Nato', rule: 'capitalised' },
        { entityId: 'us', text: 'US', rule: 'capitalised' },
        { entityId: 'us-any', text: 'us', rule: 'any-case' },
      ]),
    );
    expect([0, 1, 2, 3].map((p) => m.data.aliasOf(p))).toEqual(['NATO', 'Nato', 'US', 'us']);
    expect(findMentions(m, 'Nato and NATO').map((x) => x.alias)).toEqual(['Nato', 'NATO']);
    expect(findMentions(m, 'nato').map((x) => x.alias)).toEqual([]);
  });

  it('keeps a case-only duplicate once', () => {
    const m = new Matcher(
      compileMatcher([
        { entityId: 'nato', text: 'NATO', rule: 'capitalised' },
        { entityId: 'nato', text: 'NATO', rule: 'capitalised' },
      ]),
    );
    expect(m.data.patternEntity).toHaveLength(1);
    expect(m.data.aliasOf(0)).toBe('NATO');
  });
});

describe('an imported entity as context', () => {
  const build = (imported: boolean) => {
    const aliases = [
      ...aliasesFromEntities(bundledPack.entities),
      { entityId: 'chicago', text: 'Chicago', rule: 'capitalised' as const, kind: 'topic' },
      {
        entityId: 'mayors-pact',
        text: 'mayors pact',
        rule: 'any-case' as const,
        kind: 'topic',
        needsContext: true,
      },
    ];
    const packed = compileMatcher(aliases);
    return new Matcher(imported ? { ...packed, importedEntities: ['chicago', 'mayors-pact'] } : packed);
  };
  const text =
    'A coalition of the willing of mayors from Chicago and Denver pledged to cut emissions by 2030.';

  it('does not make a bundled phrase fit: that would change bundled matching without consent', () => {
    expect(findMentions(build(true), text).map((m) => m.entityId)).toEqual(['chicago']);
  });

  it('counts among entities of the same kind of pack', () => {
    expect(findMentions(build(false), text).map((m) => m.entityId)).toEqual([COW, 'chicago']);
    const own = 'The mayors pact was signed in Chicago.';
    expect(findMentions(build(true), own).map((m) => m.entityId)).toEqual(['mayors-pact', 'chicago']);
  });
});
