/**
 * `npm run data:verify [-- --archive DIR] [--pack FILE]`: verifies the bundled pack (or a pack
 * file) against the archived source texts in DIR (default ../shared/seeds). Prints a summary and
 * exits 0, or lists every problem with its path and exits 1.
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
const archives = new Map<string, string>();
if (existsSync(archiveDir)) {
  for (const name of readdirSync(archiveDir)) {
    if (name.endsWith('.txt')) archives.set(name, readFileSync(join(archiveDir, name), 'utf8'));
  }
} else {
  console.error(`Archive folder ${archiveDir} not found: quotes cannot be checked.`);
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
  console.log(`evidence items: ${summary.evidence}; archived texts read: ${archives.size}`);
  console.log(line('sources cited', summary.citations));
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p.path}: ${p.message}`);
  process.exit(1);
}
console.log('\nThe pack verifies: every fact dated and sourced, every quote found in its archived text.');
