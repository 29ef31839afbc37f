import { describe, expect, it } from 'vitest';
import { type CheckResult, firstErrorLines, summarize, type VitestReport } from './check-summary';

const ROOT = '/repo';

/** A report of the given files; each file lists its tests as [name, status]. */
function report(
  files: { name: string; status?: string; message?: string; tests: [string, string][] }[],
): VitestReport {
  const all = files.flatMap((f) => f.tests.map(([, status]) => status));
  return {
    numPassedTests: all.filter((s) => s === 'passed').length,
    numFailedTests: all.filter((s) => s === 'failed').length,
    numPendingTests: all.filter((s) => s === 'skipped' || s === 'pending').length,
    numTodoTests: all.filter((s) => s === 'todo').length,
    testResults: files.map((f) => ({
      name: `${ROOT}/${f.name}`,
      status: f.status ?? (f.tests.some(([, s]) => s === 'failed') ? 'failed' : 'passed'),
      message: f.message ?? '',
      assertionResults: f.tests.map(([fullName, status]) => ({
        fullName,
        status,
        failureMessages:
          status === 'failed' ? [`AssertionError: ${fullName} went wrong\n    at x.ts:1:1`] : [],
      })),
    })),
  };
}

const launchFailed =
  'Failed to launch the browser process!\nFirefox exited with code 1\n    at launch (puppeteer.js:10:3)';

describe('summarize', () => {
  it.each<[string, CheckResult, { passed: number; failed: number; line: RegExp; mentions?: string[] }]>([
    [
      'a check that passed',
      { name: 'lint', ok: true, seconds: 3 },
      { passed: 1, failed: 0, line: /^✓ lint/ },
    ],
    [
      'a check that failed, with its first error line',
      { name: 'type-check', ok: false, seconds: 9, output: 'src/a.ts(3,1): error TS2322: nope\n' },
      { passed: 0, failed: 1, line: /^✗ type-check/, mentions: ['error TS2322: nope'] },
    ],
    [
      'a command that could not start',
      { name: 'build', ok: false, seconds: 0, output: '\nspawn npm ENOENT' },
      { passed: 0, failed: 1, line: /^✗ build/, mentions: ['spawn npm ENOENT'] },
    ],
    [
      'a suite that passed, with a skip',
      {
        name: 'unit tests',
        ok: true,
        seconds: 40,
        tests: report([
          {
            name: 'a.test.ts',
            tests: [
              ['one', 'passed'],
              ['two', 'passed'],
              ['three', 'skipped'],
            ],
          },
        ]),
      },
      { passed: 2, failed: 0, line: /^✓ unit tests \(40 s\): 2 passed, 0 failed, 1 skipped$/ },
    ],
    [
      'a suite with a failing test, named with its message',
      {
        name: 'unit tests',
        ok: false,
        seconds: 40,
        tests: report([
          {
            name: 'a.test.ts',
            tests: [
              ['one', 'passed'],
              ['two', 'failed'],
            ],
          },
        ]),
      },
      {
        passed: 1,
        failed: 1,
        line: /^✗ unit tests \(40 s\): 1 passed, 1 failed, 0 skipped$/,
        mentions: ['a.test.ts: two', 'AssertionError: two went wrong'],
      },
    ],
    [
      'a browser that did not launch: its tests are not run, and the file is a failure',
      {
        name: 'browser tests',
        ok: false,
        seconds: 20,
        tests: report([
          {
            name: 'b.test.ts',
            status: 'failed',
            message: launchFailed,
            tests: [
              ['x', 'skipped'],
              ['y', 'skipped'],
            ],
          },
          { name: 'c.test.ts', tests: [['z', 'passed']] },
        ]),
      },
      {
        passed: 1,
        failed: 1,
        line: /^✗ browser tests \(20 s\): 1 passed, 1 failed, 0 skipped, 2 not run$/,
        mentions: [
          'b.test.ts failed:',
          'Failed to launch the browser process!',
          'Firefox exited with code 1',
        ],
      },
    ],
    [
      'a file that did not load',
      {
        name: 'browser tests',
        ok: false,
        seconds: 5,
        tests: report([
          { name: 'd.test.ts', status: 'failed', message: "Cannot find package 'x'", tests: [] },
        ]),
      },
      {
        passed: 0,
        failed: 1,
        line: /^✗ browser tests \(5 s\): 0 passed, 1 failed/,
        mentions: ["Cannot find package 'x'"],
      },
    ],
    [
      'an afterAll that threw after every test passed',
      {
        name: 'browser tests',
        ok: false,
        seconds: 5,
        tests: report([
          {
            name: 'e.test.ts',
            status: 'failed',
            message: 'Error: close timed out',
            tests: [['p', 'passed']],
          },
        ]),
      },
      {
        passed: 1,
        failed: 1,
        line: /^✗ browser tests \(5 s\): 1 passed, 1 failed, 0 skipped$/,
        mentions: ['close timed out'],
      },
    ],
    [
      'a run that failed with nothing failing in its report (an unhandled error)',
      {
        name: 'unit tests',
        ok: false,
        seconds: 30,
        tests: report([{ name: 'a.test.ts', tests: [['one', 'passed']] }]),
        output: ' ✓ a.test.ts\n⎯⎯ Unhandled Errors ⎯⎯\nTypeError: boom\n',
      },
      {
        passed: 1,
        failed: 1,
        line: /^✗ unit tests \(30 s\): 1 passed, 1 failed/,
        mentions: ['TypeError: boom'],
      },
    ],
    [
      'a test stage that wrote no report',
      { name: 'browser tests', ok: false, seconds: 1, tests: null, output: 'Error: vitest crashed\n' },
      {
        passed: 0,
        failed: 1,
        line: /^✗ browser tests \(1 s\): no test report written$/,
        mentions: ['vitest crashed'],
      },
    ],
    [
      'a test stage that exited 0 but wrote no report',
      { name: 'browser tests', ok: true, seconds: 1, tests: null, output: '' },
      { passed: 0, failed: 1, line: /no test report written/, mentions: ['(no output)'] },
    ],
  ])('%s', (_, result, want) => {
    const summary = summarize([result], ROOT);
    expect(summary.passed).toBe(want.passed);
    expect(summary.failed).toBe(want.failed);
    expect(summary.lines[0]).toMatch(want.line);
    const rest = summary.lines.slice(1).join('\n');
    for (const text of want.mentions ?? []) expect(rest).toContain(text);
    if (!want.mentions) expect(summary.lines).toHaveLength(1);
  });

  it('never sums a failed check to "0 failed"', () => {
    const crashed: CheckResult[] = [
      { name: 'lint', ok: true, seconds: 1 },
      { name: 'browser tests', ok: false, seconds: 1, tests: report([]), output: '' },
    ];
    expect(summarize(crashed, ROOT).failed).toBe(1);
  });

  it('lists skipped tests with their file, but not the tests of a file that failed', () => {
    const { skipped } = summarize(
      [
        {
          name: 'browser tests',
          ok: false,
          seconds: 1,
          tests: report([
            { name: 'ok.test.ts', tests: [['needs the corpus', 'skipped']] },
            { name: 'broken.test.ts', status: 'failed', message: launchFailed, tests: [['x', 'skipped']] },
          ]),
        },
      ],
      ROOT,
    );
    expect(skipped).toEqual(['ok.test.ts: needs the corpus']);
  });

  it('names at most ten failing tests of a check', () => {
    const tests = Array.from({ length: 12 }, (_, i) => [`t${i}`, 'failed'] as [string, string]);
    const { lines } = summarize(
      [{ name: 'unit tests', ok: false, seconds: 1, tests: report([{ name: 'a.test.ts', tests }]) }],
      ROOT,
    );
    expect(lines.filter((l) => l.startsWith('  a.test.ts: '))).toHaveLength(10);
    expect(lines.at(-1)).toBe('  … and 2 more failing tests');
  });
});

