import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/core/match/compile-matcher';
import { Matcher } from '../../../src/core/match/matcher';
import { findMentions, MentionResolver } from '../../../src/core/match/resolve-mentions';
import { mentionsOf, rulesOnlyMatcher } from './bundled-matcher';

type Case = [string, [string, string][]];

const DT = 'donald-trump';
const EM = 'emmanuel-macron';
const KS = 'keir-starmer';
const GM = 'giorgia-meloni';
const KK = 'keith-kellogg';
const AFR = 'anders-fogh-rasmussen';
const VP = 'vladimir-putin';
const VZ = 'volodymyr-zelenskyy';
const PT = 'patrick-turner';
const MW = 'matthew-whitaker';

const rulesOnly = rulesOnlyMatcher;
const byRules = (text: string) =>
  findMentions(rulesOnly, text).map((m) => [m.entityId, text.slice(m.start, m.end)]);

// Sentences as news pages print them (several from the real-page corpus and the seed reports).
const NAMESAKES: Case[] = [
  ['Designer Tom Ford said he would not dress Melania Trump, the future first lady.', []],
  ['Tiffany Trump married Michael Boulos at Mar-a-Lago in November 2022.', []],
  ['Denmark’s Foreign Minister Lars Løkke Rasmussen said Copenhagen would send instructors.', []],
  ['Brigitte Macron has filed a defamation suit in Delaware.', []],
  ['Victoria Starmer, the prime minister’s wife, attended the reception.', []],
  ['Arianna Meloni, the prime minister’s sister, leads the party’s secretariat.', []],
  ['The cereal maker was founded by Will Keith Kellogg in 1906.', []],
  ['‘SNL’ Writer Suspended for Barron Trump ‘Homeschool Shooter’ Tweet', []],
  ['Ms. Trump told the audience about her father’s campaign.', []],
  ['Mrs Macron was a teacher in Amiens.', []],
  ['Mrs Starmer, a former solicitor, works at an NHS trust.', []],
  ['Mme Macron a rendu visite aux soignants.', []],
  ['Madame Macron visited the hospital.', []],
  ['Donald Trump Jr. posted a video on Monday.', []],
  ['Trump Jr. posted a video on Monday.', []],
  ['Eric Trump, Trump Jr. and Ivanka Trump were at the event.', []],
  ['His granddaughter Kai Trump spoke at the convention.', []],
  ['Her husband, Kyle Trump, did not comment.', []],
  ['Fred C. Trump built houses in Queens.', []],
  // An honorific in lower case still says the other gender (the only rule a lower-case word meets).
  ['The guests greeted mrs Macron at the door.', []],
  ['a photo of madame Macron', []],
];

// Relatives named in the same sentence: a bare surname after a relative's name in one sentence
// is the relative's (found by the rules; an exclusion phrase removes the relative's name itself).
const RELATIVES: Case[] = [
  ['Melania Trump said Trump’s schedule was her own business.', []],
  ['Brigitte Macron said on Tuesday that Macron’s critics had spread the rumour.', []],
  ['Victoria Starmer, a former solicitor, said Starmer’s diary was full.', []],
  ['Tiffany Trump said President Trump would attend.', [[DT, 'Trump']]],
  [
    'Brigitte Macron, the wife of Emmanuel Macron, said Macron was tired.',
    [
      [EM, 'Emmanuel Macron'],
      [EM, 'Macron'],
    ],
  ],
];

