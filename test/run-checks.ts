/**
 * `npm test`: runs every check in turn, also after one fails, and reports them all: type-check,
 * lint, dataset verification, unit tests, both builds, web-ext lint of the Firefox build and the
 * browser tests. Ends with a summary (each check, the test counts, and every skipped test with its
 * reason) and the line `N passed, N failed`, where each check that is not a test suite counts as
 * one. Exits non-zero when anything failed. GLOSS_REQUIRE_SHARED=1 (set by CI) makes a missing
 * ../shared folder a failure instead of a skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Check {
  name: string;
  script: string;
  args?: string[];
  /** The Vitest JSON report a test stage writes. */
  report?: string;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

const ROOT = resolve(import.meta.dirname, '..');
const requireShared = process.env.GLOSS_REQUIRE_SHARED === '1';
const CHECKS: Check[] = [
  { name: 'type-check', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'dataset verification', script: 'data:verify', args: requireShared ? ['--require-archive'] : [] },
  { name: 'unit tests', script: 'test:unit', report: 'test-results/unit.json' },
  { name: 'build (Chrome and Firefox)', script: 'build' },
  { name: 'web-ext lint', script: 'lint:firefox' },
  { name: 'browser tests', script: 'test:e2e', report: 'test-results/e2e.json' },
];

const results: { name: string; ok: boolean; seconds: number; tests?: VitestReport }[] = [];
mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
for (const check of CHECKS) {
  if (check.report) rmSync(resolve(ROOT, check.report), { force: true });
  console.log(`\n━━ ${check.name} (npm run ${check.script}) ━━`);
  const started = Date.now();
  const args = ['run', check.script, ...(check.args?.length ? ['--', ...check.args] : [])];
  const run = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit' });
  const tests = check.report ? readReport(resolve(ROOT, check.report)) : undefined;
  results.push({ name: check.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000, tests });
}

let passed = 0;
let failed = 0;
const skipped: string[] = [];
console.log('\n━━ summary ━━');
for (const r of results) {
  let line = `${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds.toFixed(0)} s)`;
  if (r.tests) {
    const t = r.tests;
    const skips = t.numPendingTests + t.numTodoTests;
    line += `: ${t.numPassedTests} passed, ${t.numFailedTests} failed, ${skips} skipped`;
    passed += t.numPassedTests;
    // A suite that failed without a failing test (a crash, a file that did not load) still counts.
    failed += t.numFailedTests || (r.ok ? 0 : 1);
    for (const file of t.testResults)
      for (const a of file.assertionResults)
        if (a.status === 'skipped' || a.status === 'pending' || a.status === 'todo')
          skipped.push(`${file.name.replace(`${ROOT}/`, '')}: ${a.fullName}`);
  } else if (r.ok) {
    passed += 1;
  } else {
    failed += 1;
  }
  console.log(line);
}
if (skipped.length) {
  console.log(`\nSkipped (${skipped.length}):`);
  for (const s of skipped) console.log(`  - ${s}`);
}
writeFileSync(
  resolve(ROOT, 'test-results/checks.json'),
  `${JSON.stringify({ results, passed, failed }, null, 2)}\n`,
);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);

function readReport(file: string): VitestReport {
  if (!existsSync(file)) {
    return { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [] };
  }
  return JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
}
