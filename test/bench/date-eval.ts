/**
 * `npm run eval:dates [-- --verbose] [-- --node]`: the article-date extractor against labelled
 * pages: the real-page corpus (its recorded publication dates, and days read by hand from the
 * pages that have none recorded, in test/fixtures/article-dates/realpage-labels.json) and the
 * written fixtures of test/fixtures/article-dates/date-cases.ts. Pages are parsed as a browser
 * parses them: by Chromium's own `DOMParser` (no script runs, nothing loads), with the extractor
 * bundled into that page. `--node` parses with happy-dom in Node instead (quicker, but its parser
 * gives up on some real pages' markup). Prints precision, recall and F1 of the exact day for each
 * set, as the date-extraction literature counts them: a wrong day is a false positive, no day
 * where there is one a false negative; pages labelled "no date" that get one are listed as false
 * alarms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchPlainChromium } from '../e2e/harness/launch-chromium';
import { DATE_CASES } from '../fixtures/article-dates/date-cases';
import { recordedDay } from '../fixtures/article-dates/recorded-day';
import { parseHtml } from '../support/parse-html';
import { CORPUS_DIR, hasShared } from '../support/shared-data';

type Found = { date: string; source: string } | null;
type Extract = (page: Labelled) => Promise<Found>;

interface Labelled {
  name: string;
  html: string;
  url?: string;
  expected: string | null;
}

async function main() {
  const verbose = process.argv.includes('--verbose');
  const sets: [string, Labelled[]][] = [['fixtures', DATE_CASES.map((c) => ({ ...c }))]];
  if (hasShared('corpus')) sets.unshift(['real pages', corpusPages()]);
  const { extract, close } = process.argv.includes('--node') ? await inNode() : await inChromium();
  try {
    for (const [title, pages] of sets) await score(title, pages, extract, verbose);
  } finally {
    await close();
  }
}

async function score(title: string, pages: Labelled[], extract: Extract, verbose: boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let alarms = 0;
  let undated = 0;
  const lines: string[] = [];
  for (const page of pages) {
    const found = await extract(page);
    const got = found?.date ?? null;
    if (page.expected === null) {
      undated++;
      if (got) {
        alarms++;
        lines.push(`  alarm  ${page.name}: no date expected, found ${got} (${found!.source})`);
      }
      continue;
    }
    if (got === page.expected) tp++;
    else if (got) fp++;
    else fn++;
    if (got !== page.expected || verbose)
      lines.push(
        `  ${got === page.expected ? 'ok   ' : got ? 'WRONG' : 'MISS '}  ${page.name}: expected ${page.expected}, found ${got ? `${got} (${found!.source})` : 'nothing'}`,
      );
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  console.log(
    `${title}: ${pages.length - undated} dated, ${undated} undated | exact day: ${tp} right, ${fp} wrong, ${fn} missed | precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)} | false alarms ${alarms}/${undated}`,
  );
  for (const line of lines) console.log(line);
}

/** The extractor bundled into a blank Chromium page; each page is parsed there by `DOMParser`. */
async function inChromium(): Promise<{ extract: Extract; close: () => Promise<void> }> {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, '../../src/page/article-date.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'glossDates',
    target: 'es2022',
  });
  const browser = await launchPlainChromium();
  const tab = await browser.newPage();
  await tab.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const extract: Extract = (page) =>
    tab.evaluate(parseAndExtract, { html: page.html, url: page.url ?? null });
  return { extract, close: () => browser.close() };
}

/** Runs in the page: parses `html` as the browser would and reads its date. */
function parseAndExtract({ html, url }: { html: string; url: string | null }): Found {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const link =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const address = url ?? (link && /^https?:/.test(link) ? link : 'https://example.org/article');
  const api = (globalThis as unknown as { glossDates: { articleDate(d: Document, u: string): Found } })
    .glossDates;
  return api.articleDate(doc, address);
}

async function inNode(): Promise<{ extract: Extract; close: () => Promise<void> }> {
  const { articleDate } = await import('../../src/page/article-date');
  const extract: Extract = async (page) => {
    const { doc, url } = parseHtml(page.html, page.url);
    return articleDate(doc, page.url ?? url);
  };
  return { extract, close: async () => {} };
}

function corpusPages(): Labelled[] {
  const labels = JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/article-dates/realpage-labels.json'), 'utf8'),
  ) as Record<string, string | null>;
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.meta.json') && labels[f.replace('.meta.json', '')] !== '?')
    .map((f) => {
      const name = f.replace('.meta.json', '');
      const meta = JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8')) as { publishedTime: string | null };
      const expected = meta.publishedTime ? recordedDay(name, meta.publishedTime) : (labels[name] ?? null);
      return { name, html: readFileSync(join(CORPUS_DIR, `${name}.html`), 'utf8'), expected };
    });
}

await main();