const STILL_THE_OFFICIAL: Case[] = [
  ['US President Donald Trump said on Friday.', [[DT, 'Donald Trump']]],
  ['President Trump said on Friday.', [[DT, 'Trump']]],
  ['Mr. Trump has called for spending $1 trillion on infrastructure.', [[DT, 'Trump']]],
  [
    'French President Emmanuel Macron and M. Macron’s advisers',
    [
      [EM, 'Emmanuel Macron'],
      [EM, 'Macron'],
    ],
  ],
  [
    'Prime Minister Keir Starmer met Sir Keir’s cabinet; Mr Starmer spoke.',
    [
      [KS, 'Keir Starmer'],
      [KS, 'Sir Keir'],
      [KS, 'Starmer'],
    ],
  ],
  [
    'Italian Prime Minister Giorgia Meloni; Ms Meloni later said',
    [
      [GM, 'Giorgia Meloni'],
      [GM, 'Meloni'],
    ],
  ],
  [
    'US special envoy Keith Kellogg arrived in Kyiv. Envoy Kellogg said',
    [
      [KK, 'Keith Kellogg'],
      [KK, 'Kellogg'],
    ],
  ],
  [
    'Retired Lt. Gen. Keith Kellogg, Trump’s envoy',
    [
      [KK, 'Keith Kellogg'],
      [DT, 'Trump'],
    ],
  ],
  [
    'As Trump Reaches Toward Putin, U.S. Troops Arrive in Poland',
    [
      [DT, 'Trump'],
      [VP, 'Putin'],
    ],
  ],
  ['Will Trump Be Impeached?', [[DT, 'Trump']]],
  // Lower-case words before a surname name no one else: a verb, a lower-case title, an
  // honorific of the person's own gender, a given name written in lower case.
  ['The minister said Macron would travel.', [[EM, 'Macron']]],
  ['the envoy Zelensky met arrived on Monday.', [[VZ, 'Zelensky']]],
  ['we met mr Starmer briefly.', [[KS, 'Starmer']]],
  ['as tiffany Trump wrote', [[DT, 'Trump']]],
  [
    'U.S. Airline Pilots Rally at White House: Will Ask Trump To Block Obama’s Export of White-Collar Jobs',
    [[DT, 'Trump']],
  ],
  ['Can Kamala Harris and Joe Biden Defeat Trump?', [[DT, 'Trump']]],
  [
    'TRUMP SAYS PUTIN WANTS PEACE',
    [
      [DT, 'TRUMP'],
      [VP, 'PUTIN'],
    ],
  ],
  [
    'Trump’s envoy met Zelensky in Kyiv.',
    [
      [DT, 'Trump'],
      [VZ, 'Zelensky'],
    ],
  ],
  [
    'Former NATO chief Anders Fogh Rasmussen said; Rasmussen added',
    [
      ['nato', 'NATO'],
      [AFR, 'Anders Fogh Rasmussen'],
      [AFR, 'Rasmussen'],
    ],
  ],
  [
    'Der Kremlchef Putin und Präsident Selenskyj',
    [
      [VP, 'Putin'],
      [VZ, 'Selenskyj'],
    ],
  ],
  [
    'Le président Emmanuel Macron a reçu M. Zelensky',
    [
      [EM, 'Emmanuel Macron'],
      [VZ, 'Zelensky'],
    ],
  ],
  [
    'Il presidente Zelensky ha incontrato Meloni a Roma',
    [
      [VZ, 'Zelensky'],
      [GM, 'Meloni'],
    ],
  ],
  [
    'Дональд Трамп заявив, що Трампа підтримує Стармер',
    [
      [DT, 'Дональд Трамп'],
      [DT, 'Трампа'],
      [KS, 'Стармер'],
    ],
  ],
  [
    'Зустріч Зеленського з Макроном і Стармером',
    [
      [VZ, 'Зеленського'],
      [EM, 'Макроном'],
      [KS, 'Стармером'],
    ],
  ],
  ['Melania Trump and her husband, President Trump, arrived.', [[DT, 'Trump']]],
  [
    'Tags: Joe Biden Donald Trump Emmanuel Macron',
    [
      [DT, 'Donald Trump'],
      [EM, 'Emmanuel Macron'],
    ],
  ],
  ['Since Jan. 20 Trump has signed dozens of orders.', [[DT, 'Trump']]],
  [
    'U.S. President Trump and U.K. Prime Minister Starmer',
    [
      [DT, 'Trump'],
      [KS, 'Starmer'],
    ],
  ],
  ['the E.U. Macron wants', [[EM, 'Macron']]],
  ['Donald John Trump was born in Queens.', [[DT, 'Trump']]],
  [
    'Mr Trump and Sir Keir Starmer met; Sir Keir said',
    [
      [DT, 'Trump'],
      [KS, 'Sir Keir Starmer'],
      [KS, 'Sir Keir'],
    ],
  ],
  ['Tiffany Trump married in Florida. Trump walked her down the aisle.', [[DT, 'Trump']]],
];

