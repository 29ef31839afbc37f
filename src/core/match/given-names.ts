/**
 * Given names, so a name written directly before an official's surname can be told apart from a
 * title or role ("Tiffany Trump", "Brigitte Macron" are other people; "President Trump" is not).
 * Common names across English, French, German, Italian, Spanish, Nordic, Dutch, Polish and
 * Ukrainian (Latin and Cyrillic), plus the relatives of the officials Gloss ships with. The
 * lists are lower case; lookups fold case.
 */
const MALE = `
aaron adam adrian anders ahmed alan albert alberto alessandro alex alexander alexandre alexei alfred ali
andrea andreas andrew andrzej andré andrés andy angelo anthony antoine anton antonio arnaud arthur
axel barack barron ben benjamin bernard bernie bert bjørn boris brad bradley brandon brett brian bruce
bruno bryan calvin carl carlos carlo cedric charles charlie chris christian christoph christophe
christopher claude claudio clint colin craig dan daniel daniele danny darren dave david dennis
derek dick diego dirk dmitri dmitry dominic dominique donald doug douglas duncan dwight earl ed eddie
edgar eduardo edward elon emil emilio emmanuel enrico eric erik ernst ethan étienne eugene fabio
federico felix fernando filip florian francesco francis franck françois frank franz fred freddie
frederick friedrich gabriel gareth gary gavin geoffrey george georg gerald gerhard gilbert giorgio
giovanni giuseppe gordon graham greg gregory guido guillaume gunnar günter hans harold harry harvey
heinz helmut henri henrik henry herbert howard hugh hugo ian igor ivan jacek jack jacob jacques
jakob james jan jared jason javier jean jeff jeffrey jens jeremy jerome jerry jesse jim jimmy joachim
joe joel johan johannes john jon jonathan jorge josé joseph josh joshua juan julian julien jürgen
justin kai kamal karl karel keir keith ken kenneth kevin kirill klaus kurt lars laurent lee leo leon
leonardo liam lionel lorenzo louis luc luca lucas ludovic luigi luis lukas magnus manuel marc marcel
marco marcus mario mark marko martin massimo mathieu matt matteo matthew matthias max maxim maxime
michael michel michele miguel mike mikhail mohammed nathan neil nicholas nick nicola nicolas nigel
niklas nikolai noah norbert olaf olivier oliver omar oscar otto pablo paolo pascal patrick paul
pedro per peter petr philip rodney kyrylo philippe pierre piotr rafael ralph randy raphaël raymond reinhard rené
ricardo riccardo richard rick robert roberto robin roger roland roman ron ronald rudolf rupert russell
ryan salvatore sam samuel scott sean sebastian sébastien serge sergei sergey sergio seth simon
simone stanislav stefan stefano stephen steve steven sven sylvester ted terry theo thierry thomas tim
timothy tobias todd tom tomasz tommaso tony uwe valentin valery victor viktor vincent vincenzo vito
vladimir vladislav volker volodymyr walter werner wilhelm william willy wolfgang xavier yannick
yuri yves zach tristan spencer nat ike tyler logan mason caleb dylan evan owen connor luke
nathaniel kyle jamie jake lewis phil pete stuart trevor wayne warren wesley floyd glenn lloyd mitchell
neal norman roy stan troy vince barry kirk lance leonard lester marvin melvin milton morris nelson
randall reggie ross rudy sidney vernon wallace winston zachary poul kasper rasmus mads søren jesper
mikkel niels henning morten kristian frederik
владимир дмитрий сергей алексей николай михаил андрей александр евгений игорь пётр петр павел борис
кирилл максим антон эммануэль
олександр андрій богдан вадим валерій василь віктор віталій володимир дмитро дональд емманюель
ерік євген іван ігор кір михайло микола олег олексій павло петро роман сергій степан тарас юрій
`;

