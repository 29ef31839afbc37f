import { describe, expect, it } from 'vitest';
import { mentionsOf } from './bundled-matcher';

type Case = [string, [string, string][]];

// Sentences as they stand in the five seed reports: every alias form the seeds use.
describe('sentences from the seed reports', () => {
  it.each<Case>([
    [
      'European allies, during discussions with their American counterparts, concluded that US President Donald Trump would not provide the guarantees they demanded to support the European-led "coalition of the determined", the interlocutors noted.',
      [
        ['donald-trump', 'Donald Trump'],
        ['coalition-of-the-willing', 'coalition of the determined'],
      ],
    ],
    [
      'British and French officials publicly called US involvement a key to the success of the "guarantee forces."',
      [['reassurance-force', 'guarantee forces']],
    ],
    [
      'On May 19, former NATO Secretary General Anders Fogh Rasmussen said that preparations for the deployment of European forces in Ukraine after the ceasefire were "progressing too slowly."',
      [
        ['nato', 'NATO'],
        ['anders-fogh-rasmussen', 'Anders Fogh Rasmussen'],
      ],
    ],
    [
      'Bloomberg: US refuses to provide aerial cover for European deterrent forces in Ukraine',
      [['reassurance-force', 'deterrent forces']],
    ],
    [
      'However, according to sources, European officials understood during their conversations with American representatives that Donald Trump would not provide the security guarantees for the "Coalition of the Willing" that had been hoped for.',
      [
        ['donald-trump', 'Donald Trump'],
        ['coalition-of-the-willing', 'Coalition of the Willing'],
      ],
    ],
    [
      'They discussed the need to “be realistic” about Trump’s involvement in the negotiation process.',
      [['donald-trump', 'Trump']],
    ],
    [
      "US declines air support for 'coalition of the willing' troops in post-war Ukraine — report",
      [['coalition-of-the-willing', 'coalition of the willing']],
    ],
    [
      'The "reassurance" or "deterrence" force, as envisioned by UK Prime Minister Keir Starmer and French President Emmanuel Macron, is more than a "peacekeeping force".',
      [
        ['keir-starmer', 'Keir Starmer'],
        ['emmanuel-macron', 'Emmanuel Macron'],
      ],
    ],
    [
      'On March 2, Starmer  announced the initiative involving 31 countries, led by UK and France',
      [['keir-starmer', 'Starmer']],
    ],
    [
      'US Ambassador to NATO, Matthew Whitaker, stated on Wednesday.',
      [
        ['nato', 'NATO'],
        ['matthew-whitaker', 'Matthew Whitaker'],
      ],
    ],
    [
      'RelatedTRT Global - US-Ukraine minerals deal: A new edge for Trump over Putin?',
      [
        ['donald-trump', 'Trump'],
        ['vladimir-putin', 'Putin'],
      ],
    ],
    [
      'French President Macron visited Italy on Tuesday to address disagreements with Prime Minister Giorgia Meloni.',
      [
        ['emmanuel-macron', 'Macron'],
        ['giorgia-meloni', 'Giorgia Meloni'],
      ],
    ],
    [
      '"It\'s a formula that certainly deserves discussion, but the issue is that Article 5 lies at the heart of NATO’s solidarity," Meloni has said.',
      [
        ['nato', 'NATO'],
        ['giorgia-meloni', 'Meloni'],
      ],
    ],
    [
      "\"And if Trump refuses Ukraine's entry into NATO—something we would support—it's precisely because he doesn't want to trigger Article 5 in favour of Ukraine.\"",
      [
        ['donald-trump', 'Trump'],
        ['nato', 'NATO'],
      ],
    ],
    [
      'Allies generally agree with Ukrainian President Volodymyr Zelenskyy that the United States would have to contribute troops',
      [['volodymyr-zelenskyy', 'Volodymyr Zelenskyy']],
    ],
    [
      'Zelensky: US must be part of Ukraine peacekeeping forces23.01.25, 08:26 • 117907 views',
      [['volodymyr-zelenskyy', 'Zelensky']],
    ],
    [
      'Trump wants to meet with Putin soon to end the war in Ukraine23.01.25, 19:33 • 145946 views',
      [
        ['donald-trump', 'Trump'],
        ['vladimir-putin', 'Putin'],
      ],
    ],
    [
      'The latest push shows that Europeans are trying to shape the thinking of the new administration as Trump prepares to engage with Russian dictator Vladimir Putin.',
      [
        ['donald-trump', 'Trump'],
        ['vladimir-putin', 'Vladimir Putin'],
      ],
    ],
    [
      '"Trump\'s special envoy for Ukraine and Russia, Keith Kellogg, is expected to visit Kyiv in the coming weeks," the newspaper writes.',
      [
        ['donald-trump', 'Trump'],
        ['keith-kellogg', 'Keith Kellogg'],
      ],
    ],
    [
      '"To avoid a renewal of war, we need sufficiently credible guarantees," said Patrick Turner, NATO\'s senior representative to Ukraine.',
      [
        ['patrick-turner', 'Patrick Turner'],
        ['nato', 'NATO'],
      ],
    ],
    ['the NATO summit later this month', [['nato', 'NATO']]],
    [
      'at a North Atlantic Treaty Organization summit later in June',
      [['nato', 'North Atlantic Treaty Organization']],
    ],
    [
      'The US is refusing to provide air defenses to back the “reassurance force” the UK and France are planning in a postwar Ukraine',
      [['reassurance-force', 'reassurance force']],
    ],
    ['• With assistance from Ania Nussbaum, Alex Wickham and Andrea Palasciano.', []],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

// Traps found in the real-page corpus: words and people that must not be taken for the dataset's.
describe('traps from real pages', () => {
  it.each<Case>([
    ['What will cognitive computing change?', []],
    ['the PS4 Pro has 6 teraflops of computing power', []],
    ['served a few years by the U.S. Department of Justice - on trumped up charges', []],
    ['enable_trumpland_landing_page', []],
    ['M. Sporny, G. Kellogg, M. Lanthaler, "JSON-LD 1.0", W3C Proposed Recommendation', []],
    ["Breitbart starts war with Kellogg's", []],
    ['Doug Turner, a Mozilla engineer', []],
    [
      'The woman sexually assaulted by ex-Stanford swimmer Brock Turner was just named a woman of the year by Glamour',
      [],
    ],
    ['Exclusive: How Putin, Khamenei and Saudi prince got OPEC deal done', [['vladimir-putin', 'Putin']]],
    [
      'As Trump Reaches Toward Putin, U.S. Troops Arrive in Poland',
      [
        ['donald-trump', 'Trump'],
        ['vladimir-putin', 'Putin'],
      ],
    ],
    [
      'keywords:["Russian President Vladimir Putin","Netanyahu","Obama"]',
      [['vladimir-putin', 'Vladimir Putin']],
    ],
    ['Putin voices hope on mending U.S. rift', [['vladimir-putin', 'Putin']]],
    ['Ted Turner founded CNN; Turner Classic Movies airs films', []],
    ['The Kellogg School of Management', []],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('hyphens, hashtags, handles and digits', () => {
  it.each<Case>([
    [
      'the Trump-Putin summit',
      [
        ['donald-trump', 'Trump'],
        ['vladimir-putin', 'Putin'],
      ],
    ],
    [
      'a pro-Putin rally and an anti-Trump march',
      [
        ['vladimir-putin', 'Putin'],
        ['donald-trump', 'Trump'],
      ],
    ],
    ['the Trump-era tariffs', [['donald-trump', 'Trump']]],
    ['#Trump trended', [['donald-trump', 'Trump']]],
    ['follow @realDonaldTrump', []],
    ['Trump2024 banners', []],
    ['the Trumps arrived', []],
    ['Trumps Zölle treffen auch Europa.', [['donald-trump', 'Trumps']]],
    ['Laut Macrons Sprecher ist der Plan fertig.', [['emmanuel-macron', 'Macrons']]],
    ['Poetins woordvoerder sprak van een provocatie.', [['vladimir-putin', 'Poetins']]],
    ['Both Macrons waved from the balcony.', []],
    ['Sport Trumps Politics At The Games', []],
    // German headlines capitalise their nouns: a genitive in one is no verb, nor after a relative "die".
    ['Putins Krieg in der Ukraine', [['vladimir-putin', 'Putins']]],
    ['Der Kreml und Putins Drohungen', [['vladimir-putin', 'Putins']]],
    ['Nach Putins Rede: Europa Reagiert', [['vladimir-putin', 'Putins']]],
    ['Macrons Rede zur Lage der Nation', [['emmanuel-macron', 'Macrons']]],
    ['Die Oligarchen, die Putins Krieg finanzieren, schweigen.', [['vladimir-putin', 'Putins']]],
    ['In Berlin sagte man, die Trumps kamen spät.', []],
    ['ZELENSKYY SPEAKS', [['volodymyr-zelenskyy', 'ZELENSKYY']]],
    ['zelenskyy in lower case', []],
    ['Zelenskyy’s office', [['volodymyr-zelenskyy', 'Zelenskyy']]],
    [
      'Starmer/Macron talks',
      [
        ['keir-starmer', 'Starmer'],
        ['emmanuel-macron', 'Macron'],
      ],
    ],
    ['(Meloni)', [['giorgia-meloni', 'Meloni']]],
    ['Meloni-led government', [['giorgia-meloni', 'Meloni']]],
    ['the coalition-of-the-willing plan', []],
    [
      'Coalition-of-the-willing leaders met in Paris to discuss security guarantees for Ukraine.',
      [['coalition-of-the-willing', 'Coalition-of-the-willing']],
    ],
    ['Europe weighs reassurance-force troops', [['reassurance-force', 'reassurance-force']]],
    [
      'a coalition-of-the-willing-style pact in Ukraine',
      [['coalition-of-the-willing', 'coalition-of-the-willing']],
    ],
    ['the reassurance-forces', [['reassurance-force', 'reassurance-forces']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

// Classes a second probe of news writing found: each case fails on the rules before the fix.
describe('roles around a bare surname, headline verbs, addresses and other languages', () => {
  it.each<Case>([
    ['US-Sondergesandter Kellogg reiste nach Kiew.', [['keith-kellogg', 'Kellogg']]],
    ['Selon l’ambassadeur Whitaker, la réunion a été utile.', [['matthew-whitaker', 'Whitaker']]],
    ['L’envoyé spécial Kellogg est arrivé.', [['keith-kellogg', 'Kellogg']]],
    ['El enviado especial Kellogg llegó.', [['keith-kellogg', 'Kellogg']]],
    [
      'US Ambassador to NATO Whitaker said allies agreed.',
      [
        ['nato', 'NATO'],
        ['matthew-whitaker', 'Whitaker'],
      ],
    ],
    [
      'Kellogg, Trump’s special envoy for Ukraine and Russia, said talks went well.',
      [
        ['keith-kellogg', 'Kellogg'],
        ['donald-trump', 'Trump'],
      ],
    ],
    [
      'Whitaker, the U.S. ambassador to NATO, said so.',
      [
        ['matthew-whitaker', 'Whitaker'],
        ['nato', 'NATO'],
      ],
    ],
    ['Matthew George Whitaker was born in Iowa.', [['matthew-whitaker', 'Whitaker']]],
    // A role ending its sentence, or a clause about someone else, names no one.
    ['Sarah Jones was named ambassador. Turner, 52, served in Nairobi.', []],
    ['Turner, who met the ambassador, said nothing.', []],
    ['Turner, the ambassador’s wife, said nothing.', []],
    ['Secretary Kellogg signed the pact.', []],
    ['What Pope Leo Told Zelensky About The Peace Talks', [['volodymyr-zelenskyy', 'Zelensky']]],
    ['King Charles Gave Trump A Tour', [['donald-trump', 'Trump']]],
    [
      'Can Meloni Bridge The Gap Between Trump And Europe?',
      [
        ['giorgia-meloni', 'Meloni'],
        ['donald-trump', 'Trump'],
      ],
    ],
    ['Trump Park Avenue was sold.', []],
    ['The Trump Route for International Peace opens.', []],
    ['Keith Kellogg spoke. In Chicago, a Kellogg MBA costs more.', [['keith-kellogg', 'Keith Kellogg']]],
    // A poll is no thing named after a person: "Trump polls ahead", "Starmer poll ratings".
    ['Trump polls ahead of Harris in Ohio.', [['donald-trump', 'Trump']]],
    ['Starmer poll ratings slumped again.', [['keir-starmer', 'Starmer']]],
    // A word that ends a sentence ends the search for a role, and a role of someone else's is none.
    ['He worked at General Electric. Turner later joined the board.', []],
    ['She met the US ambassador in Kyiv. Turner, a local farmer, said so.', []],
    ['Turner, the daughter of a former ambassador, paints landscapes.', []],
    ['Shop owners on the Champs-Elysees formed a coalition of the willing to clean the avenue.', []],
    ['Trump Award For Excellence', []],
    ['Starmer:https://t.co/abc', [['keir-starmer', 'Starmer']]],
    ['Patrick Turner spoke beside J.M.W. Turner’s painting.', [['patrick-turner', 'Patrick Turner']]],
    ['Rodney Starmer, the prime minister’s father, was a toolmaker.', []],
    ['Kyrylo Zelensky, the president’s son, turned 13.', []],
    ['Read more: https://www.example.eu/article/keir-starmer-coalition-of-the-willing-ukraine-troops/', []],
    ['Contact: Giorgia.Meloni@example.it', []],
    ['Source: example.co.uk/politics/2025/Starmer-Macron-call', []],
    [
      'Starmer/Macron: the joint plan',
      [
        ['keir-starmer', 'Starmer'],
        ['emmanuel-macron', 'Macron'],
      ],
    ],
    ['In the U.S./Trump talks, Kyiv was absent.', [['donald-trump', 'Trump']]],
    [
      'Plans for a Kyiv.Trump/Putin summit',
      [
        ['donald-trump', 'Trump'],
        ['vladimir-putin', 'Putin'],
      ],
    ],
    [
      'Spotkanie Trumpa z Putinem w sprawie Ukrainy',
      [
        ['donald-trump', 'Trumpa'],
        ['vladimir-putin', 'Putinem'],
      ],
    ],
    [
      'De coalitie van willigen wil troepen naar Oekraïne sturen.',
      [['coalition-of-the-willing', 'coalitie van willigen']],
    ],
    [
      'Песков прокомментировал заявление Зеленского о «коалиции желающих».',
      [
        ['volodymyr-zelenskyy', 'Зеленского'],
        ['coalition-of-the-willing', 'коалиции желающих'],
      ],
    ],
    ['the Multinational Force Ukraine headquarters', [['reassurance-force', 'Multinational Force Ukraine']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('roles in other word orders, genitives and possessives (data 1.1.3)', () => {
  it.each<Case>([
    [
      'Спецпосланець Трампа Келлог прибув до Києва.',
      [
        ['donald-trump', 'Трампа'],
        ['keith-kellogg', 'Келлог'],
      ],
    ],
    [
      'Посол США при НАТО Вітакер заявив.',
      [
        ['nato', 'НАТО'],
        ['matthew-whitaker', 'Вітакер'],
      ],
    ],
    [
      'Koalicja chętnych spotkała się w Paryżu, poinformował Pałac Elizejski.',
      [['coalition-of-the-willing', 'Koalicja chętnych']],
    ],
    [
      'Keith Kellogg will lead the US delegation; Kellogg’s team arrives in Kyiv.',
      [
        ['keith-kellogg', 'Keith Kellogg'],
        ['keith-kellogg', 'Kellogg'],
      ],
    ],
    ['Kellogg’s cereals are popular.', []],
    ['Nato nel 1952 a Leningrado, Putin ha guidato l’Fsb.', [['vladimir-putin', 'Putin']]],
    [
      'Donald Trumps Sondergesandter traf Wladimir Putin in Moskau.',
      [
        ['donald-trump', 'Donald Trumps'],
        ['vladimir-putin', 'Wladimir Putin'],
      ],
    ],
    ['the Trumps arrived', []],
    ['Trumps Zölle treffen auch Europa.', [['donald-trump', 'Trumps']]],
    ['Laut Macrons Sprecher ist der Plan fertig.', [['emmanuel-macron', 'Macrons']]],
    ['Poetins woordvoerder sprak van een provocatie.', [['vladimir-putin', 'Poetins']]],
    ['Both Macrons waved from the balcony.', []],
    ['Sport Trumps Politics At The Games', []],
    // German headlines capitalise their nouns: a genitive in one is no verb, nor after a relative "die".
    ['Putins Krieg in der Ukraine', [['vladimir-putin', 'Putins']]],
    ['Der Kreml und Putins Drohungen', [['vladimir-putin', 'Putins']]],
    ['Nach Putins Rede: Europa Reagiert', [['vladimir-putin', 'Putins']]],
    ['Macrons Rede zur Lage der Nation', [['emmanuel-macron', 'Macrons']]],
    ['Die Oligarchen, die Putins Krieg finanzieren, schweigen.', [['vladimir-putin', 'Putins']]],
    ['In Berlin sagte man, die Trumps kamen spät.', []],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

// Forms and spellings of data 1.1.5, and the namesakes they must not take.
describe('case forms, spellings and namesakes of data 1.1.5', () => {
  it.each<Case>([
    [
      'В Кремле заговорили о Путине и о Трампе.',
      [
        ['vladimir-putin', 'Путине'],
        ['donald-trump', 'Трампе'],
      ],
    ],
    [
      'Dyskusja o Trumpie i o Macronie trwała godzinę.',
      [
        ['donald-trump', 'Trumpie'],
        ['emmanuel-macron', 'Macronie'],
      ],
    ],
    [
      'Лидеры обсудили роль коалицию желающих на переговорах об Украине.',
      [['coalition-of-the-willing', 'коалицию желающих']],
    ],
    ['Le sommet de l’Otan s’ouvre à La Haye.', [['nato', 'Otan']]],
    [
      'Vladimir Poutine a reçu l’envoyé américain. Poutine a insisté sur ses conditions.',
      [
        ['vladimir-putin', 'Vladimir Poutine'],
        ['vladimir-putin', 'Poutine'],
      ],
    ],
    ['Poutine, frites et sauce brune : la recette québécoise.', []],
    [
      'Зустріч із Кітом Келлогом тривала годину; Келлога запросили знову.',
      [
        ['keith-kellogg', 'Кітом Келлогом'],
        ['keith-kellogg', 'Келлога'],
      ],
    ],
    ['Кит Келлогг прибыл в Киев.', [['keith-kellogg', 'Кит Келлогг']]],
    // Given names of people who are not the officials.
    ['Tristan Trump and Chloe Trump attended the gala.', []],
    [
      'Patrick Turner spoke first. Nat Turner’s rebellion was the subject of the next talk.',
      [['patrick-turner', 'Patrick Turner']],
    ],
    ['Мелания Трамп открыла выставку.', []],
    // A full name ending the sentence before is no given and middle name.
    [
      'Keith Kellogg briefed Donald Trump. Kellogg then flew to Kyiv.',
      [
        ['keith-kellogg', 'Keith Kellogg'],
        ['donald-trump', 'Donald Trump'],
        ['keith-kellogg', 'Kellogg'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});
