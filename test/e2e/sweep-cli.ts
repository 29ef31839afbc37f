/**
 * `npm run sweep -- DIR [page.html …]`: opens every page of DIR in Chromium without and with Gloss
 * and reports, per page and in total, page errors that occur only with Gloss, whether the DOM
 * serialisation after settling is identical, the article date read and its source, the mentions
 * found by entity, and the scan time.
 * Exits non-zero when any page has a Gloss-only error or a DOM difference.
 */
import { resolve } from 'node:path';
import { type SweepResult, sweepPages } from './harness/sweep';

const [dirArg, ...only] = process.argv.slice(2);
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
  const date = r.articleDate
    ? `${r.articleDate} (${r.articleDateSource})`
    : (r.articleDateSource ?? 'not read');
  return `${r.page}: ${dom}; ${scan}; article date ${date}; ${r.total} mentions${mentions ? ` (${mentions})` : ''}${errors}`;
}

const results = await sweepPages(dir, only.length ? only : undefined, (r) => console.log(line(r)));
const errors = results.filter((r) => r.glossOnlyErrors.length);
const differs = results.filter((r) => !r.domIdentical);
const byEntity = new Map<string, number>();
for (const r of results)
  for (const [e, n] of Object.entries(r.mentions)) byEntity.set(e, (byEntity.get(e) ?? 0) + n);
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
console.log(`Mentions: ${[...byEntity].map(([e, n]) => `${e} ${n}`).join(', ') || 'none'}`);
if (scans.length) {
  console.log(
    `Scan time (content script start to first complete paint): median ${scans[Math.floor(scans.length / 2)]!.toFixed(0)} ms, p95 ${scans[Math.floor(scans.length * 0.95)]!.toFixed(0)} ms, max ${scans.at(-1)!.toFixed(0)} ms`,
  );
  console.log(`Longest slice of Gloss work on any page: ${slices.at(-1)!.toFixed(1)} ms`);
}
process.exit(errors.length || differs.length ? 1 : 0);
