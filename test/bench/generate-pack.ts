import type { PackInput } from '../../src/core/dataset/pack';

/** Deterministic pseudo-random numbers (a linear congruential generator), so runs are comparable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = [
  'an',
  'bel',
  'cor',
  'dan',
  'el',
  'fin',
  'gar',
  'hol',
  'is',
  'jon',
  'kar',
  'lin',
  'mar',
  'nor',
  'ol',
  'per',
  'quin',
  'ros',
  'sal',
  'tor',
  'ul',
  'val',
  'wen',
  'yar',
  'zel',
];

/** A made-up capitalised name of two or three syllables, unique for `i`. */
export function syntheticName(i: number, salt: number): string {
  let n = i * 7 + salt;
  let word = '';
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * A valid pack of `entities` people, each with `aliasesPer` aliases (full name, surname, and
 * variants), `factsPer` facts citing one of `sources` sources, and a note per ten facts.
 */
export function generatePack(options: {
  entities: number;
  aliasesPer: number;
  factsPer: number;
  sources: number;
  seed?: number;
}): PackInput {
  const random = seededRandom(options.seed ?? 7);
  const sources = Array.from({ length: options.sources }, (_, i) => ({
    id: `gen-source-${i}`,
    outlet: `Outlet ${i % 40}`,
    title: `Generated report ${i}`,
    url: `https://example.org/report/${i}`,
    published: { value: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`, basis: 'printed' as const },
    language: 'en',
  }));
  const entities: PackInput['entities'] = [];
  const facts: PackInput['facts'] = [];
  const notes: NonNullable<PackInput['notes']> = [];
  for (let e = 0; e < options.entities; e++) {
    const first = syntheticName(e, 3);
    const last = syntheticName(e, 11);
    const id = `gen-${e}`;
    const aliasTexts = [
      `${first} ${last}`,
      `${last}`,
      `${first[0]}. ${last}`,
      `${first} ${last}-${syntheticName(e, 5)}`,
      `${last}ov`,
    ];
    while (aliasTexts.length < options.aliasesPer) aliasTexts.push(`${first} ${last} ${aliasTexts.length}`);
    entities.push({
      id,
      kind: 'person',
      name: `${first} ${last}`,
      description: `A generated person, number ${e}.`,
      aliases: aliasTexts.slice(0, options.aliasesPer).map((text, k) => ({
        text,
        lang: 'en',
        rule: k === 1 ? ('after-full-name' as const) : ('capitalised' as const),
      })),
    });
    for (let f = 0; f < options.factsPer; f++) {
      const source = Math.floor(random() * options.sources);
      const month = String(Math.floor(random() * 12) + 1).padStart(2, '0');
      facts.push({
        id: `gen-${e}-fact-${f}`,
        entities: [id],
        statement: `${first} ${last} did generated thing ${f}.`,
        date: { value: `2024-${month}`, basis: 'printed' },
        kind: 'event',
        evidence: [{ source: `gen-source-${source}`, quote: `${last} did thing ${f}` }],
      });
      if (f % 10 === 0) {
        notes.push({
          id: `gen-${e}-note-${f}`,
          kind: 'agreement',
          facts: [`gen-${e}-fact-${f}`],
          text: 'Generated note.',
        });
      }
    }
  }
  return {
    format: 1,
    id: 'generated-pack',
    title: 'Generated benchmark pack',
    version: '1.0.0',
    date: '2026-11-22',
    licence: 'CC0',
    entities,
    facts,
    sources,
    notes,
  };
}

/**
 * A valid pack with one person, `big-entity`, of `facts` single-day facts spread over 2020–2025,
 * each cited by one to three of 60 outlets: the card's worst case for reading by date.
 */
export function generateBigEntityPack(facts: number): PackInput {
  const random = seededRandom(11);
  const day = (i: number) =>
    new Date(Date.UTC(2020, 0, 1) + (i % 2190) * 86_400_000).toISOString().slice(0, 10);
  const sources = Array.from({ length: 60 }, (_, i) => ({
    id: `big-source-${i}`,
    outlet: `Big outlet ${i}`,
    title: `Big report ${i}`,
    url: `https://example.org/big/${i}`,
    published: { value: day(i * 36), basis: 'printed' as const },
    language: 'en',
  }));
  return {
    format: 1,
    id: 'big-entity-pack',
    title: 'One entity with many facts',
    version: '1.0.0',
    date: '2026-12-01',
    licence: 'CC0',
    entities: [
      {
        id: 'big-entity',
        kind: 'person',
        name: 'Bigly Manyfacts',
        description: 'A generated person with very many facts.',
        aliases: [{ text: 'Bigly Manyfacts', lang: 'en', rule: 'capitalised' }],
      },
    ],
    facts: Array.from({ length: facts }, (_, i) => ({
      id: `big-fact-${i}`,
      entities: ['big-entity'],
      statement: `Bigly Manyfacts did generated thing ${i}.`,
      date: { value: day(i), basis: 'printed' as const },
      kind: 'event' as const,
      evidence: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({
        source: `big-source-${(i + k * 7) % 60}`,
        quote: `thing ${i}`,
      })),
    })),
    sources,
    notes: [],
  };
}
