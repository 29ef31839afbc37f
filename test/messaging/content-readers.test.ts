import { describe, expect, it } from 'vitest';
import { EnvelopeSchema } from '../../src/messaging/envelope';
import { PageRequestSchema } from '../../src/messaging/page-protocol';
import { readEnvelope } from '../../src/messaging/read-envelope';
import { readPageRequest } from '../../src/messaging/read-page-request';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/settings/settings';
import { settingsFromBackground } from '../../src/settings/settings-rules';
import { seededRandom } from '../support/seeded-random';

const KEYS = ['type', 'ok', 'data', 'error', 'entityId', 'step', 'extra', '__proto__', 'constructor'];
const ATOMS: unknown[] = [
  true,
  false,
  null,
  undefined,
  0,
  1,
  -1,
  2,
  0.5,
  Number.NaN,
  '',
  'x',
  'keir-starmer',
  'k'.repeat(80),
  'k'.repeat(81),
  'page/mentions',
  'page/goto',
  'page/move',
  'page/other',
  [],
  [1],
  {},
];

/** A value as a message can arrive (a structured clone): atoms, arrays, and plain objects of them. */
function value(next: () => number, depth = 0): unknown {
  const r = next();
  if (depth > 1 || r < 0.3) return ATOMS[Math.floor(next() * ATOMS.length)];
  if (r < 0.4) return Array.from({ length: Math.floor(next() * 3) }, () => value(next, depth + 1));
  const out: Record<string, unknown> = {};
  for (let k = Math.floor(next() * 4); k > 0; k--)
    Object.defineProperty(out, KEYS[Math.floor(next() * KEYS.length)]!, {
      value: value(next, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** Messages near the valid ones: each valid shape with one key changed, added or removed. */
function nearMessages(): unknown[] {
  const valid: Record<string, unknown>[] = [
    { type: 'page/mentions' },
    { type: 'page/goto', entityId: 'keir-starmer' },
    { type: 'page/move', step: 1 },
    { type: 'page/move', step: -1 },
    { ok: true, data: { total: 3 } },
    { ok: true, data: null },
    { ok: true, data: undefined },
    { ok: false, error: 'no such entity' },
  ];
  const out: unknown[] = [...valid];
  for (const m of valid) {
    for (const key of Object.keys(m)) {
      const { [key]: _, ...without } = m;
      out.push(without);
      for (const atom of ATOMS) out.push({ ...m, [key]: atom });
    }
    for (const atom of ATOMS) out.push({ ...m, extra: atom });
  }
  return out;
}

function agree(
  read: (m: unknown) => unknown,
  schema: { safeParse(m: unknown): { success: boolean; data?: unknown } },
) {
  const cases = [...nearMessages()];
  const next = seededRandom(20261201);
  for (let i = 0; i < 5000; i++) cases.push(value(next));
  for (const message of cases) {
    const parsed = schema.safeParse(message);
    const label = JSON.stringify(message) ?? String(message);
    expect(read(message), label).toEqual(parsed.success ? parsed.data : null);
  }
}

describe("the content script's readers accept exactly what the schemas they stand in for accept", () => {
  it('reads envelopes as EnvelopeSchema does', () => agree(readEnvelope, EnvelopeSchema));
  it('reads page requests as PageRequestSchema does', () => agree(readPageRequest, PageRequestSchema));
});

describe('settingsFromBackground', () => {
  it('keeps the settings the background sends (checked there), whatever was stored', () => {
    const stored: unknown[] = [
      undefined,
      { marking: 'page', hoverDelayMs: 900, mutedEntities: ['keir-starmer'] },
      {
        highlightStyle: 'underline',
        pausedSites: ['example.com'],
        kinds: { person: false, topic: true, organisation: true },
      },
      { hoverDelayMs: -5, marking: 'sometimes', privateHighlights: 'yes' },
    ];
    for (const raw of stored) {
      const sent = structuredClone(parseSettings(raw));
      expect(settingsFromBackground(sent)).toEqual(parseSettings(raw));
    }
  });

  it('falls back to the defaults when the background sends no settings', () => {
    for (const reply of [null, undefined, 'settings', 3, [], {}, { version: 2 }, { marking: 'page' }])
      expect(settingsFromBackground(reply)).toEqual(DEFAULT_SETTINGS);
  });
});
