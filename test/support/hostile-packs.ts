import type { PackInput } from '../../src/core/dataset/pack';

/** A generated pack file: what it tries, and its JSON text (as a reader's file would hold it). */
export interface GeneratedPack {
  name: string;
  json: string;
}

/** A small valid pack that uses every field, which the generators break one way at a time. */
export function basePack(): PackInput {
  return {
    format: 1,
    id: 'fuzz-desk',
    title: 'Fuzz desk',
    version: '1.0.0',
    date: '2025-07-01',
    licence: 'CC BY 4.0',
    description: 'A pack for testing.',
    entities: [
      {
        id: 'fuzz-person',
        kind: 'person',
        name: 'Fuzz Person',
        description: 'An official in a test.',
        roles: [{ title: 'Envoy', from: { value: '2025-01', basis: 'printed' }, sources: ['fuzz-source-a'] }],
        aliases: [{ text: 'Fuzz Person', lang: 'en', rule: 'capitalised' }],
        excludes: ['Fuzz Person Jr'],
      },
    ],
    facts: [
      {
        id: 'fuzz-fact',
        entities: ['fuzz-person', 'keir-starmer'],
        statement: 'Fuzz Person met Keir Starmer.',
        date: {
          value: '2025-06-04',
          basis: 'resolved',
          resolvedFrom: 'on Wednesday',
          note: 'from the dateline',
        },
        kind: 'event',
        evidence: [{ source: 'fuzz-source-a', quote: 'The two met on Wednesday.' }],
      },
    ],
    sources: [
      {
        id: 'fuzz-source-a',
        outlet: 'Fuzz Times',
        title: 'A meeting',
        url: 'https://fuzz.example/a',
        published: { value: '2025-06-05', basis: 'printed' },
        language: 'en',
        author: 'A. Writer',
        relays: [],
      },
      {
        id: 'fuzz-source-b',
        outlet: 'Fuzz Post',
        title: 'The meeting, retold',
        url: 'https://post.example/b',
        published: { value: '2025-06-06', basis: 'printed' },
        language: 'en',
        relays: ['fuzz-source-a'],
      },
    ],
    notes: [
      {
        id: 'fuzz-note',
        kind: 'single-origin',
        facts: ['fuzz-fact'],
        entities: ['fuzz-person'],
        text: 'Both reports go back to one.',
        variants: [{ source: 'fuzz-source-b', says: 'It says so too.' }],
      },
    ],
  };
}

type Kind = 'text' | 'id' | 'enum' | 'bool' | 'date' | 'list' | 'object' | 'url' | 'lang' | 'literal';

/** Every field of `basePack` with what it holds; required ones are marked. */
const FIELDS: [path: string, kind: Kind, required: boolean][] = [
  ['format', 'literal', true],
  ['id', 'id', true],
  ['title', 'text', true],
  ['version', 'text', true],
  ['date', 'date', true],
  ['licence', 'text', true],
  ['description', 'text', false],
  ['entities', 'list', true],
  ['facts', 'list', true],
  ['sources', 'list', true],
  ['entities.0', 'object', true],
  ['entities.0.id', 'id', true],
  ['entities.0.kind', 'enum', true],
  ['entities.0.name', 'text', true],
  ['entities.0.description', 'text', true],
  ['entities.0.roles', 'list', false],
  ['entities.0.roles.0.title', 'text', true],
  ['entities.0.roles.0.from', 'object', false],
  ['entities.0.roles.0.from.value', 'date', true],
  ['entities.0.roles.0.sources', 'list', false],
  ['entities.0.aliases', 'list', true],
  ['entities.0.aliases.0.text', 'text', true],
  ['entities.0.aliases.0.lang', 'lang', true],
  ['entities.0.aliases.0.rule', 'enum', true],
  ['entities.0.excludes', 'list', false],
  ['entities.0.excludes.0', 'text', false],
  ['facts.0.id', 'id', true],
  ['facts.0.entities', 'list', true],
  ['facts.0.statement', 'text', true],
  ['facts.0.date', 'object', true],
  ['facts.0.date.value', 'date', true],
  ['facts.0.date.basis', 'enum', true],
  ['facts.0.date.resolvedFrom', 'text', true],
  ['facts.0.date.note', 'text', false],
  ['facts.0.kind', 'enum', true],
  ['facts.0.evidence', 'list', true],
  ['facts.0.evidence.0.source', 'id', true],
  ['facts.0.evidence.0.quote', 'text', true],
  ['sources.0.id', 'id', true],
  ['sources.0.outlet', 'text', true],
  ['sources.0.title', 'text', true],
  ['sources.0.url', 'url', true],
  ['sources.0.published', 'object', true],
  ['sources.0.language', 'lang', true],
  ['sources.0.author', 'text', false],
  ['sources.1.relays', 'list', false],
  ['notes.0.id', 'id', true],
  ['notes.0.kind', 'enum', true],
  ['notes.0.text', 'text', true],
  ['notes.0.variants.0.says', 'text', true],
];

