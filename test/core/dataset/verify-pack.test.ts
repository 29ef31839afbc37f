import { describe, expect, it } from 'vitest';
import type { PackInput } from '../../../src/core/dataset/pack';
import { verifyPack } from '../../../src/core/dataset/verify-pack';
import { bundledPackInput } from '../../../src/data/bundled-pack';
import { describeWithShared, readSeedArchives } from '../../support/shared-data';

/**
 * Stand-in archives made of the bundled quotes themselves, one text per archive file, so the checks
 * below run in any clone; the real archived seeds are checked in their own suite.
 */
function quotesAsArchives(pack: PackInput): Map<string, string> {
  const fileOf = new Map(pack.sources.map((s) => [s.id, s.archive]));
  const texts = new Map<string, string>();
  for (const f of pack.facts) {
    for (const e of f.evidence) {
      const file = fileOf.get(e.source);
      if (file) texts.set(file, `${texts.get(file) ?? ''}\n${e.quote}`);
    }
  }
  return texts;
}

const archives = quotesAsArchives(bundledPackInput);

function verifyChanged(change: (pack: PackInput) => void) {
  const copy = structuredClone(bundledPackInput);
  change(copy);
  return verifyPack(copy, archives).problems.map((p) => `${p.path}: ${p.message}`);
}

describeWithShared('seeds', 'verifyPack against the archived seed texts', () => {
  it('passes, with every quote found in its archived text', () => {
    expect(verifyPack(bundledPackInput, readSeedArchives()).problems).toEqual([]);
  });
});

describe('verifyPack on the bundled dataset', () => {
  const report = verifyPack(bundledPackInput, archives);

  it('passes against its own quotes, and with no archives at all checks everything but quotes', () => {
    expect(report.problems).toEqual([]);
    expect(verifyPack(bundledPackInput, null).problems).toEqual([]);
  });

  it('holds well over forty facts, every official of the test contract, and notes of every kind', () => {
    expect(Object.values(report.summary!.facts).reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
    const ids = bundledPackInput.entities.map((e) => e.id);
    for (const id of [
      'coalition-of-the-willing',
      'reassurance-force',
      'keir-starmer',
      'emmanuel-macron',
      'donald-trump',
      'volodymyr-zelenskyy',
      'vladimir-putin',
      'matthew-whitaker',
      'keith-kellogg',
      'patrick-turner',
      'anders-fogh-rasmussen',
      'giorgia-meloni',
    ]) {
      expect(ids).toContain(id);
    }
    expect(Object.keys(report.summary!.notes).sort()).toEqual(
      ['agreement', 'discrepancy', 'single-origin', 'single-outlet', 'wording'].sort(),
    );
  });

  it('gives every person and topic at least one fact', () => {
    const withFacts = new Set(bundledPackInput.facts.flatMap((f) => f.entities));
    expect(bundledPackInput.entities.filter((e) => !withFacts.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});

describe('verifyPack catches', () => {
  it('a broken quote, naming the fact', () => {
    const problems = verifyChanged((p) => {
      p.facts[0]!.evidence[0]!.quote = 'The US is happy to provide air defenses';
    });
    expect(problems.join('\n')).toMatch(
      /facts\.0\.evidence\.0\.quote: fact "us-declines-air-defence-for-force": quote not found/,
    );
  });

  it('a dangling reference, naming the fact', () => {
    const problems = verifyChanged((p) => {
      p.facts[3]!.entities.push('no-such-person');
    });
    expect(problems.join('\n')).toMatch(/facts\.3\.entities\.\d+: unknown entity "no-such-person"/);
  });

  it('an undated fact, naming where', () => {
    const problems = verifyChanged((p) => {
      delete (p.facts[4] as { date?: unknown }).date;
    });
    expect(problems.join('\n')).toMatch(/facts\.4\.date: /);
  });

  it('a fact dated after its source was published', () => {
    const problems = verifyChanged((p) => {
      p.facts[0]!.date = { value: '2025-07-01', basis: 'printed' };
    });
    expect(problems.join('\n')).toMatch(
      /fact "us-declines-air-defence-for-force" is dated 2025-07-01, after its source/,
    );
  });

  it('but not a plan dated after its source', () => {
    const problems = verifyChanged((p) => {
      const plan = p.facts.find((f) => f.kind === 'plan')!;
      plan.date = { value: '2026', basis: 'inferred', note: 'test' };
    });
    expect(problems).toEqual([]);
  });

  it('a source nobody cites', () => {
    const problems = verifyChanged((p) => {
      p.sources.push({ ...p.sources[0]!, id: 'orphan-source', relays: [] });
    });
    expect(problems.join('\n')).toMatch(/source "orphan-source" is never cited/);
  });

  it('a quote from a source with no archived text', () => {
    const problems = verifyChanged((p) => {
      p.facts[0]!.evidence[0]!.source = 'bloomberg-2025-01-24';
    });
    expect(problems.join('\n')).toMatch(/quotes "bloomberg-2025-01-24", which has no archived text/);
  });

  it('a fact from two outlets with no cross-source note', () => {
    const problems = verifyChanged((p) => {
      for (const n of p.notes ?? [])
        n.facts = (n.facts ?? []).filter((f) => f !== 'starmer-us-backstop-remark');
    });
    expect(problems.join('\n')).toMatch(
      /"starmer-us-backstop-remark" is reported by 2 outlets but no cross-source note/,
    );
  });

  it('a missing archive file', () => {
    expect(verifyPack(bundledPackInput, new Map()).problems[0]?.message).toMatch(/archive .* was not found/);
  });
});
