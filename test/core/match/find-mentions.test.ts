import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/core/match/compile-matcher';
import { Matcher } from '../../../src/core/match/matcher';
import { findMentions, MentionResolver } from '../../../src/core/match/resolve-mentions';
import { bundledMatcher, mentionsOf } from './bundled-matcher';

const COW = 'coalition-of-the-willing';
const RF = 'reassurance-force';
const KS = 'keir-starmer';
const DT = 'donald-trump';
const VZ = 'volodymyr-zelenskyy';
const VP = 'vladimir-putin';
const EM = 'emmanuel-macron';
const GM = 'giorgia-meloni';
const MW = 'matthew-whitaker';
const KK = 'keith-kellogg';
const PT = 'patrick-turner';
const AFR = 'anders-fogh-rasmussen';

type Case = [string, [string, string][]];

describe('topic phrases match in any case', () => {
  it.each<Case>([
    ['the coalition of the willing met in Kyiv', [[COW, 'coalition of the willing']]],
    ['The Coalition of the Willing met on Ukraine', [[COW, 'Coalition of the Willing']]],
    ['THE COALITION OF THE WILLING MET IN KYIV', [[COW, 'COALITION OF THE WILLING']]],
    [
      'the European-led "coalition of the determined", the interlocutors noted',
      [[COW, 'coalition of the determined']],
    ],
    [
      'security guarantees for Ukraine from the "Coalition of the Willing" that had been hoped for',
      [[COW, 'Coalition of the Willing']],
    ],
    ['to back the “reassurance force” the UK and France are planning', [[RF, 'reassurance force']]],
    ['a key to the success of the "guarantee forces" in Ukraine.', [[RF, 'guarantee forces']]],
    ['aerial cover for European deterrent forces in Ukraine', [[RF, 'deterrent forces']]],
    ['a credible deterrence force after a ceasefire', [[RF, 'deterrence force']]],
    ['La coalition des volontaires se réunit à Paris', [[COW, 'coalition des volontaires']]],
    ['Die Koalition der Willigen trifft sich in Kyjiw zur Ukraine', [[COW, 'Koalition der Willigen']]],
    ['Засідання коаліції охочих відбулося в Парижі', [[COW, 'коаліції охочих']]],
    ['Коаліція охочих готує місію', [[COW, 'Коаліція охочих']]],
    ['разом із коаліцією охочих', [[COW, 'коаліцією охочих']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('names match only capitalised or in capitals', () => {
  it.each<Case>([
    ['British Prime Minister Keir Starmer has insisted', [[KS, 'Keir Starmer']]],
    ['KEIR STARMER SPEAKS', [[KS, 'KEIR STARMER']]],
    ['keir starmer in lower case is not a name here', []],
    ['He played his trump card.', []],
    ['the putin-esque style', []],
    ['President Donald Trump won’t provide the guarantees', [[DT, 'Donald Trump']]],
    ['Trump is set to meet allies at the Group of Seven', [[DT, 'Trump']]],
    ['Russian President Vladimir Putin’s apparent determination', [[VP, 'Vladimir Putin']]],
    ['French President Emmanuel Macron', [[EM, 'Emmanuel Macron']]],
    ['Prime Minister Giorgia Meloni', [[GM, 'Giorgia Meloni']]],
    [
      'Meloni has been sceptical about Macron\'s "coalition of the willing"',
      [
        [GM, 'Meloni'],
        [EM, 'Macron'],
        [COW, 'coalition of the willing'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('word boundaries', () => {
  it.each<Case>([
    ['cloud computing is changing', []],
    ['Computing Putin-style', [[VP, 'Putin']]],
    ['the Macronist movement', []],
    ['Starmerism as a doctrine', []],
    ['Trumpian politics', []],
    ['(Starmer)', [[KS, 'Starmer']]],
    [
      'Starmer, Macron and Meloni.',
      [
        [KS, 'Starmer'],
        [EM, 'Macron'],
        [GM, 'Meloni'],
      ],
    ],
    ['the coalition of the willingness', []],
    ['precoalition of the willing', []],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('possessives and quotes are not part of the match', () => {
  it.each<Case>([
    ["Starmer's plan", [[KS, 'Starmer']]],
    ['Starmer’s plan', [[KS, 'Starmer']]],
    ["Zelenskyy's office", [[VZ, 'Zelenskyy']]],
    ['Trump’s demand that Europe should take responsibility', [[DT, 'Trump']]],
    [
      'the ‘coalition of the willing,’ according to the people briefed on Ukraine',
      [[COW, 'coalition of the willing']],
    ],
    ['«coalition of the willing» pour l’Ukraine', [[COW, 'coalition of the willing']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('spacing and invisible characters', () => {
  it.each<Case>([
    ['Keir\u00a0Starmer spoke', [[KS, 'Keir\u00a0Starmer']]],
    ['Keir\u2009Starmer spoke', [[KS, 'Keir\u2009Starmer']]],
    ['Keir\nStarmer spoke', [[KS, 'Keir\nStarmer']]],
    ['Keir   Starmer spoke', [[KS, 'Keir   Starmer']]],
    ['Star\u00admer spoke', [[KS, 'Star\u00admer']]],
    ['Zelen\u200bskyy spoke', [[VZ, 'Zelen\u200bskyy']]],
    ['Ukraine: coalition\u00a0of\nthe  willing', [[COW, 'coalition\u00a0of\nthe  willing']]],
  ])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('spelling variants', () => {
  it.each<Case>([
    ['Volodymyr Zelenskyy said', [[VZ, 'Volodymyr Zelenskyy']]],
    ['Zelensky: US must be part of Ukraine peacekeeping forces', [[VZ, 'Zelensky']]],
    ['Zelenskiy told reporters', [[VZ, 'Zelenskiy']]],
    // The Czech and Slovak, the Italian, and Ukraine's official romanisations.
    ['Prezident Zelenskyj v pondělí řekl', [[VZ, 'Zelenskyj']]],
    ['Il presidente Zelenskij ha detto', [[VZ, 'Zelenskij']]],
    ['President Zelenskyi said on Monday', [[VZ, 'Zelenskyi']]],
    ['Volodymyr Zelenski a déclaré', [[VZ, 'Volodymyr Zelenski']]],
    ['Wolodymyr Selenskyj sagte', [[VZ, 'Wolodymyr Selenskyj']]],
    ['Володимир Зеленський заявив', [[VZ, 'Володимир Зеленський']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('ambiguous surnames need a prior full reference', () => {
  it.each<Case>([
    ['Turner said so.', []],
    [
      'Patrick Turner, NATO’s senior representative. Turner added more.',
      [
        [PT, 'Patrick Turner'],
        ['nato', 'NATO'],
        [PT, 'Turner'],
      ],
    ],
    ['Viewers of Turner Broadcasting', []],
    ['Patrick Turner spoke. Later, Turner Broadcasting aired it.', [[PT, 'Patrick Turner']]],
    ['Kellogg is expected in Kyiv.', []],
    [
      'Keith Kellogg is expected in Kyiv. Kellogg said.',
      [
        [KK, 'Keith Kellogg'],
        [KK, 'Kellogg'],
      ],
    ],
    [
      'Matthew Whitaker told reporters. Whitaker added',
      [
        [MW, 'Matthew Whitaker'],
        [MW, 'Whitaker'],
      ],
    ],
    ['Whitaker told reporters.', []],
    [
      'Anders Fogh Rasmussen said. Rasmussen added',
      [
        [AFR, 'Anders Fogh Rasmussen'],
        [AFR, 'Rasmussen'],
      ],
    ],
    ['Rasmussen said.', []],
    ['Fogh Rasmussen said it.', [[AFR, 'Fogh Rasmussen']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('carries full references across buffers in document order', () => {
    const resolver = new MentionResolver(bundledMatcher);
    expect(resolver.find('Turner said nothing.')).toEqual([]);
    expect(resolver.find('Patrick Turner arrived.').map((m) => m.alias)).toEqual(['Patrick Turner']);
    expect(resolver.find('Turner spoke.').map((m) => m.alias)).toEqual(['Turner']);
    resolver.reset();
    expect(resolver.find('Turner spoke.')).toEqual([]);
  });
});

describe('overlaps: the longest match wins, exclusions remove their span', () => {
  it.each<Case>([
    ['Anders Fogh Rasmussen', [[AFR, 'Anders Fogh Rasmussen']]],
    ['US President Donald Trump', [[DT, 'Donald Trump']]],
    ['Melania Trump visited', []],
    ['Donald Trump Jr spoke', []],
    ['Trump Tower', []],
    ['Kellogg’s cereal and Keith Kellogg', [[KK, 'Keith Kellogg']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('the first name alone never matches', () => {
  it.each(['Keir said', 'Donald said', 'Vladimir said', 'Emmanuel said', 'Giorgia said', 'Patrick said'])(
    '%s',
    (text) => {
      expect(mentionsOf(text)).toEqual([]);
    },
  );
});

describe('offsets', () => {
  it('are UTF-16 offsets that slice back to the matched text', () => {
    const text = '🇺🇦 Зеленський і Keir Starmer — coalition of the willing 🎉 Trump';
    const mentions = findMentions(bundledMatcher, text);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'Зеленський',
      'Keir Starmer',
      'coalition of the willing',
      'Trump',
    ]);
  });

  it('slice back for random mixes of aliases, noise and invisible characters', () => {
    const pieces = [
      'Keir Starmer',
      'coalition of the willing',
      'Putin',
      'computing',
      'trump card',
      ' ',
      '\u00ad',
      '\u200b',
      ', ',
      '’s ',
      '\n',
      'Zelenskyy',
      'x',
    ];
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 12; i++) text += pieces[next() % pieces.length];
      for (const m of findMentions(bundledMatcher, text)) {
        const slice = text.slice(m.start, m.end);
        expect(
          slice
            .replace(/[\u00ad\u200b]/g, '')
            .replace(/\s+/g, ' ')
            .toLowerCase(),
        ).toBe(m.alias.toLowerCase());
      }
    }
  });
});

describe('compiled matcher', () => {
  it('survives a JSON round trip unchanged in behaviour', () => {
    const copy = new Matcher(JSON.parse(JSON.stringify(bundledMatcher.packed)));
    const text = 'Prime Minister Keir Starmer and the coalition of the willing; Patrick Turner; Turner.';
    expect(findMentions(copy, text)).toEqual(findMentions(bundledMatcher, text));
  });

  it('finds overlapping suffix patterns through dictionary links', () => {
    const m = new Matcher(
      compileMatcher([
        { entityId: 'a', text: 'he', rule: 'any-case' },
        { entityId: 'b', text: 'she', rule: 'any-case' },
        { entityId: 'c', text: 'hers', rule: 'any-case' },
      ]),
    );
    expect(findMentions(m, 'she said hers, he said').map((x) => x.entityId)).toEqual(['b', 'c', 'a']);
  });
});

describe('Turkish capitals', () => {
  it('reads the dotted capital I as i (one unit, so offsets stay aligned)', () => {
    const text = 'ZELENSKİ, Erdoğan ile görüştü.';
    expect(mentionsOf(text)).toEqual([['volodymyr-zelenskyy', 'ZELENSKİ']]);
  });
});

describe('names in scripts without spaces, and aliases written with combining accents', () => {
  const matcher = new Matcher(
    compileMatcher([
      { entityId: 'putin-zh', text: '普京', rule: 'capitalised', kind: 'person' },
      { entityId: 'putin-ja', text: 'プーチン', rule: 'capitalised', kind: 'person' },
      { entityId: 'putin-th', text: 'ปูติน', rule: 'capitalised', kind: 'person' },
      // "Élysée Palace" typed with combining accents (NFD).
      { entityId: 'elysee', text: 'E\u0301lyse\u0301e Palace', rule: 'capitalised', kind: 'topic' },
      { entityId: 'putin', text: 'Putin', rule: 'capitalised', kind: 'person' },
    ]),
  );
  const found = (text: string) =>
    findMentions(matcher, text).map((m) => [m.entityId, text.slice(m.start, m.end)]);
  it.each<Case>([
    ['俄罗斯总统普京周二表示', [['putin-zh', '普京']]],
    ['プーチン大統領は述べた', [['putin-ja', 'プーチン']]],
    ['ประธานาธิบดีปูตินกล่าวว่า', [['putin-th', 'ปูติน']]],
    ['Talks at the Élysée Palace went on.', [['elysee', 'Élysée Palace']]],
    // Scripts with spaces keep their word boundaries.
    ['computing Putinesque Putin', [['putin', 'Putin']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