/** Values of the wrong type for each kind of field (none of them valid there). */
const WRONG: Record<Kind, unknown[]> = {
  text: [null, 0, -1, true, [], {}, ['a'], { text: 'a' }],
  id: [null, 7, false, [], {}, '', 'Not A Slug', '../../etc/passwd', '<b>x</b>', 'a--b', 'x'.repeat(81)],
  enum: [null, 1, true, [], {}, '', 'PERSON', 'robot', 'constructor'],
  bool: [null, 'true', 1, [], {}],
  date: [null, 2025, true, [], {}, ''],
  list: [null, 'a', 1, true, {}, { length: 1, 0: 'x' }],
  object: [null, 'a', 1, true, [], [{}]],
  url: [null, 1, true, [], {}, ''],
  lang: [null, 1, true, [], {}, '', 'english', 'EN', 'e'],
  literal: [null, 0, 2, '1', true, [], {}],
};

/** Impossible or malformed calendar dates. */
const BAD_DATES = [
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '2023-02-29',
  '2025-04-31',
  '2025-06-31',
  '0000-00-00',
  '2025-6-4',
  '20250604',
  '2025-06-04T00:00:00Z',
  'yesterday',
  '99999',
  '-2025',
  '２０２５',
  '1e3',
  '2025-06-04 ',
];
const DATE_PATHS = [
  'date',
  'facts.0.date.value',
  'facts.0.date.end',
  'sources.0.published.value',
  'entities.0.roles.0.from.value',
];

/** Addresses that are not plain http(s) links: 20+ schemes and the tricks browsers forgive. */
const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://fuzz.example/x',
  'ws://fuzz.example/socket',
  'wss://fuzz.example/socket',
  'blob:https://fuzz.example/uuid',
  'about:blank',
  'chrome://settings',
  'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
  'moz-extension://uuid/options.html',
  'view-source:https://fuzz.example/',
  'mailto:desk@fuzz.example',
  'tel:+441234567890',
  'sms:+441234567890',
  'intent://scan/#Intent;scheme=zxing;end',
  'jar:https://fuzz.example/a.jar!/b',
  'gopher://fuzz.example/',
  'ldap://fuzz.example/',
  'ssh://fuzz.example/',
  'smb://fuzz.example/share',
  'irc://fuzz.example/channel',
  'magnet:?xt=urn:btih:abc',
  'market://details?id=x',
  'https:fuzz.example',
  '//fuzz.example/x',
  'http:/fuzz.example',
  'https://',
  'https://user:pass@fuzz.example/',
  'https://fuzz.example\\@evil.example/',
  '\\\\evil.example\\share',
  'https://fuzz.example/a b',
  'https://fuzz.example/\u0000',
  'https://gov.uk\u202Eevil.example/',
  `https://fuzz.example/${'a'.repeat(3000)}`,
];

/** Characters that hide or reorder text. */
const TRICKS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u0085',
  '\u009B',
  '\u061C',
  '\u180E',
  '\u3164',
];
const TRICK_PATHS = [
  'title',
  'entities.0.name',
  'entities.0.aliases.0.text',
  'entities.0.excludes.0',
  'entities.0.roles.0.title',
  'facts.0.statement',
  'facts.0.evidence.0.quote',
  'facts.0.date.note',
  'sources.0.outlet',
  'sources.0.title',
  'sources.0.url',
  'notes.0.text',
];

/** Markup and script, which must only ever be text. */
export const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; alert(1); //",
  '{{constructor.constructor("alert(1)")()}}',
  '<a href="javascript:alert(1)">x</a>',
  '<style>*{display:none}</style>',
  '</gloss-card><iframe src=//evil.example>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the payload
  '${alert(1)}',
  '<!--',
];

