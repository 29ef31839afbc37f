/**
 * `npm start`: builds Gloss, serves the demo articles on 127.0.0.1 and opens Chromium with the
 * extension on the first one. Without a display (or with --headless) it runs headless instead:
 * hovers the first mention, saves screenshots under demo-output/ and prints what it found.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../e2e/harness/build-extension';
import { type ChromiumSession, launchChromium } from '../e2e/harness/launch-chromium';
import { tabIdOf } from '../e2e/harness/page-report';
import { firstMentionBox } from '../e2e/harness/pages';
import { readHighlightsInPage } from '../e2e/harness/read-highlights';
import { servePages } from '../e2e/harness/serve-pages';

const OUT = resolve(ROOT, 'demo-output');
const ARTICLES = ['air-cover.html', 'january-guarantees.html', 'evening-briefing.html'];
/** The mention whose card each screenshot opens. */
const CARD_FOR: Record<string, string> = {
  'air-cover.html': 'coalition-of-the-willing',
  'january-guarantees.html': 'donald-trump',
  'evening-briefing.html': 'reassurance-force',
};

async function main(): Promise<void> {
  console.log('Building Gloss…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
  const server = await servePages({ '/demo': resolve(ROOT, 'test/demo/pages') });
  const first = server.url(`/demo/${ARTICLES[0]}`);
  const headed =
    !process.argv.includes('--headless') && !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const session = await launchChromium({ headless: !headed });
  if (headed) {
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.goto(first);
    console.log(`Gloss is running in Chromium on ${first}`);
    console.log(
      'Other demo articles:',
      ARTICLES.slice(1)
        .map((a) => server.url(`/demo/${a}`))
        .join(' '),
    );
    console.log(
      'Hover a highlighted name or phrase to see its card. Close the browser or press Ctrl+C to stop.',
    );
    session.context.on('close', () => void server.close().then(() => process.exit(0)));
    return;
  }
  mkdirSync(OUT, { recursive: true });
  try {
    for (const article of ARTICLES) {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.goto(server.url(`/demo/${article}`));
      await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), null, { timeout: 15_000 });
      const found = await page.evaluate(readHighlightsInPage);
      console.log(`\n${article}: ${found.reduce((n, h) => n + h.texts.length, 0)} mentions`);
      for (const h of found)
        console.log(`  ${h.entity}: ${h.texts.map((t) => JSON.stringify(t)).join(', ')}`);
      const name = article.replace(/\.html$/, '');
      await page.screenshot({ path: resolve(OUT, `${name}-highlights.png`) });
      const target = CARD_FOR[article] ?? found[0]?.entity ?? '';
      const box = await page.evaluate(firstMentionBox, target);
      if (box) {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
        await page.waitForFunction(
          () => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('li.fact'),
        );
        await page.waitForTimeout(200);
        await page.screenshot({ path: resolve(OUT, `${name}-card.png`) });
      }
      await page.close();
    }
    await screenshotSurfaces(session, server.url(`/demo/${ARTICLES[0]}`));
    await screenshotDossier(session, server.url(`/demo/${ARTICLES[0]}`), CARD_FOR[ARTICLES[0]!]!);
    await screenshotForStore(session, server.url(`/demo/${ARTICLES[0]}`), CARD_FOR[ARTICLES[0]!]!);
    console.log('\nScreenshots:');
    for (const article of ARTICLES) {
      const name = article.replace(/\.html$/, '');
      console.log(`  demo-output/${name}-highlights.png\n  demo-output/${name}-card.png`);
    }
    console.log('  demo-output/popup.png\n  demo-output/options.png\n  demo-output/options-dataset.png');
    console.log('  demo-output/dossier.png');
    console.log('  demo-output/store-1280x800.png (the store listing screenshot, assets/store/)');
  } finally {
    await session.close();
    await server.close();
  }
}

/** The popup for a demo article's tab, and the options page with a search under way. */
async function screenshotSurfaces(session: ChromiumSession, articleUrl: string): Promise<void> {
  const article = await session.context.newPage();
  await article.goto(articleUrl);
  await article.waitForFunction(() => CSS.highlights.has('gloss-mention'));
  const tabId = await tabIdOf(session.worker, article);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.entities button').first().waitFor();
  await popup.screenshot({ path: resolve(OUT, 'popup.png'), fullPage: true });
  const options = await session.context.newPage();
  await options.setViewportSize({ width: 1000, height: 1100 });
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('input[name=text]').fill('coalition');
  await options.locator('.fact-results > li').first().waitFor();
  await options
    .locator('section[aria-labelledby=browser-title]')
    .screenshot({ path: resolve(OUT, 'options-dataset.png') });
  await options.evaluate(() => window.scrollTo(0, 0));
  await options.screenshot({ path: resolve(OUT, 'options.png') });
  await Promise.all([article.close(), popup.close(), options.close()]);
}

/** The dossier for a demo article's tab and one entity, as the side panel shows it. */
async function screenshotDossier(
  session: ChromiumSession,
  articleUrl: string,
  entity: string,
): Promise<void> {
  const article = await session.context.newPage();
  await article.goto(articleUrl);
  await article.waitForFunction(() => CSS.highlights.has('gloss-mention'));
  const tabId = await tabIdOf(session.worker, article);
  const dossier = await session.context.newPage();
  await dossier.setViewportSize({ width: 420, height: 1000 });
  await dossier.goto(
    `chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}&entity=${entity}&date=2025-06-05`,
  );
  await dossier.locator('article.entity li.fact').first().waitFor();
  await dossier.screenshot({ path: resolve(OUT, 'dossier.png') });
  await Promise.all([article.close(), dossier.close()]);
}

/** The store listing's screenshot: 1280×800, a demo article with a card open. */
async function screenshotForStore(session: ChromiumSession, url: string, entity: string): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.has('gloss-mention'));
  const box = await page.evaluate(firstMentionBox, entity);
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    await page.waitForFunction(() => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2'));
    await page.waitForTimeout(200);
  }
  await page.screenshot({ path: resolve(OUT, 'store-1280x800.png') });
  await page.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
