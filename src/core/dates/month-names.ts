/**
 * Month names as news pages write them, in the languages Gloss reads dates in: English, German,
 * French, Dutch, Spanish, Italian, Portuguese, Ukrainian, Russian, Polish, Czech, Slovak,
 * Croatian, Serbian (both scripts), Slovenian, Bulgarian, Macedonian, Lithuanian, Latvian,
 * Estonian, Hungarian, Catalan, Swedish, Danish/Norwegian, Turkish, Romanian, Indonesian, Malay,
 * Finnish, Greek, Hebrew (also with the prefix ב, "in"), Arabic (the Egyptian, the Levantine and
 * the Maghreb names: يوليوز, جوان) and Hindi, full names (nominative and genitive) and the usual abbreviations. Croatian "listopada"
 * (October) is left out: in Polish and Czech it is November.
 * Abbreviations that are also common words in some language ("set", "ara") are left out.
 */
const BY_MONTH: readonly string[] = [
  'january jan januar jänner januari janvier janv enero ene gennaio gen janeiro janeiro січня січень січ января январь янв stycznia styczeń styczen sty ledna leden tammikuuta ocak ianuarie tammikuuta ιανουαρίου ιανουάριος ιαν gener januára siječnja január ינואר בינואר يناير जनवरी януари јануари јануар јануара januara januarja sausio sausis janvāris janvārī jaanuar جانفي',
  'february feb februar feber februari février fevrier févr fevr febrero febbraio fevereiro лютого лютий лют февраля февраль фев lutego luty lut února unora únor unor şubat subat februarie helmikuuta φεβρουαρίου φεβρουάριος φεβ febrer februára veljače február febr פברואר בפברואר فبراير شباط फ़रवरी फ़रवरी फरवरी февруари фебруар фебруара februara februarja vasario vasaris februāris februārī veebruar فيفري',
  'march mar märz maerz mär maart mrt mars marzo março marco березня березень бер марта март marca marzec března brezna březen mart martie maret marts maaliskuuta μαρτίου μάρτιος μαρ març marca ožujka március márc מרץ במרץ مارس آذار मार्च mac мар marec kovo kovas martā märts',
  'april apr avril avr abril abr aprile квітня квітень квіт апреля апрель апр kwietnia kwiecień kwiecien kwi dubna duben nisan aprilie huhtikuuta απριλίου απρίλιος απρ abril apríla travnja április ápr אפריל באפריל أبريل إبريل نيسان अप्रैल अप्रेल април априла aprila balandžio balandis aprīlis aprīlī aprill أفريل',
  'may mai mei mayo maggio mag maio травня травень трав мая май maja maj května kvetna květen mayıs mayis toukokuuta μαΐου μάιος μαΐ maig mája svibnja május máj מאי במאי مايو أيار मई мај маја gegužės gegužė maijs maijā ماي',
  'june jun juni juin junio giugno giu junho червня червень черв июня июнь czerwca czerwiec cze června cervna červen haziran iunie kesäkuuta ιουνίου ιούνιος ιουν juny júna lipnja június jún יוני ביוני يونيو حزيران जून юни јуни јун јуна juna junij junija birželio birželis jūnijs jūnijā juuni جوان июн',
  'july jul juli juillet juil julio luglio lug julho липня липень лип июля июль lipca lipiec lip července cervence červenec temmuz iulie heinäkuuta ιουλίου ιούλιος ιουλ juliol júla srpnja július júl יולי ביולי يوليو تموز जुलाई julai юли јули јул јула jula julij julija liepos liepa jūlijs jūlijā juuli يوليوز جويلية июл',
  'august aug augustus août aout agosto ago серпня серпень серп августа август авг sierpnia sierpień sierpien sie srpna srpen augusti ağustos agustos agustus elokuuta αυγούστου αύγουστος αυγ agost augusta kolovoza augusztus אוגוסט באוגוסט أغسطس अगस्त ogos avgust avgusta rugpjūčio rugpjūtis augusts augustā غشت أوت',
  'september sep sept septembre septiembre setiembre settembre setembro вересня вересень вер сентября сентябрь сен września wrzesnia wrzesień wrzesien wrz září zari eylül eylul septembrie syyskuuta σεπτεμβρίου σεπτέμβριος σεπ setembre septembra rujna szeptember szept ספטמבר בספטמבר سبتمبر أيلول सितंबर सितम्बर септември септембар септембра septembar rugsėjo rugsėjis septembris septembrī شتنبر сент',
  'october oct oktober okt octobre octubre ottobre ott outubro жовтня жовтень жовт октября октябрь окт października pazdziernika październik pazdziernik paź paz října rijna říjen ekim octombrie lokakuuta οκτωβρίου οκτώβριος οκτ octubre októbra október אוקטובר באוקטובר أكتوبر अक्टूबर अक्तूबर октомври октобар октобра oktobar oktobra spalio spalis oktobris oktobrī oktoober',
  'november nov novembre noviembre novembro листопада листопад лист ноября ноябрь ноя listopada listopad lis listopadu kasım kasim noiembrie marraskuuta νοεμβρίου νοέμβριος νοε novembre novembra studenoga studenog נובמבר בנובמבר نوفمبر नवंबर नवम्बर ноември новембар новембра novembar lapkričio lapkritis novembris novembrī نونبر',
  'december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro грудня грудень груд декабря декабрь дек grudnia grudzień grudzien gru prosince prosinec desember aralık aralik decembrie joulukuuta δεκεμβρίου δεκέμβριος δεκ desembre decembra prosinca דצמבר בדצמבר ديسمبر दिसंबर दिसम्बर disember декември децембар децембра decembar gruodžio gruodis decembris decembrī detsember دجنبر',
];

/** Lower-cased month name or abbreviation (no trailing dot) → month number 1–12. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  BY_MONTH.flatMap((names, i) => names.split(' ').map((name) => [name, i + 1] as const)),
);

/**
 * Greek written in capitals drops its accents ("ΜΑΪΟΥ"): its names are also looked up without
 * them (the table made at the first Greek word, not on every page's load).
 */
const GREEK = /[\u0370-\u03ff]/;
let withoutAccents: Map<string, number> | null = null;

function bareGreek(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The month number of a name as written ("Okt.", "Décembre", "жовтня", "ΜΑΪΟΥ"), or 0 when it is none. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  const found = MONTH_NUMBERS.get(key);
  if (found !== undefined) return found;
  if (!GREEK.test(key)) return 0;
  withoutAccents ??= new Map(
    [...MONTH_NUMBERS].filter(([name]) => GREEK.test(name)).map(([name, month]) => [bareGreek(name), month]),
  );
  return withoutAccents.get(bareGreek(key)) ?? 0;
}