/** Defects to pair with markup, so a pack full of markup is also refused. */
const DEFECTS: [string, (p: PackInput) => void][] = [
  ['a bad version', (p) => (p.version = 'one')],
  ['a dangling fact entity', (p) => p.facts[0]!.entities.push('nobody-here')],
  ['no evidence', (p) => (p.facts[0]!.evidence = [])],
  ['an unknown field', (p) => ((p as Record<string, unknown>).extra = true)],
  ['a duplicate source', (p) => p.sources.push(structuredClone(p.sources[0]!))],
  ['a javascript: link', (p) => (p.sources[1]!.url = 'javascript:alert(1)')],
  ['an impossible date', (p) => (p.facts[0]!.date.value = '2025-02-30')],
  ['a note about nothing', (p) => Object.assign(p.notes![0]!, { facts: [], entities: [] })],
  ['a source relaying itself', (p) => (p.sources[1]!.relays = ['fuzz-source-b'])],
  ['no aliases', (p) => (p.entities[0]!.aliases = [])],
];

/**
 * At least 1,000 pack files that must each be refused with a message: wrong types, missing
 * fields, duplicates, dangling references, `__proto__` and `constructor` keys, huge strings and
 * arrays, deep nesting, impossible dates, non-http addresses, markup everywhere (with a defect),
 * and bidirectional and invisible characters. Deterministic: the same list on every run.
 */
export function hostilePacks(): GeneratedPack[] {
  const out: GeneratedPack[] = [];
  const add = (name: string, change: (p: PackInput) => void) => {
    const pack = basePack();
    change(pack);
    out.push({ name, json: JSON.stringify(pack) });
  };
  for (const [path, kind, required] of FIELDS) {
    for (const value of WRONG[kind]) add(`${path} = ${short(value)}`, (p) => setAt(p, path, value));
    if (required) add(`${path} missing`, (p) => deleteAt(p, path));
  }
  for (const list of ['entities', 'facts', 'sources', 'notes'] as const) {
    add(`a duplicate in ${list}`, (p) => (p[list] as unknown[]).push(structuredClone(p[list]![0])));
    add(`a duplicate id in ${list} with other content`, (p) => {
      const copy = structuredClone(p[list]![0]) as Record<string, unknown>;
      for (const key of ['statement', 'name', 'title', 'text']) if (key in copy) copy[key] = 'Other';
      (p[list] as unknown[]).push(copy);
    });
  }
  const REFERENCES = [
    'facts.0.entities.0',
    'facts.0.evidence.0.source',
    'entities.0.roles.0.sources.0',
    'sources.1.relays.0',
    'notes.0.facts.0',
    'notes.0.entities.0',
    'notes.0.variants.0.source',
  ];
  for (const path of REFERENCES)
    for (const ghost of ['ghost', 'keir-starmer-2', 'fuzz-fact-x', 'a', 'constructor'])
      add(`${path} points at "${ghost}"`, (p) => setAt(p, path, ghost));
  for (const date of BAD_DATES)
    for (const path of DATE_PATHS) add(`${path} = ${date}`, (p) => setAt(p, path, date));
  add('a date range that ends before it starts', (p) => (p.facts[0]!.date.end = '2025-01-01'));
  for (const url of BAD_URLS)
    for (const path of ['sources.0.url', 'sources.1.url'])
      add(`${path} = ${short(url)}`, (p) => setAt(p, path, url));
  for (const trick of TRICKS)
    for (const path of TRICK_PATHS)
      for (const where of ['start', 'middle', 'end'] as const)
        add(`U+${trick.charCodeAt(0).toString(16).padStart(4, '0')} at the ${where} of ${path}`, (p) =>
          setAt(p, path, insert(String(getAt(p, path)), trick, where)),
        );
  for (const [i, payload] of MARKUP.entries())
    for (const [defect, change] of DEFECTS)
      add(`markup ${i} in every string, and ${defect}`, (p) => {
        fillStrings(p, payload);
        change(p);
      });
  for (const path of TRICK_PATHS.filter((p) => !p.endsWith('url')))
    add(`a huge string in ${path}`, (p) => setAt(p, path, 'x'.repeat(1_000_000)));
  const HUGE_LISTS: [string, () => unknown][] = [
    ['entities.0.aliases', () => ({ text: 'Fuzz', lang: 'en', rule: 'capitalised' })],
    ['entities.0.excludes', () => 'Fuzz Person Jr'],
    ['facts.0.entities', () => 'fuzz-person'],
    ['facts.0.evidence', () => ({ source: 'fuzz-source-a', quote: 'The two met.' })],
    ['sources.1.relays', () => 'fuzz-source-a'],
    ['notes.0.variants', () => ({ source: 'fuzz-source-a', says: 'x' })],
    ['entities.0.roles', () => ({ title: 'Envoy', sources: [] })],
  ];
  for (const [path, item] of HUGE_LISTS)
    add(`a huge list in ${path}`, (p) => setAt(p, path, Array.from({ length: 5000 }, item)));
  add('100,001 entities', (p) => {
    (p as { entities: unknown }).entities = new Array(100_001).fill(0);
  });
  for (const path of ['description', 'entities.0', 'facts.0.date', 'sources', 'notes.0.variants.0'])
    for (const shape of ['array', 'object'] as const)
      add(`${shape}s nested 3,000 deep in ${path}`, (p) => setAt(p, path, nested(3000, shape)));
  out.push(...prototypeKeys());
  return out;
}

