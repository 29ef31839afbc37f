import { describe, expect, it } from 'vitest';
import { mentionsOf } from './bundled-matcher';

// Aliases and exclusions of data 1.1.6, class by class, with the uses they must not take and the
// mentions they must not break.

const COW = 'coalition-of-the-willing';
const KS = 'keir-starmer';
const DT = 'donald-trump';
const VZ = 'volodymyr-zelenskyy';
const VP = 'vladimir-putin';
const EM = 'emmanuel-macron';
const GM = 'giorgia-meloni';
const AFR = 'anders-fogh-rasmussen';
const NATO = 'nato';

type Case = [string, [string, string][]];

describe('Czech and Slovak case forms', () => {
  it.each<Case>([
    [
      'Macron zavolal Trumpovi a Putinovi nic neřekl.',
      [
        [EM, 'Macron'],
        [DT, 'Trumpovi'],
        [VP, 'Putinovi'],
      ],
    ],
    [
      'Starmer poděkoval Macronovi.',
      [
        [KS, 'Starmer'],
        [EM, 'Macronovi'],
      ],
    ],
    [
      'Fico sa stretol s Putinom, potom s Trumpom a s Macronom.',
      [
        [VP, 'Putinom'],
        [DT, 'Trumpom'],
        [EM, 'Macronom'],
      ],
    ],
    [
      'Zelenskyj rokoval so Starmerom.',
      [
        [VZ, 'Zelenskyj'],
        [KS, 'Starmerom'],
      ],
    ],
    [
      'Macron pozval Zelenského do Paříže.',
      [
        [EM, 'Macron'],
        [VZ, 'Zelenského'],
      ],
    ],
    [
      'Trump jednal se Zelenským a Zelenskému slíbil letouny.',
      [
        [DT, 'Trump'],
        [VZ, 'Zelenským'],
        [VZ, 'Zelenskému'],
      ],
    ],
    [
      'Premiér hovořil o Zelenském i o Starmerovi.',
      [
        [VZ, 'Zelenském'],
        [KS, 'Starmerovi'],
      ],
    ],
    [
      'Trump telefonoval se Zelenskyjem, pak Zelenskyjovi poděkoval.',
      [
        [DT, 'Trump'],
        [VZ, 'Zelenskyjem'],
        [VZ, 'Zelenskyjovi'],
      ],
    ],
    ['Italská premiérka Meloniová odmítla vyslat vojáky.', [[GM, 'Meloniová']]],
    [
      'Giorgia Meloniová jednala s Macronem.',
      [
        [GM, 'Giorgia Meloniová'],
        [EM, 'Macronem'],
      ],
    ],
    [
      'Macron se s Meloniovou neshodl.',
      [
        [EM, 'Macron'],
        [GM, 'Meloniovou'],
      ],
    ],
    // Relatives: the feminine surname is a wife's, a daughter's or a sister's, never an alias.
    ['Melania Trumpová navštívila nemocnici.', []],
    ['Ivanka Trumpová se vrací do politiky.', []],
    ['Brigitte Macronová přijela do Prahy.', []],
    ['Arianna Meloniová vede stranu.', []],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('Danish and Swedish genitives, Polish full names of Fogh Rasmussen', () => {
  it.each<Case>([
    ['Fogh Rasmussens rådgivningsfirma har kontor i København.', [[AFR, 'Fogh Rasmussens']]],
    ['Anders Fogh Rasmussens bog udkommer i dag.', [[AFR, 'Anders Fogh Rasmussens']]],
    ['NATO:s generalsekreterare besökte Stockholm.', [[NATO, 'NATO:s']]],
    ['Według Andersa Fogha Rasmussena Europa musi działać.', [[AFR, 'Andersa Fogha Rasmussena']]],
    [
      'Rozmawiał z Andersem Foghiem Rasmussenem, a potem Rasmussena zapytano o Ukrainę.',
      [
        [AFR, 'Andersem Foghiem Rasmussenem'],
        [AFR, 'Rasmussena'],
      ],
    ],
    ['Andersowi Foghowi Rasmussenowi wręczono nagrodę.', [[AFR, 'Andersowi Foghowi Rasmussenowi']]],
    ['Mówiono o Andersie Foghu Rasmussenie.', [[AFR, 'Andersie Foghu Rasmussenie']]],
    // Another Rasmussen, and a bare Polish form with no full name before it.
    ['Lars Løkke Rasmussens udtalelse kom sent.', []],
    ['Rasmussena zapytano o Ukrainę.', []],
    [
      'Anders Fogh Rasmussen milczał, a Larsa Løkke Rasmussena zapytano o Ukrainę.',
      [[AFR, 'Anders Fogh Rasmussen']],
    ],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('Greek and Hungarian names', () => {
  it.each<Case>([
    [
      'Ο Τραμπ μίλησε με τον Πούτιν.',
      [
        [DT, 'Τραμπ'],
        [VP, 'Πούτιν'],
      ],
    ],
    [
      'Ο Ζελένσκι συναντήθηκε με τον Μακρόν και τον Στάρμερ.',
      [
        [VZ, 'Ζελένσκι'],
        [EM, 'Μακρόν'],
        [KS, 'Στάρμερ'],
      ],
    ],
    [
      'Η Μελόνι και η σύνοδος του ΝΑΤΟ.',
      [
        [GM, 'Μελόνι'],
        [NATO, 'ΝΑΤΟ'],
      ],
    ],
    // Capitals drop the accents.
    [
      'ΠΟΥΤΙΝ ΚΑΙ ΖΕΛΕΝΣΚΙ ΣΤΗΝ ΤΗΛΕΦΩΝΙΚΗ',
      [
        [VP, 'ΠΟΥΤΙΝ'],
        [VZ, 'ΖΕΛΕΝΣΚΙ'],
      ],
    ],
    [
      'Ο Ντόναλντ Τραμπ και ο Βλαντιμίρ Πούτιν',
      [
        [DT, 'Ντόναλντ Τραμπ'],
        [VP, 'Βλαντιμίρ Πούτιν'],
      ],
    ],
    ['Η Μελάνια Τραμπ επισκέφθηκε το νοσοκομείο.', []],
    ['Η Μπριζίτ Μακρόν ταξίδεψε στην Αθήνα.', []],
    [
      'A miniszterelnök Putyinnal tárgyalt, majd Putyint dicsérte.',
      [
        [VP, 'Putyinnal'],
        [VP, 'Putyint'],
      ],
    ],
    [
      'Zelenszkij Trumppal találkozott.',
      [
        [VZ, 'Zelenszkij'],
        [DT, 'Trumppal'],
      ],
    ],
    [
      'Trumpot és Zelenszkijt is meghívták, Macronnal és Melonival együtt.',
      [
        [DT, 'Trumpot'],
        [VZ, 'Zelenszkijt'],
        [EM, 'Macronnal'],
        [GM, 'Melonival'],
      ],
    ],
    [
      'A levelet Putyinnak és Trumpnak is elküldték.',
      [
        [VP, 'Putyinnak'],
        [DT, 'Trumpnak'],
      ],
    ],
    [
      'Macron Zelenszkijjel egyeztetett, Putyinról is beszéltek.',
      [
        [EM, 'Macron'],
        [VZ, 'Zelenszkijjel'],
        [VP, 'Putyinról'],
      ],
    ],
    ['Vlagyimir Putyin beszédet mondott.', [[VP, 'Vlagyimir Putyin']]],
    // A relative's given name before the suffixed surname.
    ['Melania Trumppal érkezett a gálára.', []],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('the coalition in Czech, Slovak and the Nordic languages; NATO written out', () => {
  it.each<Case>([
    [
      'Koalice ochotných jednala se Zelenským.',
      [
        [COW, 'Koalice ochotných'],
        [VZ, 'Zelenským'],
      ],
    ],
    [
      'Lídři koalice ochotných se sešli s Macronem.',
      [
        [COW, 'koalice ochotných'],
        [EM, 'Macronem'],
      ],
    ],
    [
      'Koalícia ochotných rokovala so Zelenským.',
      [
        [COW, 'Koalícia ochotných'],
        [VZ, 'Zelenským'],
      ],
    ],
    ['Koalitionen af villige mødes i Paris om Ukraine.', [[COW, 'Koalitionen af villige']]],
    ['De villiges koalition vil sende tropper til Ukraine.', [[COW, 'De villiges koalition']]],
    ['De villigas koalition möts i London om Ukraina.', [[COW, 'De villigas koalition']]],
    // The 2003 coalition, with nothing that places the phrase in Ukraine's.
    ['Koalice ochotných vtrhla v roce 2003 do Iráku.', []],
    ['Koalitionen af villige gik i krig i Irak i 2003.', []],
    [
      'L’Organisation du traité de l’Atlantique nord fête ses 75 ans.',
      [[NATO, 'Organisation du traité de l’Atlantique nord']],
    ],
    [
      'La Organización del Tratado del Atlántico Norte cumple 76 años.',
      [[NATO, 'Organización del Tratado del Atlántico Norte']],
    ],
    ['N.A.T.O. was formed in 1949 with twelve members.', [[NATO, 'N.A.T.O.']]],
    ['NATO was formed in 1949.', [[NATO, 'NATO']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('French "Poutine" alone, and the dish', () => {
  it.each<Case>([
    [
      'Macron a appelé Poutine hier soir.',
      [
        [EM, 'Macron'],
        [VP, 'Poutine'],
      ],
    ],
    [
      'Pour Macron, Poutine ment depuis le début.',
      [
        [EM, 'Macron'],
        [VP, 'Poutine'],
      ],
    ],
    ['POUTINE MENACE L’EUROPE', [[VP, 'POUTINE']]],
    [
      'Selon Poutine, l’Otan menace la Russie.',
      [
        [VP, 'Poutine'],
        [NATO, 'Otan'],
      ],
    ],
    [
      'Trump-Poutine : le sommet de l’Alaska',
      [
        [DT, 'Trump'],
        [VP, 'Poutine'],
      ],
    ],
    [
      'Poutine au Kremlin : il reçoit l’envoyé de Trump.',
      [
        [VP, 'Poutine'],
        [DT, 'Trump'],
      ],
    ],
    [
      'Poutine et Zelensky ne se rencontreront pas.',
      [
        [VP, 'Poutine'],
        [VZ, 'Zelensky'],
      ],
    ],
    // The dish: in lower case, and capitalised in menus and headings.
    ['Une poutine bien garnie coûte 15 dollars à Québec.', []],
    ['La poutine de Chez Ashton reste la meilleure de la ville.', []],
    ['Poutine classique : 12,99 $', []],
    ['Poutine au poulet ou Poutine sauce BBQ ?', []],
    ['Poutine aux champignons sauvages', []],
    ['Poutine galvaude, la spécialité de la maison.', []],
    ['Poutine italienne et Poutine déjeuner au menu.', []],
    ['Poutine, frites et sauce brune : la recette québécoise.', []],
    ['La Poutine Week revient à Montréal en février.', []],
    // A dish word after any surname makes it a dish.
    ['Trump Burger opened a second restaurant in Texas.', []],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('Macron the sportswear brand', () => {
  it.each<Case>([
    ['Lazio Unveil New Macron Home Shirt', []],
    ['Why the Macron Kit Deal Matters for Lazio', []],
    ['Bologna Extend Macron Kit Partnership to 2030', []],
    ['Fans queued for the new Macron Home Shirt and the Macron away kit.', []],
    ['Macron Away Jersey 2025/26', []],
    // The president's shirt, and headlines where a noun after his name means him.
    ['Macron’s shirt was soaked by the rain.', [[EM, 'Macron']]],
    [
      'Macron visits Kyiv with Starmer.',
      [
        [EM, 'Macron'],
        [KS, 'Starmer'],
      ],
    ],
    ['Macron Away In Kyiv As Strikes Hit Paris', [[EM, 'Macron']]],
    ['Starmer Home Office Row Deepens', [[KS, 'Starmer']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('Italian "Nato" (born) opening a sentence', () => {
  it.each<Case>([
    ['Nato da una famiglia di operai, il ministro ha studiato a Bologna.', []],
    ['Nato in una famiglia ebrea russofona, Zelensky parla russo.', [[VZ, 'Zelensky']]],
    ['Nato l’8 ottobre 1952, il presidente russo è al potere dal 2000.', []],
    ['Nato l’11 marzo, il giornalista ha compiuto 50 anni.', []],
    ['Nato e cresciuto a Kryvyi Rih, Zelensky ha studiato legge.', [[VZ, 'Zelensky']]],
    ['Nato da genitori ucraini, vive a Milano.', []],
    // The alliance, in Italian and English.
    ['When does NATO come in?', [[NATO, 'NATO']]],
    ['NATO, ANCHE L’ITALIA AL 5%', [[NATO, 'NATO']]],
    ['La Nato è nata nel 1949.', [[NATO, 'Nato']]],
    ['Il summit della Nato si terrà ad Ankara.', [[NATO, 'Nato']]],
    ['La Nato da anni chiede più spese.', [[NATO, 'Nato']]],
    ['Mosca vede la Nato come una minaccia.', [[NATO, 'Nato']]],
    ['Il vertice della Nato a Vilnius.', [[NATO, 'Nato']]],
    ['La Nato l’ha detto chiaramente.', [[NATO, 'Nato']]],
    ['Le truppe della Nato in una base polacca.', [[NATO, 'Nato']]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('Trump Jr. in Cyrillic', () => {
  it.each<Case>([
    ['Трамп-молодший розкритикував Зеленського.', [[VZ, 'Зеленського']]],
    ['Дональд Трамп-молодший прилетів до Києва.', []],
    ['Дональд Трамп-младший раскритиковал Зеленского.', [[VZ, 'Зеленского']]],
    ['Интервью Трампа-младшего вышло вчера.', []],
    ['Дональд Трамп молодший і Дональд Трамп младший', []],
    // The father, and two names joined by a hyphen.
    [
      'Трамп і Зеленський зустрілися.',
      [
        [DT, 'Трамп'],
        [VZ, 'Зеленський'],
      ],
    ],
    [
      'Переговоры Трамп-Путин',
      [
        [DT, 'Трамп'],
        [VP, 'Путин'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});
