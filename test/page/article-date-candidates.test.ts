import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseArticleDate } from '../../src/core/dates/parse-article-date';
import { articleDateCandidates } from '../../src/page/article-date-candidates';
import { CORPUS_DIR, describeWithShared } from '../support/shared-data';

const CORPUS = CORPUS_DIR;

/**
 * Parses a page without running or loading anything. `<link>` elements are dropped first: happy-dom
 * preloads `rel=preload as=fetch` links whatever its settings, and dates never live in them.
 */
function parse(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  return new window.DOMParser().parseFromString(
    html.replace(/<link\b[^>]*>/gi, ''),
    'text/html',
  ) as unknown as Document;
}

describe('articleDateCandidates', () => {
  it.each<[string, string, string]>([
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-04T10:00:00Z"}</script>',
      '2025-06-04',
      'json-ld datePublished',
    ],
    [
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2025-01-24"}]}</script>',
      '2025-01-24',
      'json-ld datePublished',
    ],
    [
      '<script type="application/ld+json">{ broken</script><meta property="article:published_time" content="2025-06-05T07:30:00+01:00">',
      '2025-06-05',
      'meta article:published_time',
    ],
    [
      '<meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">',
      '2024-04-20',
      'meta parsely-pub-date',
    ],
    [
      '<meta name="parsely-page" content=\'{"pub_date":"2019-01-03T07:00:02Z"}\'>',
      '2019-01-03',
      'meta parsely-page',
    ],
    [
      '<article><p>x</p><time datetime="2025-01-25">25 January 2025</time></article>',
      '2025-01-25',
      'time datetime',
    ],
    [
      '<span itemprop="datePublished" content="2016-12-22T10:43:37-08:00">Dec 22</span>',
      '2016-12-22',
      'itemprop datePublished',
    ],
  ])('%s', (head, date, from) => {
    expect(
      parseArticleDate(articleDateCandidates(parse(`<html><head>${head}</head><body></body></html>`))),
    ).toEqual({ date, from });
  });

  it('finds nothing on a page without dates', () => {
    expect(articleDateCandidates(parse('<html><body><p>No date here</p></body></html>'))).toEqual([]);
  });
});

describeWithShared('corpus', 'article dates of the real pages', () => {
  it('agrees with the recorded publication date on every page that has one', { timeout: 60_000 }, () => {
    const pages = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.meta.json'))
      .map((f) => ({
        name: f.replace('.meta.json', ''),
        meta: JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as { publishedTime: string | null },
      }))
      .filter((p) => p.meta.publishedTime);
    expect(pages.length).toBe(33);
    const disagreements = pages.flatMap((p) => {
      const found = parseArticleDate(
        articleDateCandidates(parse(readFileSync(join(CORPUS, `${p.name}.html`), 'utf8'))),
      );
      const expected = p.meta.publishedTime!.slice(0, 10);
      return found?.date === expected
        ? []
        : [`${p.name}: expected ${expected}, found ${found ? `${found.date} (${found.from})` : 'nothing'}`];
    });
    expect(disagreements).toEqual([]);
  });
});
