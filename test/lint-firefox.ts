/**
 * `npm run lint:firefox`: runs web-ext lint (Mozilla's add-on checks) on the Firefox build and
 * fails on any error, and on any warning that is not one of the explained ones below. Each remaining
 * warning is printed with the reason it is safe; the README lists the same.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/** Warnings that come from libraries' code paths Gloss never takes, with why. */
const EXPLAINED: Record<string, string> = {
  UNSAFE_VAR_ASSIGNMENT:
    "Preact's renderer assigns innerHTML only for dangerouslySetInnerHTML, which Gloss never uses (Biome's noDangerouslySetInnerHtml rule forbids it in the sources)",
  DANGEROUS_EVAL:
    "zod's probe for eval support and its schema compiler; Gloss sets z.config({ jitless: true }), so neither runs, and the extension's CSP forbids eval anyway",
};

const root = resolve(import.meta.dirname, '..');
const run = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'],
  { cwd: root, encoding: 'utf8' },
);
let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint gave no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const unexplained = report.warnings.filter((w) => !EXPLAINED[w.code]);
for (const e of report.errors) console.error(`error ${e.code} in ${e.file ?? 'the add-on'}: ${e.message}`);
for (const w of unexplained) console.error(`warning ${w.code} in ${w.file ?? 'the add-on'}: ${w.message}`);
for (const w of report.warnings.filter((w) => EXPLAINED[w.code]))
  console.log(`explained warning ${w.code} in ${w.file}: ${EXPLAINED[w.code]}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`,
);
process.exit(report.errors.length || unexplained.length ? 1 : 0);
