/**
 * `npm run icons`: renders assets/icons/gloss.svg and gloss-paused.svg to the PNG sizes both
 * browsers and the stores ask for (16, 32, 48, 96, 128), in assets/public/icon/ and
 * assets/public/icon-paused/, with Chromium. The PNGs are committed, so a build needs no
 * rasteriser; run this after changing an SVG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../e2e/harness/build-extension';
import { launchPlainChromium } from '../e2e/harness/launch-chromium';

/** The sizes the manifests name (wxt.config.ts) and the stores ask for. */
const ICON_SIZES = [16, 32, 48, 96, 128];

async function main(): Promise<void> {
  const browser = await launchPlainChromium();
  try {
    for (const [svg, folder] of [
      ['gloss.svg', 'icon'],
      ['gloss-paused.svg', 'icon-paused'],
    ] as const) {
      const source = readFileSync(resolve(ROOT, 'assets/icons', svg), 'utf8');
      const out = resolve(ROOT, 'assets/public', folder);
      mkdirSync(out, { recursive: true });
      for (const size of ICON_SIZES) {
        const page = await browser.newPage({ viewport: { width: size, height: size } });
        const url = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
        await page.setContent(
          `<style>html,body{margin:0;background:transparent}</style><img src="${url}" width="${size}" height="${size}">`,
        );
        await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
        writeFileSync(resolve(out, `${size}.png`), await page.screenshot({ omitBackground: true }));
        await page.close();
      }
      console.log(`${svg} → assets/public/${folder}/{${ICON_SIZES.join(',')}}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
