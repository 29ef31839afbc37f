import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleDate, articleDateInSlices, findArticleDate } from '../../src/page/article-date';
import { SCRIPT_READ_LIMIT } from '../../src/page/article-date-json-ld';
import { DATE_CASES } from '../fixtures/article-dates/date-cases';
import { recordedDay } from '../fixtures/article-dates/recorded-day';
import { parseHtml } from '../support/parse-html';
import { CORPUS_DIR, describeWithShared } from '../support/shared-data';

const dateOf = (html: string, url?: string) => {
  const parsed = parseHtml(html, url);
  return articleDate(parsed.doc, url ?? parsed.url);
};
const page = (head: string, body = '<h1>x</h1>') => `<html><head>${head}</head><body>${body}</body></html>`;

describe('articleDate on written pages', () => {
  it.each(DATE_CASES)('$name', ({ html, url, expected }) => {
    expect(dateOf(html, url)?.date ?? null).toBe(expected);
  });
});

describe('articleDate sources', () => {
  it.each<[string, string, string, string?]>([
    [
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-04T10:00:00Z"}</script>',
      ),
      '2025-06-04',
      'json-ld NewsArticle.datePublished',
    ],
    [
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2025-01-24"}]}</script>',
      ),
      '2025-01-24',
      'json-ld Article.datePublished',
    ],
    [
      page(
        '<script type="application/ld+json">{ broken</script><meta property="article:published_time" content="2025-06-05T07:30:00+01:00">',
      ),
      '2025-06-05',
      'meta article:published_time',
    ],
    [
      page('<meta name="parsely-page" content=\'{"pub_date":"2019-01-03T07:00:02Z"}\'>'),
      '2019-01-03',
      'meta parsely-page',
    ],
    [page('<meta name="pub_date" content="2019-03-12T08:00:00-08:00">'), '2019-03-12', 'meta pub_date'],
    [
      page('', '<article><h1>x</h1><time datetime="2025-01-25">25 January 2025</time></article>'),
      '2025-01-25',
      'time datetime',
    ],
    [
      page('', '<h1>x</h1><span itemprop="datePublished" content="2016-12-22T10:43:37-08:00">Dec 22</span>'),
      '2016-12-22',
      'itemprop datepublished',
    ],
    [page('', '<h1>x</h1>'), '2023-11-08', 'url', 'https://news.example/2023/11/08/story'],
    [
      page('', '<article><h1>x</h1><p class="byline">By A. Writer, 9 October 2020</p></article>'),
      '2020-10-09',
      'byline text',
    ],
  ])('%#: %s', (html, date, source, url) => {
    expect(dateOf(html, url ?? 'https://news.example/story')).toEqual({ date, source });
  });

  it('reports an update after the publication, and uncertainty', () => {
    const updated = parseHtml(
      page(
        '<meta property="article:published_time" content="2021-09-01"><meta property="article:modified_time" content="2021-09-10T10:00:00Z">',
      ),
    );
    expect(findArticleDate(updated.doc, updated.url, '2025-01-01')).toMatchObject({
      date: '2021-09-01',
      updated: '2021-09-10',
    });
    const torn = parseHtml(
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2012-03-03"}</script><meta property="article:published_time" content="2019-03-03">',
      ),
    );
    expect(findArticleDate(torn.doc, torn.url, '2025-01-01').kind).toBe('uncertain');
  });
});

describe('bounded reading', () => {
  it('reads the first part of a huge JSON-LD block and nothing past it', () => {
    const filler = `"x":"${'a'.repeat(SCRIPT_READ_LIMIT * 2)}"`;
    const early = page(
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-05-05T10:00:00+02:00",${filler}}</script>`,
    );
    expect(dateOf(early)).toEqual({ date: '2020-05-05', source: 'json-ld NewsArticle.datePublished' });
    const late = page(
      `<script type="application/ld+json">{"@type":"NewsArticle",${filler},"datePublished":"2020-05-05"}</script>`,
    );
    expect(dateOf(late)).toBeNull();
  });
});

describeWithShared('corpus', 'article dates of the real pages', () => {
  it('agrees with the recorded publication date on every page that has one', { timeout: 120_000 }, () => {
    const pages = readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.meta.json'))
      .map((f) => ({
        name: f.replace('.meta.json', ''),
        meta: JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8')) as { publishedTime: string | null },
      }))
      .filter((p) => p.meta.publishedTime);
    expect(pages.length).toBe(33);
    const disagreements = pages.flatMap((p) => {
      const found = dateOf(readFileSync(join(CORPUS_DIR, `${p.name}.html`), 'utf8'));
      const expected = recordedDay(p.name, p.meta.publishedTime!);
      return found?.date === expected
        ? []
        : [`${p.name}: expected ${expected}, found ${found ? `${found.date} (${found.source})` : 'nothing'}`];
    });
    expect(disagreements).toEqual([]);
  });
});

describe('articleDateInSlices', () => {
  it('works in many small steps when given no time, and reaches the same verdict', () => {
    const html = page(
      '<meta property="article:published_time" content="2021-09-01T10:00:00+02:00">',
      `<article><h1>x</h1>${'<p>Text 12 words and a number 2019.</p>'.repeat(2000)}</article>`,
    );
    const { doc, url } = parseHtml(html);
    const work = articleDateInSlices(doc, url, '2025-01-01');
    let slices = 1;
    let verdict = work(() => false);
    while (!verdict) {
      slices++;
      verdict = work(() => false);
    }
    expect(slices).toBeGreaterThan(10);
    expect(verdict).toEqual(findArticleDate(doc, url, '2025-01-01'));
    expect(verdict).toMatchObject({ kind: 'found', date: '2021-09-01' });
  });
});
