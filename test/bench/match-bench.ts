/**
 * `npm run bench:match`: mention-finding throughput of Gloss's matcher against three baselines on
 * the same texts in one run: one regular expression per alias, one combined alternation, and
 * mark.js highlighting a DOM built from the same text (happy-dom). Texts: the visible text of the
 * 130 real pages, and a generated 10 MB news-like text. Datasets: the bundled one, and a generated
 * one with 10,000 entities and 50,000 aliases. Slow baselines run on a prefix of the text big
 * enough to take about a second; throughput is per megabyte either way, and the table says how
 * much each one read. Also the compiled matcher's size beside the UTF-8 size of its alias text,
 * and the time to load it in a frame beside parsing the alias list as JSON (the least any frame
 * would do to get the aliases). Gloss and the alternation regex are also timed in alternating
 * rounds on the same text, the matcher alone and with the document-level rules, and the median
 * of the per-round ratios is printed: the figure the 2× target is read from. `--quick` uses a 1 MB generated text and shorter timings (under
 * two minutes).
 *
 * Run it bundled (the npm script does): under an on-the-fly TypeScript loader the class fields
 * the matcher reads in its hot loop are slower than in the built extension.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { PackSchema } from '../../src/core/dataset/pack';
import { aliasesFromEntities } from '../../src/core/match/aliases-from-entities';
import { compileMatcher } from '../../src/core/match/compile-matcher';
import { Matcher } from '../../src/core/match/matcher';
import type { MatcherAlias } from '../../src/core/match/matcher-data';
import { findMentions } from '../../src/core/match/resolve-mentions';
import { bundledPack } from '../core/match/bundled-matcher';
import { generatePack } from './generate-pack';
import { newsLikeText } from './news-text';
import { readCorpus } from './page-text';

const require = createRequire(import.meta.url);
const quick = process.argv.includes('--quick');
const CORPUS = resolve(process.cwd(), '../shared/corpus/realpages');
const BUDGET_MS = quick ? 300 : 1000;

type Method = (texts: string[]) => number;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD = /[\p{L}\p{N}]/u;

/** Counts the matches of a global regex that stand as whole words (boundaries checked in JS). */
function countWholeWords(re: RegExp, text: string): number {
  let count = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if ((!before || !WORD.test(before)) && (!after || !WORD.test(after))) count++;
  }
  return count;
}

// Baselines as a competent developer would write them: plain `g`/`gi` regexes (V8 compiles a
// 50,000-way alternation with them; with the `u` flag and Unicode lookbehind it runs out of
// memory), word boundaries checked on each match.
function perAliasRegexes(aliases: MatcherAlias[]): Method {
  const regexes = aliases
    .filter((a) => a.entityId)
    .map((a) => new RegExp(escapeRegExp(a.text), a.rule === 'any-case' ? 'gi' : 'g'));
  return (texts) => {
    let count = 0;
    for (const text of texts) for (const re of regexes) count += countWholeWords(re, text);
    return count;
  };
}

function alternationRegex(aliases: MatcherAlias[]): Method {
  const sorted = aliases
    .filter((a) => a.entityId)
    .map((a) => a.text)
    .sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.map(escapeRegExp).join('|'), 'gi');
  return (texts) => {
    let count = 0;
    for (const text of texts) count += countWholeWords(re, text);
    return count;
  };
}

/** Gloss as the page runs it: candidates from the matcher, then the document-level rules. */
function glossMatcher(aliases: MatcherAlias[]): Method {
  const matcher = new Matcher(compileMatcher(aliases));
  return (texts) => {
    let count = 0;
    for (const text of texts) count += findMentions(matcher, text).length;
    return count;
  };
}

/** The matcher alone: the candidate spans, before the rules (the baselines' own job). */
function glossScan(aliases: MatcherAlias[]): Method {
  const matcher = new Matcher(compileMatcher(aliases));
  return (texts) => {
    let count = 0;
    for (const text of texts) count += matcher.scan(text).length;
    return count;
  };
}

/**
 * Two methods on the same whole texts, timed in alternating rounds so that a busy machine slows
 * both alike: the median of each, and the median of the per-round ratios (a over b).
 */
function paired(a: Method, b: Method, texts: string[]): { a: number; b: number; ratio: number } {
  const mb = (texts.reduce((n, t) => n + t.length, 0) * 2) / 1e6;
  a(texts);
  b(texts);
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < (quick ? 15 : 31); r++) {
    let t0 = performance.now();
    a(texts);
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b(texts);
    tb.push(performance.now() - t0);
    ratios.push(tb.at(-1)! / ta.at(-1)!);
  }
  return { a: mb / (median(ta) / 1000), b: mb / (median(tb) / 1000), ratio: median(ratios) };
}