describe('firstErrorLines', () => {
  it.each([
    ['starts at the first error line', 'building\nok\nError: no space\nmore\n', ['Error: no space', 'more']],
    ['drops colour codes', '\u001b[31mFAIL\u001b[39m a.test.ts', ['FAIL a.test.ts']],
    [
      'drops stack frames',
      'TypeError: x\n    at f (a.ts:1:1)\n    at g (b.ts:2:2)\nnext',
      ['TypeError: x', 'next'],
    ],
    ['takes the last lines when none reads as an error', 'one\ntwo\nthree', ['one', 'two', 'three']],
    ['says when there is nothing', '\n  \n', ['(no output)']],
    [
      'reads tsc errors',
      'src/a.ts(1,2): error TS1005: ; expected',
      ['src/a.ts(1,2): error TS1005: ; expected'],
    ],
    [
      'reads Biome diagnostics',
      'src/a.ts:1:1 lint ━━\n  × This let is never reassigned',
      ['× This let is never reassigned'],
    ],
    ['reads npm errors', 'npm ERR! missing script: x', ['npm ERR! missing script: x']],
  ])('%s', (_, text, want) => {
    expect(firstErrorLines(text)).toEqual(want);
  });

  it('keeps at most `max` lines', () => {
    expect(firstErrorLines('Error: a\nb\nc\nd\ne\nf\ng', 3)).toEqual(['Error: a', 'b', 'c']);
  });
});
