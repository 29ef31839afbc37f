/**
 * `npm run eval:dates [-- --verbose] [-- --dump NAME]`: the article-date extractor against
 * labelled pages: the real-page corpus (its recorded publication dates, and days read by hand
 * from the pages that have none recorded, in test/fixtures/article-dates/realpage-labels.json)
 * and the written fixtures of test/fixtures/article-dates/date-cases.ts. Prints precision,
 * recall and F1 of the exact day, as the date-extraction literature counts them: a wrong day is
 * a false positive, no day where there is one a false negative; pages labelled "no date" that
 * get one are listed as false alarms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATE_CASES } from '../fixtures/article-dates/date-cases';
import { parseHtml } from '../support/parse-html';
import { CORPUS_DIR, hasShared } from '../support/shared-data';

type Extract = (doc: Document, url: string) => { date: string; source: string } | null;

interface Labelled {
  name: string;
  html: string;
  url?: string;
  expected: string | null;
}

async function main() {
  const modulePath = process.env.DATE_EXTRACTOR ?? '../../src/page/article-date';
  const { articleDate } = (await import(modulePath)) as { articleDate: Extract };
  const verbose = process.argv.includes('--verbose');
  const sets: [string, Labelled[]][] = [['fixtures', DATE_CASES.map((c) => ({ ...c }))]];
  if (hasShared('corpus')) sets.unshift(['real pages', corpusPages()]);
  for (const [title, pages] of sets) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let alarms = 0;
    let undated = 0;
    const lines: string[] = [];
    for (const page of pages) {
      const { doc, url } = parseHtml(page.html, page.url);
      const found = articleDate(doc, page.url ?? url);
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
      const expected = meta.publishedTime ? meta.publishedTime.slice(0, 10) : (labels[name] ?? null);
      return { name, html: readFileSync(join(CORPUS_DIR, `${name}.html`), 'utf8'), expected };
    });
}

await main();