/** mark.js makes one pass per keyword; past this many it is timed on a sample and scaled. */
const MARK_SAMPLE = 200;

function markJs(aliases: MatcherAlias[]): Method & { scale: number } {
  const window = new Window();
  const g = globalThis as Record<string, unknown>;
  g.window = window;
  g.document = window.document;
  for (const name of ['NodeFilter', 'NodeList', 'Node', 'HTMLElement', 'Element', 'Text']) {
    g[name] = (window as unknown as Record<string, unknown>)[name];
  }
  const all = aliases.filter((a) => a.entityId).map((a) => a.text);
  const keywords = all.slice(0, MARK_SAMPLE);
  const run: Method = (texts) => {
    const body = window.document.body;
    body.innerHTML = '';
    for (const text of texts) {
      for (const line of text.split('\n')) {
        const p = window.document.createElement('p');
        p.textContent = line;
        body.appendChild(p);
      }
    }
    const Mark = require('mark.js') as typeof import('mark.js');
    let count = 0;
    new Mark(body as unknown as HTMLElement).mark(keywords, {
      separateWordSearch: false,
      accuracy: 'exactly',
      caseSensitive: false,
      diacritics: false,
      done: (n: number) => {
        count = n;
      },
    });
    return count;
  };
  return Object.assign(run, { scale: all.length / keywords.length });
}

/** Runs `method` on growing prefixes of `texts` until it takes BUDGET_MS or has read everything. */
function measure(
  method: Method & { scale?: number },
  texts: string[],
  firstChars = 32 * 1024,
): { mbps: number; readMb: number; mentions: number; scaled: boolean } {
  const total = texts.reduce((n, t) => n + t.length, 0);
  const scale = method.scale ?? 1;
  let take = Math.min(total, firstChars);
  for (;;) {
    const part = prefix(texts, take);
    const start = performance.now();
    method(part);
    const ms = (performance.now() - start) * scale;
    const read = part.reduce((n, t) => n + t.length, 0);
    if (ms >= BUDGET_MS || read >= total) {
      // Warmed up at this size: time it again and keep the median of the runs.
      const runs: number[] = [];
      let mentions = 0;
      for (let r = 0; r < (ms > 5 * BUDGET_MS ? 1 : 5); r++) {
        const t0 = performance.now();
        mentions = method(part);
        runs.push((performance.now() - t0) * scale);
      }
      runs.sort((a, b) => a - b);
      const median = runs[Math.floor(runs.length / 2)]!;
      const readMb = (read * 2) / 1e6;
      return { mbps: readMb / (median / 1000), readMb, mentions, scaled: scale > 1 };
    }
    take = Math.min(total, take * Math.max(2, Math.ceil(BUDGET_MS / Math.max(ms, 1))));
  }
}

function ratio(x: number): string {
  return x < 10 ? x.toFixed(2) : Math.round(x).toLocaleString('en');
}

function prefix(texts: string[], chars: number): string[] {
  const out: string[] = [];
  let left = chars;
  for (const t of texts) {
    if (left <= 0) break;
    out.push(t.length <= left ? t : t.slice(0, left));
    left -= t.length;
  }
  return out;
}

