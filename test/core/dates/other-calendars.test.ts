import { describe, expect, it } from 'vitest';
import { findTextDates } from '../../../src/core/dates/find-text-dates';
import { asciiDigits, solarHijriDay } from '../../../src/core/dates/other-calendars';
import { parseDateValue } from '../../../src/core/dates/parse-article-date';

const days = (text: string) => findTextDates(text).map((d) => d.date);

describe('asciiDigits', () => {
  it.each([
    ['١٧ مايو ٢٠٢٤', '17 مايو 2024'],
    ['۱۴۰۳/۰۲/۲۸', '1403/02/28'],
    ['१७ मई २०२४', '17 मई 2024'],
    ['১৭ মে ২০২৪', '17 মে 2024'],
    ['๑๗ พ.ค. ๒๕๖๗', '17 พ.ค. 2567'],
    ['２０２４年５月１７日', '2024年5月17日'],
    ['no digits of another script: 2024', 'no digits of another script: 2024'],
  ])('%s', (text, ascii) => {
    expect(asciiDigits(text)).toBe(ascii);
    expect(asciiDigits(text)).toHaveLength(text.length);
  });
});

describe('solarHijriDay', () => {
  it.each([
    [1403, 1, 1, '2024-03-20'], // Nowruz 1403
    [1404, 1, 1, '2025-03-21'],
    [1403, 2, 28, '2024-05-17'],
    [1402, 12, 29, '2024-03-19'],
    [1403, 12, 30, '2025-03-20'], // 1403 is a leap year
    [1370, 6, 31, '1991-09-22'],
  ])('%i-%i-%i', (year, month, day, gregorian) => {
    expect(solarHijriDay(year, month, day)).toBe(gregorian);
  });

  it('is null for days that do not exist', () => {
    expect(solarHijriDay(1403, 7, 31)).toBeNull();
    expect(solarHijriDay(1402, 12, 30)).toBeNull(); // not a leap year
    expect(solarHijriDay(1403, 13, 1)).toBeNull();
    expect(solarHijriDay(1403, 2, 0)).toBeNull();
  });
});

