import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { hoverEntity, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { storeSettings } from './harness/page-report';
import { mentionBoxIn } from './harness/pages';

const suite = useChromiumSuite();

/** Runs in the page: the open card's background colour and `color-scheme`. */
function cardTheme(): { background: string; scheme: string } {
  const style = getComputedStyle(document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card')!);
  return { background: style.backgroundColor, scheme: style.colorScheme };
}

/**
 * Runs in the page: decodes a PNG screenshot of a mention and measures its text contrast: the
 * commonest colour is the background behind the text, and the glyphs' cores are the pixels that
 * differ from it most (large bold text has solid cores). Returns the WCAG ratio and both colours.
 */
async function measureContrast(
  png: string,
): Promise<{ ratio: number; background: number[]; text: number[] }> {
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  const lum = (r: number, g: number, b: number) => {
    const c = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [bgKey] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const background = [(bgKey >> 16) & 255, (bgKey >> 8) & 255, bgKey & 255];
  const lb = lum(background[0]!, background[1]!, background[2]!);
  let best = { ratio: 1, text: background };
  for (const key of counts.keys()) {
    const rgb = [(key >> 16) & 255, (key >> 8) & 255, key & 255];
    const lt = lum(rgb[0]!, rgb[1]!, rgb[2]!);
    const ratio = (Math.max(lb, lt) + 0.05) / (Math.min(lb, lt) + 0.05);
    if (ratio > best.ratio) best = { ratio, text: rgb };
  }
  return { ratio: best.ratio, background, text: best.text };
}

async function contrastOfMention(page: Page, theme: 'light' | 'dark') {
  const box = (await page.evaluate(mentionBoxIn, ['keir-starmer', theme] as [string, string]))!;
  const png = await page.screenshot({
    clip: { x: box.x, y: box.y, width: box.width, height: box.height },
    animations: 'disabled',
  });
  return page.evaluate(measureContrast, png.toString('base64'));
}

const PAGE_BACKGROUND = { light: [255, 255, 255], dark: [17, 20, 24] };

describe('themes and contrast (Chromium)', () => {
  it('gives a white page a light card even with the system in dark mode', async () => {
    const { page } = await suite.open('/fixtures/plain-background.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    expect(await page.evaluate(cardTheme)).toEqual({ background: 'rgb(255, 255, 255)', scheme: 'light' });
    await page.close();
  });

  it.each([
    ['a page that paints a dark background', '/fixtures/dark.html', 'light'],
    ['a page that asks for a dark canvas', '/fixtures/dark-scheme.html', 'light'],
    ['a page that asks for a dark canvas, system dark', '/fixtures/dark-scheme.html', 'dark'],
  ] as const)('gives %s a dark card with a dark color-scheme', async (_name, path, system) => {
    const { page } = await suite.open(path);
    await page.emulateMedia({ colorScheme: system });
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    expect(await page.evaluate(cardTheme)).toEqual({ background: 'rgb(24, 24, 27)', scheme: 'dark' });
    await page.close();
  });

  it.each([
    ['background', 'light'],
    ['background', 'dark'],
    ['underline', 'light'],
    ['underline', 'dark'],
  ] as const)(
    'the %s style reads at 4.5:1 or better on a %s background, at rest and hovered',
    async (style, theme) => {
      await storeSettings(suite.session.worker, { ...DEFAULT_SETTINGS, highlightStyle: style });
      const page = await suite.session.context.newPage();
      await page.goto(suite.server.url('/fixtures/contrast.html'));
      const painted = `gloss-${style === 'background' ? 'mention' : 'underline'}`;
      await page.waitForFunction((name) => CSS.highlights.has(name), painted, { timeout: 15_000 });
      const resting = await contrastOfMention(page, theme);
      expect(resting.ratio, `resting ${JSON.stringify(resting)}`).toBeGreaterThanOrEqual(4.5);
      if (style === 'background') expect(resting.background).not.toEqual(PAGE_BACKGROUND[theme]);
      await hoverEntity(page, 'keir-starmer');
      await page.waitForFunction(() => CSS.highlights.has('gloss-active'));
      const hovered = await contrastOfMention(page, theme);
      expect(hovered.ratio, `hovered ${JSON.stringify(hovered)}`).toBeGreaterThanOrEqual(4.5);
      expect(hovered.background).not.toEqual(PAGE_BACKGROUND[theme]);
      expect(hovered.background).not.toEqual(resting.background);
      await page.close();
      await storeSettings(suite.session.worker, DEFAULT_SETTINGS);
    },
  );

  it('sizes the card from the reader’s default font size, not the page’s root size', async () => {
    const sizes = () =>
      getComputedStyle(document.querySelector('gloss-card')!.shadowRoot!.querySelector('h2')!).fontSize;
    const measure = async (path: string, standard?: number) => {
      const page = await suite.session.context.newPage();
      if (standard) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard } });
      }
      await page.goto(suite.server.url(path));
      await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), null, { timeout: 15_000 });
      await hoverEntity(page, 'keir-starmer');
      await waitForCard(page);
      const size = await page.evaluate(sizes);
      await page.close();
      return Number.parseFloat(size);
    };
    const usual = await measure('/fixtures/plain-background.html');
    expect(usual).toBeCloseTo(16, 0);
    expect(await measure('/fixtures/small-root.html')).toBeCloseTo(usual, 1);
    expect(await measure('/fixtures/plain-background.html', 24)).toBeCloseTo(24, 0);
  });
});