describe('another person’s name around the official’s is not the official', () => {
  it.each(NAMESAKES)('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('the rules hold without the exclusion phrases (imported packs have none)', () => {
  it.each(NAMESAKES.filter(([t]) => !t.startsWith('Designer') && !t.startsWith('Eric')))(
    '%s',
    (text, expected) => {
      expect(byRules(text)).toEqual(expected);
    },
  );
});

describe('relatives named in the same sentence (by the rules)', () => {
  it.each(RELATIVES)('%s', (text, expected) => {
    expect(byRules(text)).toEqual(expected);
  });
});

describe('titles, roles, possessives, headlines and other languages stay the official', () => {
  it.each(STILL_THE_OFFICIAL)('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a namesake’s full name does not make the ambiguous surname count', () => {
  it.each<Case>([
    ['Will Keith Kellogg founded the company. Kellogg sold cereal.', []],
    ['John Harvey Kellogg ran a sanatorium; Kellogg believed in diets.', []],
    [
      'Keith Kellogg met Zelensky. Kellogg said so.',
      [
        [KK, 'Keith Kellogg'],
        [VZ, 'Zelensky'],
        [KK, 'Kellogg'],
      ],
    ],
    ['Lars Løkke Rasmussen spoke. Rasmussen said Denmark would help.', []],
  ])('%s', (text, expected) => {
    expect(byRules(text)).toEqual(expected);
  });
});

describe('a person’s name as the name of a thing', () => {
  it.each<Case>([
    ['He flew on Trump Airlines and later the Trump Shuttle.', []],
    ['the Trump International Hotel & Tower in Chicago', []],
    ['Trump International Golf Club in West Palm Beach', []],
    ['WK Kellogg Co said its cereal sales fell.', []],
    ['Kellogg’s said its cereal sales fell.', []],
    ['a Trump hotel in Las Vegas', []],
    ['the Trump Organization and Trump Media', []],
    ['Trump Supporters Rally in Ohio', [[DT, 'Trump']]],
    ['the Trump administration said', [[DT, 'Trump']]],
    ['Christopher Steele, Ex-Spy Who Compiled Trump Dossier, Goes to Ground', [[DT, 'Trump']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it.each<Case>([
    ['He flew on Trump Airlines.', []],
    ['the Trump International Hotel & Tower in Chicago', []],
    ['Kellogg Co said its cereal sales fell.', []],
    ['a Trump hotel in Las Vegas', []],
  ])('by the rule alone: %s', (text, expected) => {
    expect(byRules(text)).toEqual(expected);
  });
});

describe('an imported pack’s people get the same rules', () => {
  const pack = new Matcher(
    compileMatcher([
      { entityId: 'mette-frederiksen', kind: 'person', text: 'Mette Frederiksen', rule: 'capitalised' },
      { entityId: 'mette-frederiksen', kind: 'person', text: 'Frederiksen', rule: 'capitalised' },
    ]),
  );
  it.each<[string, number]>([
    ['Prime Minister Mette Frederiksen said. Frederiksen added', 2],
    ['Hans Frederiksen, a farmer, said', 0],
    ['Mr Frederiksen, a farmer, said', 0],
    ['Ms Frederiksen said', 1],
    ['Frederiksen Group and Frederiksen Holdings', 0],
  ])('%s', (text, count) => {
    expect(findMentions(pack, text)).toHaveLength(count);
  });
});

describe('excluded namesakes are counted by reason', () => {
  it('counts each rule that removed a candidate', () => {
    const resolver = new MentionResolver(rulesOnly);
    resolver.find('Tiffany Trump and Mrs Macron met Trump Jr. at Trump Airlines.');
    expect(Object.fromEntries(resolver.excluded)).toEqual({
      'given-name': 1,
      honorific: 1,
      suffix: 1,
      thing: 1,
    });
  });
});

describe('a card game’s trumps are no mention', () => {
  it.each<Case>([
    ['The deck has four suits plus 21 Trump cards known as the Major Arcana.', []],
    [
      'Patrick Turner spoke in Kyiv. Turner syndrome affects one girl in 2,500; the Turner Contemporary is in Margate.',
      [['patrick-turner', 'Patrick Turner']],
    ],
    ['She played her Trump Card in the last round.', []],
    ['Trump said the cards were stacked against him.', [[DT, 'Trump']]],
    // The verb after a modal in a title-case line; a question's subject after one is the name.
    ['Hope Can Trump Fear, Says The Bishop', []],
    ['SAFETY MUST TRUMP SPEED ON THE RAILWAYS', []],
    ['What Will Trump Do About Ukraine?', [[DT, 'Trump']]],
    ['Can Trump Win Back The Midwest?', [[DT, 'Trump']]],
    ['And Will Trump Attend The Summit?', [[DT, 'Trump']]],
    // A question's own subject between the auxiliary and the name makes the name its verb.
    ['Does Loyalty Trump Competence? A Study Of Cabinet Picks', []],
    ['CAN EUROPE TRUMP CHINA ON GREEN TECHNOLOGY?', []],
    [
      'Does Trump Know What Putin Wants? Can Embattled Starmer Survive The Week?',
      [
        [DT, 'Trump'],
        [VP, 'Putin'],
        [KS, 'Starmer'],
      ],
    ],
    ['Should President Trump Attend The Summit?', [[DT, 'Trump']]],
    ['Will Donald Trump Attend The Summit?', [[DT, 'Donald Trump']]],
    ['Does Europe trust Trump?', [[DT, 'Trump']]],
    // "May" is a month too, and a name before "will" makes it German (wants).
    ['In May Trump Signed the Order Into Law', [[DT, 'Trump']]],
    [
      'SELENSKYJ WILL TRUMP IN WASHINGTON TREFFEN',
      [
        [VZ, 'SELENSKYJ'],
        [DT, 'TRUMP'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(byRules(text)).toEqual(expected);
  });
});

describe('someone of another field, named by its noun, is not the official', () => {
  it.each<Case>([
    ['The painter Turner sketched the Thames at dawn.', []],
    ['Il pittore Turner amava Venezia.', []],
    ['Der Maler Turner reiste 1819 nach Rom.', []],
    ['The Danish striker Rasmussen scored twice.', []],
    ['Jazz singer Meloni opened the festival.', []],
    // A stage or screen career is an official's too, and a title or a full name decides.
    ['Comedian Zelensky Wins Ukraine Election', [[VZ, 'Zelensky']]],
    ['Summit host Meloni welcomed the leaders.', [['giorgia-meloni', 'Meloni']]],
    ['The painter Turner and President Macron were compared.', [['emmanuel-macron', 'Macron']]],
    // A full name too, and an occupation given after the name, with an age or not.
    ['Jazz Pianist Matthew Whitaker Sells Out Carnegie Hall', []],
    ['Patrick Turner, 34, a plumber from Leeds, said the queue was long.', []],
    ['Keith Kellogg, a dairy farmer in Vermont, said prices fell.', []],
    ['By Patrick Turner, Defence Correspondent', []],
    // An official's own past career, an age, a role: still the official.
    ['Meloni, a former journalist, entered parliament in 2006.', [['giorgia-meloni', 'Meloni']]],
    ['Keir Starmer, a former human rights lawyer, said so.', [['keir-starmer', 'Keir Starmer']]],
    ['Trump, 78, said he would attend.', [[DT, 'Trump']]],
    // An occupation only when it heads the apposition, not anywhere in a clause after the name.
    ['Donald Trump, according to a reporter, said so.', [[DT, 'Donald Trump']]],
    ['Trump, asked by a reporter, said no.', [[DT, 'Trump']]],
    ['Zelensky, a resident of Kyiv since 1997, spoke.', [[VZ, 'Zelensky']]],
    ['The self-styled deal maker Trump promised peace within a day.', [[DT, 'Trump']]],
    ['Supporters wore Trump shirts at the rally.', [[DT, 'Trump']]],
    [
      'Зеленський молодший за Путіна.',
      [
        [VZ, 'Зеленський'],
        [VP, 'Путіна'],
      ],
    ],
    [
      'Patrick Turner, NATO’s assistant secretary general, said so.',
      [
        [PT, 'Patrick Turner'],
        ['nato', 'NATO'],
      ],
    ],
    // A maker of goods, before the name or in an apposition after it: a brand's name.
    ['Der Sportartikelhersteller Macron rüstet den FC Bologna aus.', []],
    ['L’équipementier Macron habille désormais l’équipe.', []],
    ['Macron, the Italian sportswear manufacturer, will supply the kit.', []],
    [
      'Macron, the French president, met Meloni.',
      [
        ['emmanuel-macron', 'Macron'],
        [GM, 'Meloni'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(byRules(text)).toEqual(expected);
  });
});

describe('headlines in title case and questions keep the official', () => {
  // A capitalised verb between another person's given name and the surname is no middle name.
  it.each<Case>([
    ['King Charles Hosts Trump At Windsor Castle', [[DT, 'Trump']]],
    ['Lindsey Graham Warns Putin Of ‘Bone-Crushing’ Sanctions', [[VP, 'Putin']]],
    ['Prince William Meets Zelensky In Kyiv', [[VZ, 'Zelensky']]],
    ['Rand Paul Slammed Trump Over The Tariffs', [[DT, 'Trump']]],
    ['KING CHARLES HOSTS TRUMP AT WINDSOR', [[DT, 'TRUMP']]],
    ['Will Donald Trump Attend The Summit In Rome?', [[DT, 'Donald Trump']]],
    ['Will Keir Starmer survive the summer?', [[KS, 'Keir Starmer']]],
    ['Will Donald J. Trump attend the summit?', [[DT, 'Donald J. Trump']]],
    // The name ends the headline, or a small word, a comma or a possessive follows it.
    ['Pope Francis Welcomes Zelensky', [[VZ, 'Zelensky']]],
    ['King Charles Invites Putin to Balmoral for Talks', [[VP, 'Putin']]],
    ['Prince Edward Thanks Zelensky’s Soldiers', [[VZ, 'Zelensky']]],
    ['PRINCE GEORGE MEETS TRUMP', [[DT, 'TRUMP']]],
  ])('%s', (text, expected) => {
    expect(byRules(text)).toEqual(expected);
    expect(mentionsOf(text)).toEqual(expected);
  });

  // Middle names, and a word-like given name that is a name, still make a namesake.
  it.each<Case>([
    ['Lars Løkke Rasmussen said Denmark would help.', []],
    ['The company was founded by Will Keith Kellogg, and Will Keith Kellogg ran it?', []],
    ['Jean-Michel Macron, a neurology professor, is the president’s brother.', []],
    ['Lau\u00adrent Macron, the president’s younger brother, spoke.', []],
    // A middle name ending in -s or -ed, in a sentence rather than a title-case headline.
    ['Patrick Turner spoke. Later Kathleen Hughes Turner replied.', [['patrick-turner', 'Patrick Turner']]],
    ['Keith Kellogg spoke. The cereal was made by John Rogers Kellogg.', [[KK, 'Keith Kellogg']]],
    ['The cereal was made by John Rogers Kellogg', []],
  ])('%s', (text, expected) => {
    expect(byRules(text)).toEqual(expected);
  });

  // Another name's last word is no middle name: two people side by side.
  it.each<Case>([
    [
      'Keir Starmer Trump Talks: What We Learned',
      [
        [KS, 'Keir Starmer'],
        [DT, 'Trump'],
      ],
    ],
    [
      'Gestern traf Emmanuel Macron Putin in Moskau.',
      [
        [EM, 'Emmanuel Macron'],
        [VP, 'Putin'],
      ],
    ],
    [
      'Tags: Donald Trump Zelensky Meloni',
      [
        [DT, 'Donald Trump'],
        [VZ, 'Zelensky'],
        [GM, 'Meloni'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(byRules(text)).toEqual(expected);
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a role or a middle initial makes an ambiguous surname count without the full name', () => {
  it.each<Case>([
    ['US Ambassador Whitaker said the alliance was ready.', [['matthew-whitaker', 'Whitaker']]],
    // A role counts for its own mention only: it is not the full name.
    [
      'Trump envoy Kellogg met Zelensky in Kyiv. Kellogg said the talks went well.',
      [
        [DT, 'Trump'],
        [KK, 'Kellogg'],
        [VZ, 'Zelensky'],
      ],
    ],
    ['Gen. Kellogg arrived in Kyiv.', [[KK, 'Kellogg']]],
    // Ranks a language writes in lower case, after its article; roles in other cases and forms.
    ['Le général Kellogg est arrivé à Kiev.', [[KK, 'Kellogg']]],
    ['Ieri il generale Kellogg ha visto i ministri.', [[KK, 'Kellogg']]],
    ['Die Sondergesandte Kellogg reiste ab.', [[KK, 'Kellogg']]],
    ['Laut dem US-Botschafters Whitaker', [['matthew-whitaker', 'Whitaker']]],
    ['Un émissaire Kellogg à Kiev', [[KK, 'Kellogg']]],
    ['L’inviato americano Kellogg è a Kyiv.', [[KK, 'Kellogg']]],
    [
      'NATO Secretary-General Rasmussen spoke in Kyiv.',
      [
        ['nato', 'NATO'],
        [AFR, 'Rasmussen'],
      ],
    ],
    ['Розмова зі спецпосланцем Келлогом тривала годину.', [[KK, 'Келлогом']]],
    // A role many hold, beside the international body served; the body's possessive.
    [
      'NATO official Turner told reporters the drills went well.',
      [
        ['nato', 'NATO'],
        [PT, 'Turner'],
      ],
    ],
    [
      'NATO’s Turner said training would continue.',
      [
        ['nato', 'NATO'],
        [PT, 'Turner'],
      ],
    ],
    [
      'Nato-Vertreter Turner sagte, die Übung laufe.',
      [
        ['nato', 'Nato'],
        [PT, 'Turner'],
      ],
    ],
    [
      'Ex-NATO chief Rasmussen warned Europe.',
      [
        ['nato', 'NATO'],
        [AFR, 'Rasmussen'],
      ],
    ],
    [
      'Ex-Nato-Chef Rasmussen warnt Europa.',
      [
        ['nato', 'Nato'],
        [AFR, 'Rasmussen'],
      ],
    ],
    [
      'Бывший генсек НАТО Расмуссен заявил',
      [
        ['nato', 'НАТО'],
        [AFR, 'Расмуссен'],
      ],
    ],
    [
      'Rasmussen, ex segretario generale della Nato, ha parlato.',
      [
        [AFR, 'Rasmussen'],
        ['nato', 'Nato'],
      ],
    ],
    [
      'Turner, a NATO official, said the drills went well.',
      [
        [PT, 'Turner'],
        ['nato', 'NATO'],
      ],
    ],
    // A role phrase set off by a comma before the name; roles of more languages.
    [
      'The US ambassador to NATO, Whitaker, said allies must pay.',
      [
        ['nato', 'NATO'],
        [MW, 'Whitaker'],
      ],
    ],
    [
      'El enviado especial de EE UU, Kellogg, se reunió con Zelenski.',
      [
        [KK, 'Kellogg'],
        [VZ, 'Zelenski'],
      ],
    ],
    [
      'Постпред США при НАТО Уитакер заявил',
      [
        ['nato', 'НАТО'],
        [MW, 'Уитакер'],
      ],
    ],
    ['Generał Kellogg przyleciał do Kijowa.', [[KK, 'Kellogg']]],
    ['O embaixador Whitaker disse que a aliança está pronta.', [[MW, 'Whitaker']]],
    ['Velvyslanec Whitaker řekl, že aliance je připravena.', [[MW, 'Whitaker']]],
    [
      'Turner, le représentant de l’Otan à Kiev, a confirmé.',
      [
        [PT, 'Turner'],
        ['nato', 'Otan'],
      ],
    ],
    [
      'Ексгенсек НАТО Расмуссен закликав Європу діяти.',
      [
        ['nato', 'НАТО'],
        [AFR, 'Расмуссен'],
      ],
    ],
    [
      'L’ambasciatore Usa presso la Nato Whitaker ha parlato.',
      [
        ['nato', 'Nato'],
        [MW, 'Whitaker'],
      ],
    ],
    [
      'Trump’ın özel temsilcisi Kellogg Kiev’e gitti.',
      [
        [DT, 'Trump'],
        [KK, 'Kellogg'],
      ],
    ],
    ['O general Kellogg disse que a paz está próxima.', [[KK, 'Kellogg']]],
    [
      'Matthew G. Whitaker was confirmed on Tuesday. Whitaker said he would serve.',
      [
        ['matthew-whitaker', 'Whitaker'],
        ['matthew-whitaker', 'Whitaker'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  // An honorific or an adjective says nothing of which Turner or Whitaker is meant.
  it.each<Case>([
    ['Mr Turner painted the sea at Margate.', []],
    ['Former Whitaker players gathered at the club.', []],
    ['Kellogg sold cereal across America.', []],
    ['The general Kellogg store sold cereal.', []],
    ['Le magasin général Kellogg ferme.', []],
    ['Tom G. Whitaker ran the bakery.', []],
    // Offices many have held say nothing of which one is meant, nor does a rank in lower case.
    ['Lars Løkke Rasmussen met Rubio. Foreign Minister Rasmussen said Denmark would help.', []],
    ['In 1928 Secretary Kellogg signed the pact. Kellogg later won the Nobel prize.', []],
    ['The general Kellogg was not there.', []],
    ['Senator Whitaker of Ohio spoke.', []],
    ['President Turner of the union spoke.', []],
    // Without the body, such a role says nothing; nor does a comma after an unrelated phrase.
    ['The official Turner signed was not there.', []],
    ['A company spokesman, Turner, declined to comment.', []],
    ['After the match, Turner scored again.', []],
    ['At the general store, Kellogg paid in cash.', []],
    // A role phrase opens its sentence; a clause that ends with a role names no one.
    ['After meeting the ambassador, Turner scored again.', []],
    ['Having thanked the envoy, Kellogg’s rival left.', []],
    // "un" is an article: the UN is written in capitals.
    ['Un porte-parole, Turner, a refusé de commenter.', []],
    ['Un chef Turner a ouvert un restaurant.', []],
    ['Tina Turner sang at NATO headquarters.', [['nato', 'NATO']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});