describe('dates of other calendars and scripts in text', () => {
  it.each([
    ['令和6年5月17日 10時15分', '2024-05-17'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['令和６年５月１７日', '2024-05-17'],
    ['中華民國113年5月17日', '2024-05-17'],
    ['民国113年5月17日', '2024-05-17'],
    ['發布日期：113年5月17日', '2024-05-17'],
    ['17 พฤษภาคม 2567', '2024-05-17'],
    ['17พฤษภาคม2567', '2024-05-17'],
    ['17 พ.ค. 67', '2024-05-17'],
    ['17 พ.ค. 2024', '2024-05-17'],
    ['17/05/2567 10:15 น.', '2024-05-17'],
    ['۲۸ اردیبهشت ۱۴۰۳', '2024-05-17'],
    ['28 اردیبهشت ماه 1403', '2024-05-17'],
    ['۲۸ ارديبهشت ۱۴۰۳', '2024-05-17'], // Arabic yeh
    ['۲۷ آذر ۱۴۰۳', '2024-12-17'],
    ['۱۴۰۳/۰۲/۲۸', '2024-05-17'],
    ['١٧ مايو ٢٠٢٤', '2024-05-17'],
    ['17 أيار ٢٠٢٤', '2024-05-17'],
    ['17 मई 2024', '2024-05-17'],
    ['5 फ़रवरी, 2024', '2024-02-05'],
    ['5 फरवरी 2024', '2024-02-05'],
    ['शुक्रवार, 17 मई 2024', '2024-05-17'],
    ['१७ सितम्बर २०२४', '2024-09-17'],
    ['二〇二四年三月九日', '2024-03-09'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['二零二四年五月二十日', '2024-05-20'],
    ['Ngày 9 tháng 3 năm 2024', '2024-03-09'],
    ['9 tháng 3, 2024', '2024-03-09'],
    ['March the 9th, 2024', '2024-03-09'],
    ['9 Mac 2024', '2024-03-09'],
    ['9 Ogos 2024', '2024-08-09'],
  ])('%s', (text, date) => {
    expect(days(text)).toEqual([date]);
  });

  it.each([
    ['प्रकाशित: 17 मई 2024', 'published'],
    ['अपडेटेड: 17 मई 2024', 'modified'],
    ['تاریخ انتشار: ۲۸ اردیبهشت ۱۴۰۳', 'published'],
    ['آخرین بروزرسانی: ۱۴۰۳/۰۲/۲۸', 'modified'],
    ['เผยแพร่: 17 พ.ค. 67', 'published'],
    ['5/17(金) 配信 令和6年5月17日', 'published'],
    ['Data aktualizacji: 10.03.2024', 'modified'],
    ['Data publikacji: 09.03.2024', 'published'],
    ['Cập nhật: 10/03/2024', 'modified'],
    ['Đăng ngày: 09/03/2024', 'published'],
    ['Diperbarui 10 Maret 2024', 'modified'],
    ['Diterbitkan 9 Maret 2024', 'published'],
    // Words that also mean something else are no labels: "spread", "register", "improve".
    ['منذ انتشار الوباء في 15 مارس 2020', null],
    ['đăng ký trước ngày 9 tháng 3 năm 2024', null],
    ['ปรับปรุงถนน 17 พ.ค. 67', null],
    ['ปรับปรุงล่าสุด 17 พ.ค. 67', 'modified'],
  ])('reads the label of %s', (text, keyword) => {
    expect(findTextDates(text)[0]?.keyword).toBe(keyword);
  });

  it.each([
    'In 1403 the ships sailed, 12 of them',
    'the 113-year-old bridge, 5 of 17',
    '113年前の5月17日',
    'Population 2567 in 17 villages',
    'Lunar Hijri: 9 ذو القعدة 1445',
    '1445/11/09', // a lunar Hijri year is not read as a Solar Hijri one
    '113 年 5 月', // a Minguo year needs its day
    '創業110年5月17日に記念式典', // a founding's 110th year, inside a sentence
    'Invoice 1399/11/30', // year-first numbers in a text of another script
    'order 12-10-2550',
  ])('reads no date in %s', (text) => {
    expect(days(text)).toEqual([]);
  });

  it('reads two-digit years with dashes where a date is expected', () => {
    expect(findTextDates('09-03-24, 06:00', { shortYears: true }).map((d) => d.date)).toEqual(['2024-03-09']);
    expect(findTextDates('09-03-24, 06:00').map((d) => d.date)).toEqual([]);
  });

  it("reads a month's name with an apostrophe's two-digit year where a date is expected", () => {
    expect(findTextDates("March 9, '24", { shortYears: true }).map((d) => d.date)).toEqual(['2024-03-09']);
    expect(findTextDates('Posted Mar. 9th ’24', { shortYears: true }).map((d) => d.date)).toEqual([
      '2024-03-09',
    ]);
    expect(findTextDates("March 9, '24").map((d) => d.date)).toEqual([]);
  });

  it('reads an RFC 850 date value', () => {
    expect(parseDateValue('Saturday, 09-Mar-24 06:00:00 GMT')?.date).toBe('2024-03-09');
    expect(parseDateValue('Saturday, 31-Feb-24 06:00:00 GMT')).toBeNull();
  });

  it('reads meta values in other digits and the Solar Hijri calendar', () => {
    expect(parseDateValue('۱۴۰۳/۰۲/۲۸')?.date).toBe('2024-05-17');
    expect(parseDateValue('２０２４-０５-１７T10:00:00+09:00')?.date).toBe('2024-05-17');
    expect(parseDateValue('2024/05/17')?.date).toBe('2024-05-17');
  });
});