const FEMALE = `
abigail ada agnès alessandra alexandra alice alina alison amanda amber amelia amy ana anastasia
andrea angela angelina anita ann anna anne annalena annika antonella arianna ashley audrey barbara
beatrice beatrix bettina beverly birgit brenda bridget brigitte britney camilla carla carmen carol
caroline catherine cecilia celine chantal charlotte chelsea chiara christina christine claire
clara claudia colette cristina cynthia daniela deborah denise diana diane donatella dorothy edith
elena eleonora elisa elisabeth elizabeth ella ellen elsa emilia emily emma erica erika eva evelyn
federica fiona francesca françoise frederikke gabriela gabrielle giorgia giulia gloria hanna hannah
heather heidi helen helena hélène hillary ilse ingrid irene isabel isabella isabelle ivana ivanka
jacqueline jane janet jennifer jessica jill joan joanna jodie johanna josephine judith julia julie
juliette karen karin katarina kate katharina katherine kathleen kathryn katie katrin kelly kimberly
kristina lana lara laura lauren laurence léa leila lena linda lisa liz lorenza louise lucia lucy
ludmila lyudmila madeleine magdalena maia manon margaret margarethe margot maria mariana marianne
marie marina marine marion marisa martha martina mary maryanne mathilde melania melanie melinda
melissa mette michelle monica monika nadia nancy natalia natalie nathalie nicole nina olena olga
olivia paola patricia paula pauline penelope petra pia rachel rebecca renate rita roberta rosa
rosanna ruth sabine sally samantha sandra sara sarah sasha silvia simona sofia sonia sophie stefania
stella susan susanne suzanne sylvie tamara tanja tatiana teresa theresa tiffany tina ursula valentina
valérie vanessa vera veronica victoria virginie yulia yvonne zoe chloe estelle isla ava mia abby
courtney danielle erin gina jasmine kayla kylie leah megan naomi nora shannon sienna stephanie tessa
tracy wendy whitney yasmin pernille helle hanne
мелания виктория мария елена наталья анна татьяна светлана екатерина ирина
аріанна бріжит брижит вікторія галина ганна джорджа іванка катерина лара людмила марія меланія
наталія олена ольга оксана світлана тетяна тіффані юлія
`;

/**
 * Given names that are also common words ("Will Trump win?", "May…", "Grant"), with their usual
 * gender (u: either): they count as a given name only before a full name ("Will Keith Kellogg"),
 * never before a bare surname.
 */
const WORD_LIKE = `art:m bill:m buck:m chance:m chip:m christian:m dawn:f dean:m don:m drew:m earl:m eve:f
faith:f frank:m gene:m grace:f grant:m guy:m hope:f hunter:m iris:f ivy:f jack:m jan:m jordan:u joy:f
june:f april:f august:m mark:m may:f miles:m page:u paris:u pat:u penny:f ray:m rich:m rose:f
ruby:f said:m sky:u summer:f crystal:f holly:f jade:f lily:f victor:m wade:m will:m georgia:f virginia:f florence:f chelsea:f austin:m`;

type Gender = 'm' | 'f' | 'u';
const GENDER = new Map<string, Gender>();
const WORD_LIKE_NAMES = new Set<string>();
for (const name of FEMALE.split(/\s+/)) if (name) GENDER.set(name, 'f');
for (const name of MALE.split(/\s+/)) if (name) GENDER.set(name, GENDER.has(name) ? 'u' : 'm');
for (const entry of WORD_LIKE.split(/\s+/)) {
  const [name, gender] = entry.split(':') as [string, Gender];
  GENDER.set(name, gender);
  WORD_LIKE_NAMES.add(name);
}

/**
 * The gender a given name usually has ('m', 'f', or 'u' when it is either), or null when the
 * word is not a known given name. `key` is lower case.
 */
export function givenNameGender(key: string): Gender | null {
  return GENDER.get(key) ?? null;
}

/** True when a given name is also an everyday word, so only counts before a full name. */
export function isWordLikeGivenName(key: string): boolean {
  return WORD_LIKE_NAMES.has(key);
}