/** Packs with markup and script in every string and nothing else wrong: stored, only as text. */
export function inertPacks(): GeneratedPack[] {
  return MARKUP.map((payload, i) => {
    const pack = basePack();
    fillStrings(pack, payload);
    pack.id = `fuzz-inert-${i}`;
    for (const [k, s] of pack.sources.entries())
      s.url = `https://fuzz.example/${k}?q=${encodeURIComponent(payload)}`;
    return { name: `markup ${i} in every string`, json: JSON.stringify(pack) };
  });
}

/** `__proto__`, `constructor` and `prototype` keys at every level, written as a file would. */
function prototypeKeys(): GeneratedPack[] {
  const out: GeneratedPack[] = [];
  const levels = [
    '',
    'entities.0',
    'entities.0.aliases.0',
    'facts.0',
    'facts.0.date',
    'facts.0.evidence.0',
    'sources.0',
    'notes.0',
    'notes.0.variants.0',
  ];
  const payloads = [
    '{"polluted":true}',
    '{"isAdmin":true,"toString":1}',
    'null',
    '{"prototype":{"polluted":true}}',
  ];
  for (const level of levels)
    for (const key of ['__proto__', 'constructor', 'prototype'])
      for (const payload of payloads) {
        const pack = basePack();
        const target = (level ? getAt(pack, level) : pack) as Record<string, unknown>;
        target.__marker__ = 0;
        out.push({
          name: `"${key}": ${payload} in ${level || 'the pack'}`,
          json: JSON.stringify(pack).replace('"__marker__":0', `"${key}":${payload}`),
        });
      }
  return out;
}

/** Puts `payload` into every string of the pack that is shown as text (not ids, enums, dates). */
function fillStrings(pack: PackInput, payload: string): void {
  pack.title = payload;
  pack.licence = payload;
  pack.description = payload;
  for (const e of pack.entities) {
    e.name = payload;
    e.description = payload;
    e.aliases = [{ text: `Fuzz ${payload}`, lang: 'en', rule: 'capitalised' }];
    e.excludes = [payload];
    for (const r of e.roles ?? []) r.title = payload;
  }
  for (const f of pack.facts) {
    f.statement = payload;
    f.date.note = payload;
    f.date.resolvedFrom = payload;
    for (const ev of f.evidence) ev.quote = payload;
  }
  for (const s of pack.sources) {
    s.outlet = payload;
    s.title = payload;
    if (s.author) s.author = payload;
  }
  for (const n of pack.notes ?? []) {
    n.text = payload;
    for (const v of n.variants ?? []) v.says = payload;
  }
}

function insert(text: string, trick: string, where: 'start' | 'middle' | 'end'): string {
  if (where === 'start') return trick + text;
  if (where === 'end') return text + trick;
  const at = text.length >> 1;
  return text.slice(0, at) + trick + text.slice(at);
}

function nested(depth: number, shape: 'array' | 'object'): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = shape === 'array' ? [value] : { a: value };
  return value;
}

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function getAt(root: unknown, path: string): unknown {
  if (!path) return root;
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}

function setAt(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  (getAt(root, keys.join('.') || '') as Record<string, unknown>)[last] = value;
}

function deleteAt(root: unknown, path: string): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = (keys.length ? getAt(root, keys.join('.')) : root) as Record<string, unknown> | unknown[];
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
}

/** `basePack` under another id and title: the pack others point to in the dependency tests. */
export function zuluBase(): PackInput {
  return { ...basePack(), id: 'zulu-base', title: 'Zulu base' };
}

/** A pack of one fact about `basePack`'s person, citing its source: it points to that pack. */
export function alphaNotes(): PackInput {
  return {
    format: 1,
    id: 'alpha-notes',
    title: 'Alpha notes',
    version: '1.0.0',
    date: '2025-07-01',
    licence: 'CC0',
    entities: [],
    sources: [],
    facts: [
      {
        id: 'alpha-fact',
        entities: ['fuzz-person'],
        statement: 'Fuzz Person spoke.',
        date: { value: '2025-06-04', basis: 'printed' },
        kind: 'event',
        evidence: [{ source: 'fuzz-source-a', quote: 'He spoke.' }],
      },
    ],
    notes: [],
  };
}
