import { describe, expect, it } from 'vitest';
import { findTextDates } from '../../../src/core/dates/find-text-dates';

const first = (text: string, hints = {}) => findTextDates(text, hints)[0]?.date ?? null;

describe('findTextDates', () => {
  it.each<[string, string, string | null]>([
    // English
    ['en', 'January 18, 2020 PARIS (Reuters) - Leaders met', '2020-01-18'],
    ['en', 'posted on April 21, 2015, at 11:29 a.m.', '2015-04-21'],
    ['en', 'By Jane Doe · Sept. 9th, 2024', '2024-09-09'],
    ['en', 'Tuesday 15 October 2019 by Bradley M. Kuhn', '2019-10-15'],
    ['en', 'the 4th of June 2025', '2025-06-04'],
    ['en', 'Feb. 23, 2015 -- Life-threatening', '2015-02-23'],
    ['en', 'Dec 22 2016', '2016-12-22'],
    // German
    ['de', 'Artikel veröffentlicht am 16.12.2012', '2012-12-16'],
    ['de', 'Berlin, 9. Oktober 2020', '2020-10-09'],
    ['de', '21. März 2021, 10:00 Uhr', '2021-03-21'],
    ['de', 'Stand: 3. Dez. 2019', '2019-12-03'],
    ['de', '1. Jänner 2018', '2018-01-01'],
    // French
    ['fr', 'Publié le 1er mars 2020 à 10h', '2020-03-01'],
    ['fr', 'le 15 août 2018', '2018-08-15'],
    ['fr', 'le 4 févr. 2022', '2022-02-04'],
    ['fr', '12 décembre 2019', '2019-12-12'],
    // Dutch
    ['nl', 'Gepubliceerd op 9 oktober 2020', '2020-10-09'],
    ['nl', 'za 14 maart 2015 · 10:12', '2015-03-14'],
    ['nl', '3 mei 2021', '2021-05-03'],
    ['nl', '7 mrt. 2019', '2019-03-07'],
    // Spanish
    ['es', 'Publicado el 4 de junio de 2025', '2025-06-04'],
    ['es', 'Madrid, 12 dic. 2019', '2019-12-12'],
    ['es', '1 de septiembre de 2017', '2017-09-01'],
    ['es', '20 de setiembre de 2017', '2017-09-20'],
    // Italian
    ['it', 'Pubblicato il 7 luglio 2021', '2021-07-07'],
    ['it', 'Roma, 24 gennaio 2025 - 09:31', '2025-01-24'],
    ['it', '2 giugno 2019', '2019-06-02'],
    ['it', '30 dicembre 2020', '2020-12-30'],
    // Ukrainian
    ['uk', 'Опубліковано 9 жовтня 2020 р.', '2020-10-09'],
    ['uk', '24 лютого 2022, 06:00', '2022-02-24'],
    ['uk', '1 січня 2023', '2023-01-01'],
    ['uk', '15 листопада 2024', '2024-11-15'],
    // Polish
    ['pl', 'Opublikowano 9 października 2020', '2020-10-09'],
    ['pl', '1 września 2019, 12:00', '2019-09-01'],
    ['pl', '3 maja 2021', '2021-05-03'],
    ['pl', '28 lutego 2018', '2018-02-28'],
    // Numeric and CJK
    ['iso', 'Posted: 2021-05-17', '2021-05-17'],
    ['ymd', '2018/04/05 10:22', '2018-04-05'],
    ['dmy dashes', '16-12-2012', '2012-12-16'],
    ['dmy day over 12', '25/12/2019', '2019-12-25'],
    ['zh', '2016年10月14日07:17', '2016-10-14'],
    ['ja', '2019年3月1日', '2019-03-01'],
    ['ko', '2021년 7월 15일', '2021-07-15'],
    // Romanian, Indonesian, Finnish, Danish, Turkish, Czech, Swedish
    ['ro', 'Publicat pe 3 martie 2021', '2021-03-03'],
    ['ro', '15 decembrie 2019, 10:00', '2019-12-15'],
    ['id', 'Jakarta, 17 Agustus 2020', '2020-08-17'],
    ['id', '3 Maret 2021 10:00 WIB', '2021-03-03'],
    ['fi', '18. tammikuuta 2020', '2020-01-18'],
    ['fi', '5. kesäkuuta 2019 klo 10.00', '2019-06-05'],
    ['da', '3. marts 2021', '2021-03-03'],
    ['tr', '3 Mart 2021 10:00', '2021-03-03'],
    ['cs', 'Publikováno: 4. 3. 2021', '2021-03-04'],
    ['cs', '3. března 2021', '2021-03-03'],
    ['sv', 'Publicerad 3 mars 2021 kl. 10.00', '2021-03-03'],
    // A weekday between the parts, before or after the date
    ['en', 'Dec 28 Sat 2013 00:28', '2013-12-28'],
    ['en', '28 December, Sunday, 2013', '2013-12-28'],
    ['en', 'Sat, Dec 28, 2013', '2013-12-28'],
    ['en', 'Wed 3 Mar 2021 10.00 GMT', '2021-03-03'],
    ['de', 'Samstag, 28. Dezember 2013', '2013-12-28'],
    ['de', '28. Dezember Sa 2013', '2013-12-28'],
    ['fr', 'samedi 28 décembre 2013', '2013-12-28'],
    ['fr', '28 mar 2013', '2013-03-28'],
    ['nl', 'za 28 dec 2013', '2013-12-28'],
    ['es', 'sábado, 28 de diciembre de 2013', '2013-12-28'],
    ['tr', '28 Aralık Cumartesi 2013', '2013-12-28'],
    ['ru', '28 декабря, суббота, 2013', '2013-12-28'],
    ['weekday is not a month', 'Sat 2013', null],
    // Not dates
    ['version', 'version 1.2.3', null],
    ['ip', '192.168.1.1', null],
    ['month and year', 'June 2025', null],
    ['copyright', '© 2012-2014 Example', null],
    ['30 February', '30 February 2020', null],
    ['short year without hint', '16.12.12', null],
    ['money', '$1,200 in 2013', null],
  ])('%s: %s', (_lang, text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each<[string, boolean, string]>([
    ['12/03/2019', true, '2019-12-03'],
    ['12/03/2019', false, '2019-03-12'],
    ['6/13/2018', false, '2018-06-13'],
    ['12.03.2019', true, '2019-03-12'],
  ])('%s with monthFirst=%s is %s', (text, monthFirst, expected) => {
    expect(first(text, { monthFirst })).toBe(expected);
  });

  it('reads two-digit years only when told the element holds a date', () => {
    expect(first('16.12.12', { shortYears: true })).toBe('2012-12-16');
  });

  it.each<[string, 'published' | 'modified' | null]>([
    ['Published 4 June 2025', 'published'],
    ['Veröffentlicht am 16.12.2012', 'published'],
    ['Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15', 'published'],
    ['Updated: 3 May 2022', 'modified'],
    ['Aktualisiert am 3. Mai 2022', 'modified'],
    ['Mis à jour le 3 mai 2022', 'modified'],
    ['Оновлено 3 травня 2022', 'modified'],
    ['Yayınlanma: 03.05.2022', 'published'],
    ['Güncelleme: 03.05.2022', 'modified'],
    ['Atualizado em 03/05/2022', 'modified'],
    ['Erstellt am 03.05.2022', 'published'],
    ['发布时间：2022-05-03', 'published'],
    ['更新时间：2022-05-03', 'modified'],
    ['입력 2022.05.03', 'published'],
    ['Feb. 23, 2015 -- Life-threatening', 'published'],
    ['January 18, 2020 PARIS (Reuters) - Leaders met', 'published'],
    ['BERLIN, 3. März 2021 (dpa) - Die Minister', 'published'],
    ['WASHINGTON, March 3, 2021 — Lawmakers', 'published'],
    ['The ministers first met on 14 February 2019 - in Paris', null],
    ['3 May 2022', null],
    ['Datum: 13.05.2013', 'published'],
    ['Date: 23 June 2014', 'published'],
    ['Jugendturnier | Datum: 23.06.2014', 'published'],
    ['Event date: 12 April 2019', null],
    ['Due date: 12 April 2019', null],
    ['Update: 14.03.2019', 'modified'],
    ['Ultima modifica: 11 marzo 2024', 'modified'],
    ['Geschrieben von Hans am 12.03.2019', 'published'],
    ['Verfasst am 12.03.2019', 'published'],
    ['Pressemitteilung vom 12.03.2019', 'published'],
    ['Urteil vom 12.03.2019', null],
    ['Erstveröffentlichung: 12.03.2019', 'published'],
    ['Submitted by admin on 12 March 2019', 'published'],
    ['Mis en ligne le 12 mars 2019', 'published'],
    ['Inserito il 12/03/2019', 'published'],
    ['Dodano: 12.03.2019', 'published'],
    ['Letzte Änderung: 11.05.2010', 'modified'],
    ['Bearbeitet von Anna Roth, 11.05.2010', null],
    // A verb of writing labels only a byline's date, not one prose tells of, nor inside a word.
    ['Written by Greg on 12 March 2019', 'published'],
    ['The first draft, written on May 3, 2018, was rejected.', null],
    ['Le rapport décrit le 12 mars 2019 comme un tournant', null],
    ['Si è iscritto il 12/03/2019 al partito', null],
  ])('%s says %s', (text, keyword) => {
    expect(findTextDates(text)[0]?.keyword).toBe(keyword);
  });

  it('finds every date in order, each once', () => {
    expect(findTextDates('Updated: 3 May 2022 · Published: 1 May 2022').map((d) => d.date)).toEqual([
      '2022-05-03',
      '2022-05-01',
    ]);
  });
});
