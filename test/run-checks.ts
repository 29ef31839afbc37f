/**
 * `npm test`: runs every check in turn, also after one fails, and reports them all: type-check,
 * lint, dataset verification, unit tests, both builds, web-ext lint of the Firefox build and the
 * browser tests. Ends with a summary (each check, the test counts, and every skipped test with its
 * reason) and the line `N passed, N failed`, where each check that is not a test suite counts as
 * one; a check that crashed (a browser that did not launch, a file that did not load) is a failure
 * shown with its first error lines. Exits non-zero when anything failed. GLOSS_REQUIRE_SHARED=1
 * (set by CI) makes a missing ../shared folder a failure instead of a skip.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CheckResult, summarize, type VitestReport } from './check-summary';

interface Check {
  name: string;
  script: string;
  args?: string[];
  /** The Vitest JSON report a test stage writes. */
  report?: string;
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
/** How much of a check's output is kept for its error lines (the rest is still printed). */
const KEEP_OUTPUT = 4_000_000;

const results: CheckResult[] = [];
mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
for (const check of CHECKS) {
  if (check.report) rmSync(resolve(ROOT, check.report), { force: true });
  console.log(`\n━━ ${check.name} (npm run ${check.script}) ━━`);
  const started = Date.now();
  const args = ['run', check.script, ...(check.args?.length ? ['--', ...check.args] : [])];
  const { ok, output } = await run('npm', args);
  const tests = check.report ? readReport(resolve(ROOT, check.report)) : undefined;
  results.push({ name: check.name, ok, seconds: (Date.now() - started) / 1000, tests, output });
}

const { lines, passed, failed, skipped } = summarize(results, ROOT);
console.log('\n━━ summary ━━');
for (const line of lines) console.log(line);
if (skipped.length) {
  console.log(`\nSkipped (${skipped.length}):`);
  for (const s of skipped) console.log(`  - ${s}`);
}
writeFileSync(
  resolve(ROOT, 'test-results/checks.json'),
  `${JSON.stringify({ results: results.map(({ output: _, ...r }) => r), passed, failed }, null, 2)}\n`,
);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);

/** Runs a command, printing its output as it comes and keeping the start of it. */
function run(command: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    let output = '';
    const keep = (chunk: Buffer) => {
      if (output.length < KEEP_OUTPUT) output += chunk.toString();
    };
    // Piped output is not a terminal: keep the colours a terminal would have shown.
    const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['inherit', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      keep(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      keep(chunk);
    });
    child.on('error', (e) => done({ ok: false, output: `${output}\n${e.message}` }));
    child.on('close', (status) => done({ ok: status === 0, output }));
  });
}

/** The report a test stage wrote, or null when it wrote none (or one that cannot be read). */
function readReport(file: string): VitestReport | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  } catch {
    return null;
  }
}
