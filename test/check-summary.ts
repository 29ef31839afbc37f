/** The parts of Vitest's JSON report that the summary reads. */
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    /** `failed` with a `message` when the file itself failed: it did not load, or a hook threw. */
    status?: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/** One check as `npm test` ran it. */
export interface CheckResult {
  name: string;
  /** The check's command exited with status 0. */
  ok: boolean;
  seconds: number;
  /** A test stage's report; null when the stage should have written one and did not. */
  tests?: VitestReport | null;
  /** What the command printed (stdout and stderr), for the first error lines of a failure. */
  output?: string;
}

/** The summary `npm test` prints, and the totals behind its `N passed, N failed` line. */
export interface Summary {
  lines: string[];
  passed: number;
  failed: number;
  skipped: string[];
}

const ERROR_LINE = /\b(error|errors|failed|fail|cannot|exception|unhandled|ERR!)\b|[×✗]/i;
const STACK_FRAME = /^at\s/;
/** At most this many failing tests are named per check; Vitest's own output has them all. */
const MAX_NAMED = 10;

/**
 * Sums the checks: a check that is not a test suite counts as one passed or failed; a test suite
 * counts its tests, plus one failure for each file that failed by itself (it did not load, or a
 * `beforeAll` threw, as when a browser fails to launch), whose tests are "not run" rather than
 * skipped. A check whose command failed with nothing failing in its report (a crash, an unhandled
 * error, a missing report) counts one failure. Every failure comes with its first error lines,
 * from the report when it has them, else from the command's output. `root` is cut from file names.
 */
export function summarize(results: CheckResult[], root: string): Summary {
  const lines: string[] = [];
  const skipped: string[] = [];
  let passed = 0;
  let failed = 0;
  const rel = (file: string) => file.replace(`${root}/`, '');
  for (const r of results) {
    const head = `${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds.toFixed(0)} s)`;
    const t = r.tests;
    if (t === undefined || t === null) {
      const fails = r.ok && t === undefined ? 0 : 1;
      passed += 1 - fails;
      failed += fails;
      lines.push(t === null ? `✗ ${r.name} (${r.seconds.toFixed(0)} s): no test report written` : head);
      if (fails) lines.push(...indent(firstErrorLines(r.output ?? '')));
      continue;
    }
    const broken = t.testResults.filter((f) => f.status === 'failed' && f.message);
    const notRun = broken.reduce(
      (n, f) => n + f.assertionResults.filter((a) => a.status !== 'passed' && a.status !== 'failed').length,
      0,
    );
    for (const file of t.testResults) {
      if (broken.includes(file)) continue;
      for (const a of file.assertionResults)
        if (a.status === 'skipped' || a.status === 'pending' || a.status === 'todo')
          skipped.push(`${rel(file.name)}: ${a.fullName}`);
    }
    let fails = t.numFailedTests + broken.length;
    const unexplained = fails === 0 && !r.ok;
    if (unexplained) fails = 1;
    passed += t.numPassedTests;
    failed += fails;
    const skips = t.numPendingTests + t.numTodoTests - notRun;
    let line = `${fails ? '✗' : '✓'} ${r.name} (${r.seconds.toFixed(0)} s): ${t.numPassedTests} passed, ${fails} failed, ${skips} skipped`;
    if (notRun) line += `, ${notRun} not run`;
    lines.push(line);
    for (const file of broken)
      lines.push(`  ${rel(file.name)} failed:`, ...indent(firstErrorLines(file.message ?? ''), 4));
    const failing = t.testResults.flatMap((file) =>
      file.assertionResults
        .filter((a) => a.status === 'failed')
        .map((a) => ({ file: rel(file.name), name: a.fullName, message: a.failureMessages?.[0] ?? '' })),
    );
    for (const f of failing.slice(0, MAX_NAMED))
      lines.push(`  ${f.file}: ${f.name}`, ...indent(firstErrorLines(f.message, 2), 4));
    if (failing.length > MAX_NAMED) lines.push(`  … and ${failing.length - MAX_NAMED} more failing tests`);
    if (unexplained) lines.push(...indent(firstErrorLines(r.output ?? '')));
  }
  return { lines, passed, failed, skipped };
}

/**
 * The first error lines of a command's output or an error message, without colour codes or stack
 * frames: from the first line that reads as an error, `max` lines at most; the last `max` lines
 * when none does; `(no output)` when there is nothing.
 */
export function firstErrorLines(text: string, max = 5): string[] {
  const all = stripColour(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !STACK_FRAME.test(l));
  if (!all.length) return ['(no output)'];
  const start = all.findIndex((l) => ERROR_LINE.test(l));
  return start === -1 ? all.slice(-max) : all.slice(start, start + max);
}

function stripColour(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC.
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

function indent(lines: string[], by = 2): string[] {
  return lines.map((l) => `${' '.repeat(by)}${l}`);
}
