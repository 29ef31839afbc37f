import { describe, expect, it } from 'vitest';
import { bundledPackInput } from '../../src/data/bundled-pack';
import {
  cardHeights,
  cardIsOpen,
  cardReadingText,
  cardText,
  hoverEntity,
  scrollMentionToTop,
  toolsAtTheirCentres,
  waitForCard,
  waitForCardTitle,
} from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';

const suite = useChromiumSuite();
const entities = (bundledPackInput.entities as { id: string; name: string }[]).map((e) => [e.id, e.name]);
const names = new Map(entities as [string, string][]);

/** The most a card may hold before "More", in characters as a reader sees them (Page Previews: ~525). */
const READING_BUDGET = 600;

/** Runs in the page: the ids in its `gloss-<id>` highlights (bundled entities, and painting names). */
function highlightIds(): string[] {
  return [...CSS.highlights.keys()]
    .filter((name) => name.startsWith('gloss-'))
    .map((name) => name.slice('gloss-'.length))
    .sort();
}

describe('the compact card (Chromium)', () => {
  it('shows the head, at most three facts, the since line and the differences chip', async () => {
    const { page } = await suite.open('/fixtures/january-article.html');
    await hoverEntity(page, 'donald-trump');
    await waitForCard(page);
    expect(await page.evaluate(cardText, 'h2')).toEqual(['Donald Trump']);
    expect(await page.evaluate(cardText, '.role')).toEqual(['President of the United States']);
    expect((await page.evaluate(cardText, '.description'))[0]).toMatch(/\S/);
    expect(await page.evaluate(cardText, '.as-of h3')).toEqual(['As of this article (25 Jan 2025)']);
    const dates = await page.evaluate(cardText, 'li.fact time');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThanOrEqual(3);
    expect(dates.every((d) => /Jan 2025/.test(d))).toBe(true);
    const [since] = await page.evaluate(cardText, '.since-line');
    expect(since).toMatch(/^Since this article: \d+ more, latest (as of )?4 Jun 2025: \S/);
    expect((await page.evaluate(cardText, '.differences .chip'))[0]).toMatch(
      /^(\d+ differences|1 difference) between outlets$/,
    );
    expect(await page.evaluate(cardText, '.differences dt')).toHaveLength(2);
    expect(await page.evaluate(cardText, 'button[data-action="more"]')).toEqual(['More →']);
    await page.close();
  });

  it('opens a 4 June 2025 card with the air-defence refusal, not a caption-dated remark', async () => {
    const { page } = await suite.open('/fixtures/all-entities.html');
    await page.evaluate(scrollMentionToTop, 'donald-trump');
    await hoverEntity(page, 'donald-trump');
    await waitForCard(page);
    const first = await page.evaluate(() =>
      document
        .querySelector('gloss-card')!
        .shadowRoot!.querySelector('li.fact')!
        .getAttribute('data-fact-id'),
    );
    expect(first).toBe('us-declines-air-defence-for-force');
    await page.close();
  });

  it('on a 21 May 2025 article, keeps earlier events "as of" though reported in June', async () => {
    const { page } = await suite.open('/fixtures/may-article.html');
    await hoverEntity(page, 'coalition-of-the-willing');
    await waitForCard(page);
    expect(await page.evaluate(cardText, '.as-of h3')).toEqual(['As of this article (21 May 2025)']);
    const facts = await page.evaluate(cardText, 'li.fact .fact-meta');
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => /reported later/.test(f))).toBe(true);
    expect(facts[0]).toMatch(/^(as of )?20 May 2025 · reported later \(4 Jun\) · \S/);
    expect((await page.evaluate(cardText, '.since-line'))[0]).toMatch(/^Since this article: \d+ more/);
    await page.close();
  });

  it('on a 2016 article, gives no 2025 title and says what the data covers', async () => {
    const { page } = await suite.open('/fixtures/article-2016.html');
    await hoverEntity(page, 'donald-trump');
    await waitForCardTitle(page, 'Donald Trump');
    expect(await page.evaluate(cardText, '.role')).not.toContain('President of the United States');
    expect(await page.evaluate(cardText, 'li.fact')).toEqual([]);
    expect((await page.evaluate(cardText, '.coverage'))[0]).toMatch(
      /^Gloss's data on Donald Trump covers January–June 2025, mostly about the (coalition of the willing|reassurance force)\.$/,
    );
    expect((await page.evaluate(cardText, '.since-line'))[0]).toMatch(/^Since this article: \d+ more/);
    await page.close();
  });

  it(`reads in at most ${READING_BUDGET} characters before "More", for every entity on the article pages`, async () => {
    const counts: string[] = [];
    const over: string[] = [];
    for (const path of [
      'all-entities.html',
      'january-article.html',
      'may-article.html',
      'article-2016.html',
      'undated-article.html',
    ]) {
      const { page } = await suite.open(`/fixtures/${path}`);
      const ids = (await page.evaluate(highlightIds)).filter((id) => names.has(id));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        await page.mouse.move(2, 2);
        await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 3000 });
        await page.evaluate(scrollMentionToTop, id);
        await hoverEntity(page, id);
        await waitForCardTitle(page, names.get(id)!);
        const text = (await page.evaluate(cardReadingText))!;
        expect(text).toMatch(new RegExp(`^${names.get(id)} `));
        const facts = (await page.evaluate(cardText, 'li.fact')).length;
        counts.push(`${path.replace('.html', '')}/${id} ${text.length} (${facts} facts)`);
        if (text.length > READING_BUDGET) over.push(`${path} ${id}: ${text.length}: ${text}`);
      }
      await page.close();
    }
    console.log(`card characters before More: ${counts.join(', ')}`);
    expect(over).toEqual([]);
  });

  for (const [width, height] of [
    [1280, 900],
    [800, 600],
  ] as const) {
    it(`fits every bundled entity's card without inner scrolling at ${width}×${height}; Mute and Close take their clicks`, async () => {
      const { page } = await suite.open('/fixtures/all-entities.html');
      await page.setViewportSize({ width, height });
      const overflowing: string[] = [];
      const covered: string[] = [];
      for (const [id, name] of entities) {
        await page.mouse.move(2, 2);
        await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 3000 });
        await page.evaluate(scrollMentionToTop, id!);
        await hoverEntity(page, id!);
        await waitForCardTitle(page, name!);
        const h = (await page.evaluate(cardHeights))!;
        expect(h.width).toBeGreaterThanOrEqual(320 - 30);
        expect(h.width).toBeLessThanOrEqual(420);
        if (h.scroll > h.client) overflowing.push(`${id}: ${h.scroll} > ${h.client}`);
        const tools = await page.evaluate(toolsAtTheirCentres);
        expect(tools.map((t) => t.tool)).toEqual(['tool mute', 'tool close']);
        for (const t of tools) if (!t.hit) covered.push(`${id}: ${t.tool}`);
      }
      expect(overflowing).toEqual([]);
      expect(covered).toEqual([]);
      expect(await page.evaluate(cardIsOpen)).toBe(true);
      // A real click at the centre of Close closes the card.
      const close = (await page.evaluate(toolsAtTheirCentres)).find((t) => t.tool === 'tool close')!;
      await page.mouse.click(close.x, close.y);
      await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 3000 });
      await page.close();
    });
  }
});
