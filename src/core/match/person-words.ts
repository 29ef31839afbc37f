/**
 * Words that stand next to a person's name without naming someone else: titles and roles
 * ("President", "Prime Minister", "envoy", "M."), gendered honorifics ("Mrs", "Herr"), name
 * suffixes ("Jr.") and kin nouns ("his wife"). All lists are lower case, without final periods.
 */
const TITLES = new Set(
  `president presidents prime minister ministers premier chancellor secretary general gen lt lieut
  lieutenant col colonel maj major capt captain adm admiral commander cmdr sgt envoy envoys special
  ambassador amb representative rep sen senator senators gov governor deputy vice acting former ex
  retired ret chief head leader leaders chair chairman chairwoman director adviser advisor official
  officials spokesman spokeswoman foreign defence defense interior state mayor king queen prince
  princess sir dame lord lady dr prof professor judge justice pope emperor mr mrs ms mx miss m mme
  mlle monsieur madame herr frau signor signora sig sra sr dom pan pani пан пані президент прем'єр
  міністр генерал посол генсек канцлер président premier ministre presidente ministro präsident
  bundeskanzler kanzler kanzlerin ministerpräsident außenminister us u.s uk u.k eu e.u un u.n nato white house
  kremlin french british italian american ukrainian russian german danish then incoming outgoing
  elect candidate nominee republican democrat democratic gop labour tory conservative mp mps
  billionaire businessman tycoon`.split(/\s+/),
);

/**
 * Nouns of other fields' people (music, the arts, sport), in the languages of Gloss's aliases:
 * before a bare surname they name someone of that field, not an official ("striker Turner", "the
 * painter Turner", "il pittore Turner"). Not the stage's and screen's ("actor", "comedian",
 * "star"): officials have been those ("comedian Zelensky"), nor words a politician is called too
 * ("host", "defender", "artist", "driver", "chef" a chief).
 */
const OTHER_FIELDS = new Set(
  `pianist violinist cellist organist saxophonist trumpeter bassist composer singer rapper songwriter musician guitarist drummer dancer painter sculptor novelist poet
  playwright striker midfielder goalkeeper footballer cricketer batsman bowler jockey golfer boxer
  swimmer sprinter cyclist racer quarterback pitcher shortstop linebacker sänger sängerin maler
  malerin bildhauer stürmer torhüter fußballer chanteur chanteuse peintre sculpteur footballeur
  attaquant cantante pittore pittrice scultore calciatore attaccante portiere pintor escultor
  futbolista delantero piosenkarz malarz piłkarz napastnik zanger zangeres schilder voetballer
  співак художник футболіст нападник певец художник футболист`.split(/\s+/),
);

/**
 * Occupations an apposition gives a namesake after the name, with the other fields' nouns
 * ("Keith Kellogg, a dairy farmer in Vermont", "By Patrick Turner, Defence Correspondent"). Not
 * a career an official has had ("lawyer", "banker", "soldier", "comedian").
 */
const EVERYDAY_JOBS = new Set(
  `plumber farmer teacher student pupil nurse electrician builder carpenter mechanic shopkeeper
  baker butcher waiter waitress cleaner firefighter pensioner retiree coach
  correspondent reporter journalist columnist photographer landwirt lehrer lehrerin student
  schüler krankenpfleger korrespondent reporter journalist journalistin agriculteur enseignant
  étudiant infirmier correspondant journaliste agricoltore insegnante studente infermiere
  corrispondente giornalista agricultor profesor estudiante enfermero corresponsal periodista`.split(/\s+/),
);

/** Whether `key` names a namesake's occupation in an apposition after a name ("a plumber"). */
export function isNamesakeJob(key: string): boolean {
  return EVERYDAY_JOBS.has(key) || OTHER_FIELDS.has(key);
}

/** Honorifics that say the person is a man ('m') or a woman ('f'). */
const HONORIFICS = new Map<string, 'm' | 'f'>();
for (const w of 'mr mister m monsieur herr signor sig señor sir lord пан'.split(' ')) HONORIFICS.set(w, 'm');
for (const w of 'mrs ms miss mme madame mlle mademoiselle frau signora sig.ra sra señora dame lady пані'.split(
  ' ',
))
  HONORIFICS.set(w, 'f');

