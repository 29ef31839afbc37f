/**
 * Weekday names and abbreviations as news pages write them beside a date, in the languages of
 * `month-names`. Used only to step over a weekday that stands between a date's parts
 * ("Dec 28 Sat 2013", "28. Dezember, Samstag, 2013"); a weekday before or after a date needs no help.
 */
const WEEKDAYS =
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
  'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so ' +
  'lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim ' +
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo ' +
  'lunes martes miércoles miercoles jueves viernes sábado sabado domingo ' +
  'lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica ' +
  'segunda terça terca quarta quinta sexta seg ter qua qui sex sáb ' +
  'poniedziałek wtorek środa czwartek piątek sobota niedziela ' +
  'понеділок вівторок середа четвер пʼятниця п’ятниця субота неділя ' +
  'понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб нд вс ' +
  'pazartesi salı çarşamba perşembe cuma cumartesi pazar ' +
  'pondělí úterý středa čtvrtek pátek neděle ' +
  'måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag onsdag torsdag fredag lørdag søndag';

const NAMES: ReadonlySet<string> = new Set(WEEKDAYS.split(' '));

/** A word, with its separators, at the very end of a text: the candidate weekday before a year. */
const LAST_WORD = /[\s\u00a0,(]+([A-Za-z\u00c0-\u024f\u0400-\u04ff’ʼ-]{2,14})[.,)]?[\s\u00a0,]*$/;

/**
 * `text` without the weekday it ends with (and the spaces and commas around it), or null when
 * it does not end with one: "Dec 28 Sat " → "Dec 28".
 */
export function withoutTrailingWeekday(text: string): string | null {
  const m = LAST_WORD.exec(text);
  if (!m || !NAMES.has(m[1]!.toLowerCase().replace(/-feira$/, ''))) return null;
  return text.slice(0, m.index);
}