function median(runs: number[]): number {
  const sorted = [...runs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Size and load time of the compiled matcher, beside the alias text and a JSON parse of it. */
function loading(label: string, aliases: MatcherAlias[]): string {
  const packed = compileMatcher(aliases);
  const json = JSON.stringify(packed);
  const aliasJson = JSON.stringify(aliases);
  const utf8 = aliases.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const load: number[] = [];
  const parse: number[] = [];
  for (let r = 0; r < (quick ? 5 : 15); r++) {
    let t0 = performance.now();
    new Matcher(JSON.parse(json));
    load.push(performance.now() - t0);
    t0 = performance.now();
    JSON.parse(aliasJson);
    parse.push(performance.now() - t0);
  }
  const l = median(load);
  const p = median(parse);
  return `| ${label} | ${(utf8 / 1e3).toFixed(1)} KB | ${(json.length / 1e3).toFixed(1)} KB (${(json.length / utf8).toFixed(2)}×) | ${l.toFixed(2)} ms (first ${load[0]!.toFixed(2)}) | ${p.toFixed(2)} ms | ${(l / p).toFixed(2)}× |`;
}

function main() {
  console.error(
    `bench:match${quick ? ' --quick' : ''}: expect ${quick ? 'about 1–2 minutes' : 'about 5–8 minutes'} on a quiet two-core machine.`,
  );
  const bundledAliases = aliasesFromEntities(bundledPack.entities);
  // Timed first, with a small heap, as in a frame that has only the bundled matcher (with the
  // large pack and texts held, garbage collection lands in its few milliseconds).
  const bundledLoad = loading('bundled', bundledAliases);
  const generated = PackSchema.parse(
    generatePack({ entities: 10_000, aliasesPer: 5, factsPer: 0, sources: 1 }),
  );
  const largeAliases = [...bundledAliases, ...aliasesFromEntities(generated.entities)];
  const names = [
    ...bundledPack.entities.map((e) => e.name),
    ...generated.entities.slice(0, 200).map((e) => e.name),
  ];
  const texts: [string, string[]][] = [];
  if (existsSync(CORPUS)) texts.push(['130 real pages', readCorpus(CORPUS).map((p) => p.text)]);
  const size = quick ? 1_000_000 : 10_000_000;
  texts.push([`generated ${size / 1e6} MB`, newsLikeText(size, names).split(/(?<=\n)/)]);

  const compileStart = performance.now();
  compileMatcher(largeAliases);
  const compileMs = performance.now() - compileStart;
  console.log(
    `Aliases: bundled ${bundledAliases.length}, large ${largeAliases.length} (${largeAliases.filter((a) => a.entityId).length} for entities); the large matcher compiles (in the background) in ${compileMs.toFixed(0)} ms`,
  );
  console.log('');
  console.log(
    '| matcher | alias text (UTF-8) | compiled, as JSON (× alias text) | load in a frame: parse and unpack, median | baseline: JSON.parse of the alias list | load ÷ baseline |',
  );
  console.log('|---|---|---|---|---|---|');
  console.log(bundledLoad);
  console.log(loading('10k entities / 50k aliases', largeAliases));
  console.log('');
  console.log(
    '| text | dataset | Gloss MB/s (matcher and rules) | matcher alone MB/s | alternation regex MB/s | matcher ÷ alternation, paired rounds | Gloss ÷ alternation | per-alias regex MB/s (Gloss ×) | mark.js MB/s (Gloss ×) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [label, textParts] of texts) {
    for (const [dataset, aliases] of [
      ['bundled', bundledAliases],
      ['10k entities / 50k aliases', largeAliases],
    ] as const) {
      const gloss = measure(glossMatcher(aliases), textParts);
      const alternation = measure(alternationRegex(aliases), textParts);
      const perAlias = measure(perAliasRegexes(aliases), textParts, aliases.length > 1000 ? 2048 : 32 * 1024);
      const mark = measure(markJs(aliases), textParts, 4096);
      // The alternation regex is quick enough to pair with Gloss on the whole text whenever
      // it read the whole text in its budget; otherwise on the part it read.
      const part = prefix(textParts, (alternation.readMb * 1e6) / 2);
      const scan = paired(glossScan(aliases), alternationRegex(aliases), part);
      const full = paired(glossMatcher(aliases), alternationRegex(aliases), part);
      const on = alternation.readMb < gloss.readMb ? `, on ${alternation.readMb.toFixed(2)} MB` : '';
      const cell = (r: { mbps: number; readMb: number; scaled: boolean }) =>
        `${r.mbps < 1 ? r.mbps.toFixed(4) : r.mbps.toFixed(1)} (${ratio(gloss.mbps / r.mbps)}×${r.readMb < gloss.readMb ? `, on ${r.readMb.toFixed(2)} MB` : ''}${r.scaled ? ', est.' : ''})`;
      console.log(
        `| ${label} | ${dataset} | ${full.a.toFixed(1)} | ${scan.a.toFixed(1)} | ${full.b.toFixed(1)} | ${ratio(scan.ratio)}×${on} | ${ratio(full.ratio)}×${on} | ${cell(perAlias)} | ${cell(mark)} |`,
      );
    }
  }
  console.log('');
  console.log(
    `est.: mark.js timed with the first ${MARK_SAMPLE} keywords and scaled linearly (it makes one pass per keyword; with all 50,000 its regex recursion overflows the stack).`,
  );
  console.log(
    'MB are megabytes of UTF-16 text (two bytes a code unit). Gloss finds and resolves mentions; the matcher alone finds the candidate spans (exclusion phrases removed), as the baselines find matches. Paired rounds time each side in turn on the same text and take the median of the per-round ratios.',
  );
}

main();