/** Suffixes that make a name someone else's (a son or father of the same name), as written. */
const SUFFIXES = new Set([
  'Jr',
  'Jr.',
  'Sr',
  'Sr.',
  'Junior',
  'III',
  'IV',
  'fils',
  'père',
  // The Ukrainian and Russian "the younger", in its cases ("Дональд Трамп молодший"; joined by a
  // hyphen, "Трамп-молодший" is an exclusion of the data), and the Greek "Junior".
  'молодший',
  'молодшого',
  'молодшому',
  'молодшим',
  'младший',
  'младшего',
  'младшему',
  'младшим',
  'младшем',
  'Τζούνιορ',
]);

/** Nouns for relatives, in the languages Gloss's aliases cover. */
const KIN = new Set(
  `wife husband son sons daughter daughters mother father brother sister sisters brothers niece
  nephew cousin uncle aunt granddaughter grandson grandchild grandfather grandmother stepson
  stepdaughter daughter-in-law son-in-law sister-in-law brother-in-law ex-wife ex-husband widow
  spouse fiancée fiancé épouse femme mari fils fille frère sœur soeur mère père moglie marito figlio
  figlia sorella fratello madre padre frau ehefrau ehemann sohn tochter schwester bruder mutter
  vater дружина чоловік син донька дочка сестра брат мати батько`.split(/\s+/),
);

/**
 * Roles that, standing before a bare surname, say which official is meant ("Ambassador
 * Whitaker", "envoy Kellogg", "Gen. Kellogg"): a diplomat's or a general's, which few namesakes
 * hold. Not offices many have held ("Minister Rasmussen" may be Lars Løkke Rasmussen, "Secretary
 * Kellogg" Frank B. Kellogg), honorifics ("Mr Turner") or adjectives ("former"). Ranks count only
 * capitalised ("the general Kellogg" is no title).
 */
const ROLES = new Set(
  `ambassador ambassadors amb envoy emissary ambassadeur envoyé émissaire ambasciatore inviato
  emissario botschafter gesandter sondergesandter gezant enviado emisario embajador ambasador
  wysłannik emisariusz посол посла послом посланець посланця посланцем посланник посланника
  посланником спецпосланець спецпосланця спецпосланцем спецпосланник спецпосланника
  спецпосланником спецпредставник спецпредставника спецпредставником постпред постпреда
  embaixador enviada embajadora velvyslanec vyslanec velvyslankyně büyükelçi büyükelçisi temsilci
  temsilcisi ambasadorem ambasadora wysłannikiem wysłannika emisariuszem`.split(/\s+/),
);
/**
 * Roles many people hold ("official", "chief", "representative", "secretary"), which name an
 * official only beside the international body served ("NATO official Turner", "Nato-Vertreter
 * Turner", "генсек НАТО Расмуссен", "segretario generale della Nato"). Lower case.
 */
const BODY_ROLES = new Set(
  `official representative chief head spokesman spokeswoman spokesperson secretary vertreter
  vertreterin chef generalsekretär sprecher représentant représentante secrétaire porte-parole
  rappresentante segretario portavoce representante secretario portavoz przedstawiciel
  sekretarz rzecznik vertegenwoordiger woordvoerder secretaris представник представитель
  секретар секретарь генсек речник`.split(/\s+/),
);
/** Articles elided onto a role or a body ("l'ambassadeur", "dell'inviato", "de l'Otan"). */
const ELIDED = /^(?:l|d|dell|all|sull|dall|nell)'/;
/** The bundled NATO in its languages, as keys: any capitalised form ("NATO", "Nato"). */
const NATO_NAMES = new Set('nato otan нато navo'.split(' '));
/** The UN, the EU and the OSCE: in capitals only ("un", "eu", "uno" are words of other languages). */
const BODY_ACRONYMS = new Set('UN ONU OON ООН EU UE ЄС ЕС OSCE OBSE ОБСЄ ОБСЕ'.split(' '));

/** True for a role many hold, which names an official beside a body (see `BODY_ROLES`). */
export function isBodyRole(key: string): boolean {
  // A former holder's, glued to it ("Ексгенсек НАТО Расмуссен", "exsegretario").
  return BODY_ROLES.has(key) || BODY_ROLES.has(key.replace(/^(?:ex|екс|экс)-?/, ''));
}

