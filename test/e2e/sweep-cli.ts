/**
 * `npm run sweep -- DIR [page.html …]`: opens every page of DIR in Chromium without and with Gloss
 * and reports, per page and in total, page errors that occur only with Gloss, whether the DOM
 * serialisation after settling is identical, the article date read and its source, the mentions
 * found by entity, the candidates the detection rules removed by reason (namesakes, things named
 * after a person, phrases out of context, with samples to judge), and the scan time.
 * `--pages a.html,b.html` (or names after DIR) runs a subset; `--quick` the first 12 pages (under
 * two minutes). Exits non-zero when any page has a
 * Gloss-only error or a DOM difference.
 */
import { resolve } from 'node:path';
import { type SweepResult, sweepPages } from './harness/sweep';

const args = process.argv.slice(2);
const quickAt = args.indexOf('--quick');
const quick = quickAt >= 0;
if (quick) args.splice(quickAt, 1);
const QUICK_PAGES = 12;
const pagesAt = args.indexOf('--pages');
const listed = pagesAt >= 0 ? (args.splice(pagesAt, 2)[1] ?? '').split(',').filter(Boolean) : [];
const [dirArg, ...named] = args;
const only = [...listed, ...named];
const dir = resolve(dirArg ?? '../shared/corpus/realpages');

function line(r: SweepResult): string {
  const mentions = Object.entries(r.mentions)
    .map(([e, n]) => `${e} ${n}`)
    .join(', ');
  const dom = r.domIdentical
    ? 'same DOM'
    : r.nondeterministic
      ? 'DOM differs (page changes by itself)'
      : 'DOM DIFFERS';
  const errors = r.glossOnlyErrors.length ? ` ERRORS: ${r.glossOnlyErrors.join(' | ')}` : '';
  const scan =
    r.scanMs === null
      ? 'scan —'
      : `scan ${r.scanMs.toFixed(0)} ms, longest slice ${r.longestSliceMs?.toFixed(1)} ms`;
  const excluded = Object.entries(r.excluded)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  const date = r.articleDate
    ? `${r.articleDate} (${r.articleDateSource})`
    : (r.articleDateSource ?? 'not read');
  return `${r.page}: ${dom}; ${scan}; article date ${date}; ${r.total} mentions${mentions ? ` (${mentions})` : ''}${excluded ? `; excluded: ${excluded}` : ''}${errors}`;
}

const { readdirSync } = await import('node:fs');
const chosen = only.length
  ? only
  : quick
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .slice(0, QUICK_PAGES)
    : undefined;
const count = chosen?.length ?? readdirSync(dir).filter((f) => f.endsWith('.html')).length;
// About seven seconds a page here: loaded twice without Gloss and once with it, then settled.
console.error(`sweep: ${count} pages, expect about ${Math.ceil((count * 7) / 60)} minutes.`);
const results = await sweepPages(dir, chosen, (r) => console.log(line(r)));
const errors = results.filter((r) => r.glossOnlyErrors.length);
const differs = results.filter((r) => !r.domIdentical);
const byEntity = new Map<string, { mentions: number; pages: number }>();
for (const r of results)
  for (const [e, n] of Object.entries(r.mentions)) {
    const row = byEntity.get(e) ?? { mentions: 0, pages: 0 };
    byEntity.set(e, { mentions: row.mentions + n, pages: row.pages + 1 });
  }
const byReason = new Map<string, { count: number; samples: string[] }>();
for (const r of results)
  for (const sample of r.excludedSamples) {
    const row = byReason.get(sample.reason) ?? { count: 0, samples: [] };
    row.count++;
    if (row.samples.length < 6) row.samples.push(`${r.page} ${sample.entity}: ${sample.context}`);
    byReason.set(sample.reason, row);
  }
const scans = results
  .map((r) => r.scanMs)
  .filter((s): s is number => s !== null)
  .sort((a, b) => a - b);
const slices = results
  .map((r) => r.longestSliceMs)
  .filter((s): s is number => s !== null)
  .sort((a, b) => a - b);
console.log('');
console.log(`Pages: ${results.length}`);
console.log(`Pages with Gloss-only errors: ${errors.length}`);
console.log(`Pages whose DOM differs with Gloss: ${differs.length}`);
const dated = results.filter((r) => r.articleDate).length;
console.log(`Pages with an article date: ${dated} of ${results.length}`);
console.log('');
console.log('| entity | mentions | pages |');
console.log('|---|---:|---:|');
for (const [e, row] of [...byEntity].sort((a, b) => b[1].mentions - a[1].mentions))
  console.log(`| ${e} | ${row.mentions} | ${row.pages} |`);
console.log('');
console.log('| excluded by rule | candidates |');
console.log('|---|---:|');
for (const [reason, row] of [...byReason].sort((a, b) => b[1].count - a[1].count))
  console.log(`| ${reason} | ${row.count} |`);
if (!byReason.size) console.log('| (none) | 0 |');
for (const [reason, row] of byReason) {
  console.log(`\n${reason}, samples:`);
  for (const sample of row.samples) console.log(`  ${sample}`);
}
console.log('');
if (scans.length) {
  console.log(
    `Scan time (content script start to first complete paint): median ${scans[Math.floor(scans.length / 2)]!.toFixed(0)} ms, p95 ${scans[Math.floor(scans.length * 0.95)]!.toFixed(0)} ms, max ${scans.at(-1)!.toFixed(0)} ms`,
  );
  console.log(`Longest slice of Gloss work on any page: ${slices.at(-1)!.toFixed(1)} ms`);
}
process.exit(errors.length || differs.length ? 1 : 0);
