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
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
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
