import { describe, expect, it } from 'vitest';
import { dateFromUrl, monthFromUrl } from '../../../src/core/dates/url-date';

describe('dateFromUrl', () => {
  it.each<[string, string | null]>([
    ['https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html', '2017-01-13'],
    ['https://blog.nightly.mozilla.org/2020/12/18/these-weeks-in-firefox-issue-85/', '2020-12-18'],
    ['http://money.cnn.com/2016/02/01/news/economy/poverty.html', '2016-02-01'],
    ['https://news.example/world/2021-02-03-summit', '2021-02-03'],
    ['https://news.example/a/20190612/story.html', '2019-06-12'],
    ['https://news.example/story_20190612_summit.html', '2019-06-12'],
    ['http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci', '2017-03-09'],
    ['https://news.example/2019/6/5/story', '2019-06-05'],
    ['https://news.example/2019/06/story.html', null],
    ['https://news.example/2019/13/40/story', null],
    ['https://www.independent.co.uk/news/story-10506160.html', null],
    ['https://2019-06-12.example.com/story', null],
    ['https://news.example/story#2019-06-12', null],
    ['not a url', null],
    ['https://news.example/world/2023-11-08/talks', '2023-11-08'],
    ['https://news.example/story?id=17&date=2023-11-08', '2023-11-08'],
    ['https://news.example/story.php?date=20231108', '2023-11-08'],
    ['https://news.example/article/20231399/talks', null],
    ['https://news.example/article/1699430400/talks', null],
    // The month's English name between year and day (The Guardian), in any case.
    ['https://www.theguardian.com/world/2024/may/17/ukraine-talks', '2024-05-17'],
    ['https://www.theguardian.com/politics/2025/Sep/3/live', '2025-09-03'],
    ['https://news.example/2024/march/31/story', '2024-03-31'],
    ['https://news.example/2024/feb/30/story', null],
    ['https://news.example/2024/mayor/17/story', null],
    // A year, then month and day run together, or year and month run together (people.cn, China Daily).
    ['http://politics.people.com.cn/n1/2024/0517/c1001-40237781.html', '2024-05-17'],
    ['https://www.chinadaily.com.cn/a/202405/17/WS6646.html', '2024-05-17'],
    ['https://news.example/2024/1399/story', null],
    // The compact form followed by another query field.
    ['https://news.example/view?date=20240517&id=88', '2024-05-17'],
    // Eight digits glued to a word, or before a capital and a digit.
    ['https://www.straits.example/news/asia/story20230611-1412345', '2023-06-11'],
    ['https://new.portal.example/omn/a/20221005A02XYZ00', '2022-10-05'],
    ['https://news.example/view/a20221005b', null],
    // Day and month before the year: only a number over 12 settles it without the page's order.
    ['https://news.example/politics/25-12-2022/budget', '2022-12-25'],
    ['https://news.example/politics/12-25-2022/budget', '2022-12-25'],
    ['https://news.example/politics/05-06-2022/budget', null],
    // A product's stock number is no day.
    ['https://shop.example/products/lamp-20221108', null],
    ['https://shop.example/dp/20221108', null],
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });

  it.each<[string, 'day' | 'month', string]>([
    ['https://news.example/politics/05-06-2022/budget', 'day', '2022-06-05'],
    ['https://news.example/politics/05-06-2022/budget', 'month', '2022-05-06'],
    ['https://news.example/politics/25-06-2022/budget', 'month', '2022-06-25'],
  ])('%s read %s first → %s', (url, order, expected) => {
    expect(dateFromUrl(url, order)).toBe(expected);
  });
});

describe('monthFromUrl', () => {
  it.each<[string, string | null]>([
    ['https://news.example/2023/11/talks.html', '2023-11'],
    ['https://blog.example/2016/3/release-notes/', '2016-03'],
    ['https://news.example/archive/2023-11/', '2023-11'],
    ['https://news.example/2023/11/08/talks', null],
    ['https://news.example/2023/13/talks', null],
    ['https://news.example/2023/talks', null],
    ['https://news.example/talks?from=2023/11/', null],
    ['https://news.example/item/2023/114455', null],
  ])('%s → %s', (url, expected) => {
    expect(monthFromUrl(url)).toBe(expected);
  });
});