/** True for an international body's name as written, or its possessive ("NATO", "Nato's", "ex-NATO", "l'Otan"). */
export function isBody(word: string): boolean {
  const bare = word
    .slice(word.lastIndexOf('-') + 1)
    .replace(/['’]s$/, '')
    .replace(/^(?:l|d|dell|all|sull|dall|nell)['’]/i, '');
  return BODY_ACRONYMS.has(bare) || (/^\p{Lu}/u.test(bare) && NATO_NAMES.has(bare.toLowerCase()));
}

/** The endings of German compounds naming an envoy or ambassador, in any case ("Sondergesandte", "Botschafters"). */
const ROLE_ENDINGS = /(?:gesandte[rmn]?|botschafter[sn]?)$/;
const RANKS = new Set(
  'gen general lt lieut lieutenant général generale generał generała generałem генерал генерала генералом'.split(
    ' ',
  ),
);
/** Articles before a rank a language writes in lower case ("le général Kellogg", "il generale"). */
const RANK_ARTICLES = new Set(
  'le du au il del al dal col el lo o do der des dem den z з із зі с со'.split(' '),
);
/**
 * Words that may stand between a role and the name: "special", or the post's country in a
 * language that puts it after the role ("envoyé spécial Kellogg", "l'émissaire américain Kellogg").
 */
const ROLE_ADJECTIVES = new Set(
  `special spécial especial speciale spezial specjalny спеціальний américain américaine americano
  americana estadounidense amerykański американський американский özel`.split(/\s+/),
);

/**
 * The role a word names, as a `ROLES` key, or null: the word itself, without an elided article,
 * or the last part of a compound ("US-Sondergesandter", "NATO-Botschafter", "Sondergesandter").
 */
function roleOf(key: string): string | null {
  const bare = key.replace(ELIDED, '');
  if (ROLES.has(bare)) return bare;
  const part = bare.slice(bare.lastIndexOf('-') + 1);
  if (ROLES.has(part)) return part;
  return ROLE_ENDINGS.exec(part)?.[0] ?? null;
}

/**
 * True for a role word that names a diplomat or a general before a name (see `ROLES`); ranks
 * only capitalised, and with `ranks` false, not at all (a role written after the name).
 */
export function isRoleWord(word: string, key: string, ranks = true): boolean {
  return roleOf(key) !== null || (ranks && isRank(key) && word[0] !== word[0]!.toLowerCase());
}

/** True for a rank, or a compound ending in one ("Secretary-General"). */
function isRank(key: string): boolean {
  return RANKS.has(key) || RANKS.has(key.slice(key.lastIndexOf('-') + 1));
}

/**
 * True for a rank in lower case after an article of a language that writes it so ("le général
 * Kellogg", "il generale", "з генералом"); `article` is the key of the word before it.
 */
export function isRankAfterArticle(key: string, article: string | undefined): boolean {
  return article !== undefined && RANKS.has(key) && RANK_ARTICLES.has(article);
}

/** True for an adjective that may stand between a role and a name ("envoyé spécial Kellogg"). */
export function isRoleAdjective(key: string): boolean {
  return ROLE_ADJECTIVES.has(key);
}

/** True for a title or role word that may stand before a name ("President", "envoy", "M."). */
export function isTitleWord(key: string): boolean {
  return TITLES.has(key);
}

/** The gender an honorific implies ("Mrs" → 'f'), or null for a word that is not one. */
export function honorificGender(key: string): 'm' | 'f' | null {
  return HONORIFICS.get(key) ?? null;
}

/** True for a name suffix as written ("Jr.", "III"), which makes the name someone else's. */
export function isNameSuffix(word: string): boolean {
  return SUFFIXES.has(word);
}

/** True for a noun naming a relative ("wife", "daughter-in-law", "épouse"). */
export function isKinWord(key: string): boolean {
  return KIN.has(key);
}

/** Whether `key` (lower case) names someone of another field: "striker", "pittore". */
export function isOtherFieldWord(key: string): boolean {
  return OTHER_FIELDS.has(key);
}
