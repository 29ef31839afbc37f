/**
 * `npm run data:verify [-- --archive DIR] [--pack FILE] [--require-archive]`: verifies the bundled
 * pack (or a pack file) against the archived source texts in DIR (default ../shared/seeds). Prints
 * counts by kind (entities, facts, notes, sources), the roles, and the quotes by attribution, and exits 0, or lists every problem with its path and exits 1. Without the archive folder
 * everything but the quotes is verified and it says so; `--require-archive` (used by CI) makes a
 * missing folder an error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifyPack } from '../core/dataset/verify-pack';
import { bundledPackInput } from './bundled-pack';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const archiveDir = resolve(option('--archive', '../shared/seeds'));
const packFile = option('--pack', '');
const requireArchive = process.argv.includes('--require-archive');
let archives: Map<string, string> | null = null;
if (existsSync(archiveDir)) {
  archives = new Map();
  for (const name of readdirSync(archiveDir)) {
    if (name.endsWith('.txt')) archives.set(name, readFileSync(join(archiveDir, name), 'utf8'));
  }
} else if (requireArchive) {
  console.error('quotes not verified: archive folder not found (--require-archive was given)');
  process.exit(1);
}
const input: unknown = packFile ? JSON.parse(readFileSync(packFile, 'utf8')) : bundledPackInput;
const { problems, summary } = verifyPack(input, archives);

if (summary) {
  const line = (label: string, counts: Record<string, number>) =>
    `${label}: ${Object.values(counts).reduce((a, b) => a + b, 0)} (${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`;
  console.log(line('entities', summary.entities));
  console.log(line('facts', summary.facts));
  console.log(line('notes', summary.notes));
  console.log(line('sources', summary.sources));
  console.log(`roles: ${summary.roles}`);
  console.log(line('quotes by attribution', summary.attribution));
  console.log(`evidence items: ${summary.evidence}; archived texts read: ${archives?.size ?? 0}`);
  console.log(line('sources cited', summary.citations));
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p.path}: ${p.message}`);
  process.exit(1);
}
if (archives === null) {
  console.log(
    '\nThe pack verifies: every fact dated and sourced. Quotes not verified: archive folder not found.',
  );
} else {
  console.log('\nThe pack verifies: every fact dated and sourced, every quote found in its archived text.');
}
