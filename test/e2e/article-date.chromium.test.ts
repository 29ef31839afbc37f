import { describe, expect, it } from 'vitest';
import { cardText, hoverEntity, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { waitForArticleDate } from './harness/page-report';

const suite = useChromiumSuite();

describe('the article date (Chromium)', () => {
  it('is read after the scan, reported with its source, and explained on request in the card', async () => {
    const { page } = await suite.open('/fixtures/january-article.html');
    const report = await waitForArticleDate(suite.session.worker, page);
    expect(report).toMatchObject({
      articleDate: '2025-01-25',
      articleDateSource: 'json-ld NewsArticle.datePublished',
    });
    await hoverEntity(page, 'donald-trump');
    await waitForCard(page);
    expect(await page.evaluate(cardText, '.article-date summary')).toEqual(['Where is this date from?']);
    await page.locator('gloss-card .article-date summary').click();
    expect(await page.evaluate(cardText, '.article-date p')).toEqual([
      "Article date: 25 Jan 2025, from the page's metadata",
    ]);
    await page.close();
  });

  it('reads the date again when a single-page app swaps in its next article at a new address', async () => {
    const { page } = await suite.open('/fixtures/spa-article.html');
    expect(await waitForArticleDate(suite.session.worker, page)).toMatchObject({ articleDate: '2025-01-10' });
    await page.evaluate(() => (window as unknown as { nextArticle(): void }).nextArticle());
    await expect
      .poll(async () => (await waitForArticleDate(suite.session.worker, page))?.articleDate, {
        timeout: 10_000,
      })
      .toBe('2025-06-04');
    await hoverEntity(page, 'emmanuel-macron');
    await waitForCard(page);
    await page.locator('gloss-card .article-date summary').click();
    expect((await page.evaluate(cardText, '.article-date p'))[0]).toContain('4 Jun 2025');
    await page.close();
  });

  it('says when a page has no date, and keeps the date the reader sets for that address only', async () => {
    const { page } = await suite.open('/fixtures/undated-article.html');
    expect(await waitForArticleDate(suite.session.worker, page)).toMatchObject({
      articleDate: null,
      articleDateSource: 'none',
    });
    await hoverEntity(page, 'donald-trump');
    await waitForCard(page);
    expect(await page.evaluate(cardText, '.article-date .empty')).toEqual([
      'No article date found on this page.',
    ]);
    expect(await page.evaluate(cardText, '.as-of h3')).toEqual(['Latest facts (article date unknown)']);
    await page.locator('gloss-card .article-date input[type="date"]').fill('2025-01-20');
    await page.locator('gloss-card .article-date button[type="submit"]').click();
    await page.waitForFunction(
      () =>
        document.querySelector('gloss-card')?.shadowRoot?.querySelector('.as-of h3')?.textContent ===
        'As of this article (20 Jan 2025)',
    );
    await page.locator('gloss-card .article-date summary').click();
    expect(await page.evaluate(cardText, '.article-date p')).toEqual([
      'Article date: 20 Jan 2025, from the date you set for this page',
    ]);

    await page.reload();
    await page.waitForFunction(() => CSS.highlights.has('gloss-mention'));
    expect(await waitForArticleDate(suite.session.worker, page)).toMatchObject({
      articleDate: '2025-01-20',
      articleDateSource: 'reader',
    });
    await page.close();

    const other = (await suite.open('/fixtures/undated-article.html?copy=2')).page;
    expect(await waitForArticleDate(suite.session.worker, other)).toMatchObject({ articleDate: null });
    await other.close();
  });
});
