import { describe, expect, it } from 'vitest';
import type { PackInput } from '../../../src/core/dataset/pack';
import { quotedFragments, verifyPack } from '../../../src/core/dataset/verify-pack';
import { bundledPackInput } from '../../../src/data/bundled-pack';
import { describeWithShared, readSeedArchives } from '../../support/shared-data';

/**
 * Stand-in archives made of the bundled quotes themselves (evidence quotes and the quoted fragments
 * of note variants), one text per archive file, so the checks below run in any clone; the real
 * archived seeds are checked in their own suite.
 */
function quotesAsArchives(pack: PackInput): Map<string, string> {
  const fileOf = new Map(pack.sources.map((s) => [s.id, s.archive]));
  const texts = new Map<string, string>();
  const add = (source: string, quote: string) => {
    const file = fileOf.get(source);
    if (file) texts.set(file, `${texts.get(file) ?? ''}\n${quote}`);
  };
  for (const f of pack.facts) for (const e of f.evidence) add(e.source, e.quote);
  for (const n of pack.notes ?? [])
    for (const v of n.variants ?? []) for (const q of quotedFragments(v.says)) add(v.source, q);
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

  it('a fact dated after its earliest report, even when a later report is later still', () => {
    const problems = verifyChanged((p) => {
      p.facts.find((f) => f.id === 'us-says-europe-own-security')!.date = {
        value: '2025-03',
        basis: 'inferred',
        note: 'test',
      };
    });
    expect(problems.join('\n')).toMatch(
      /fact "us-says-europe-own-security" is dated 2025-03, after its source "unn-2025-01-24" was published/,
    );
  });

  it('a missing archive file', () => {
    expect(verifyPack(bundledPackInput, new Map()).problems[0]?.message).toMatch(/archive .* was not found/);
  });
});

describe('verifyPack holds a curated pack to its rules, and catches', () => {
  const fact = (p: PackInput, id: string) => p.facts.find((f) => f.id === id)!;
  it.each<[string, (p: PackInput) => void, RegExp]>([
    [
      'a role with no source',
      (p) => (p.entities.find((e) => e.id === 'keir-starmer')!.roles![0]!.sources = []),
      /entities\.2\.roles\.0\.sources: entity "keir-starmer": role "Prime Minister of the United Kingdom" cites no source/,
    ],
    [
      'a role with no dates',
      (p) => {
        const role = p.entities.find((e) => e.id === 'keir-starmer')!.roles![0]!;
        delete role.from;
        delete role.until;
      },
      /entity "keir-starmer": role "Prime Minister of the United Kingdom" has no dates/,
    ],
    [
      'a description with no source',
      (p) => delete p.entities[0]!.descriptionSources,
      /entities\.0\.descriptionSources: entity "coalition-of-the-willing": its description cites no source/,
    ],
    [
      'anonymity recorded on a source',
      (p) => ((p.sources[0] as Record<string, unknown>).anonymous = true),
      /sources\.0\.anonymous: anonymity is recorded per piece of evidence, not per source/,
    ],
    [
      'evidence with no attribution',
      (p) => delete p.facts[0]!.evidence[0]!.attribution,
      /facts\.0\.evidence\.0\.attribution: fact "us-declines-air-defence-for-force": evidence from "bloomberg-2025-06-04" has no attribution/,
    ],
    [
      'a quote of more than 25 words',
      (p) =>
        (p.facts[0]!.evidence[0]!.quote =
          'The US is refusing to provide air defenses to back the “reassurance force” the UK and France are planning in a postwar Ukraine, people familiar with the matter said.'),
      /facts\.0\.evidence\.0\.quote: fact "us-declines-air-defence-for-force": quote of 29 words \(at most 25\)/,
    ],
    [
      'a fact stacking three quotes from one source',
      (p) =>
        fact(p, 'starmer-us-backstop-remark').evidence.push({
          ...fact(p, 'starmer-us-backstop-remark').evidence[0]!,
        }),
      /fact "starmer-us-backstop-remark" takes 3 quotes from "bloomberg-2025-06-04" \(at most 2\)/,
    ],
    [
      'a note variant whose quoted words are not in the source',
      (p) =>
        (p.notes!.find((n) => n.id === 'coalition-size-differs')!.variants![0]!.says = '“31 participants”'),
      /notes\.\d+\.variants\.0\.says: note "coalition-size-differs": quote not found in bloomberg-2025-06-04/,
    ],
    [
      'a note variant quoting a source with no archived text',
      (p) =>
        (p.notes!.find((n) => n.id === 'january-report-one-origin')!.variants![0]!.says = '“Europeans push”'),
      /note "january-report-one-origin" quotes "bloomberg-2025-01-24", which has no archived text/,
    ],
    [
      'a plan dated before its announcement',
      (p) =>
        (fact(p, 'kellogg-expected-in-kyiv').date = { value: '2025-01-10', basis: 'inferred', note: 'test' }),
      /plan "kellogg-expected-in-kyiv" is dated 2025-01-10, before it was announced/,
    ],
    [
      'an announcement date on something that is not a plan',
      (p) => (fact(p, 'macron-visits-meloni').announced = { value: '2025-06-03', basis: 'printed' }),
      /fact "macron-visits-meloni": only a plan has an announcement date/,
    ],
    [
      'an alias of two letters with no rule',
      (p) =>
        p.entities
          .find((e) => e.id === 'nato')!
          .aliases.push({ text: 'NA', lang: 'en', rule: 'capitalised' }),
      /entity "nato": alias "NA" is shorter than 3 letters and has no rule/,
    ],
    [
      'an entity with neither a Wikidata id nor "none"',
      (p) => delete p.entities[2]!.qid,
      /entities\.2\.qid: entity "keir-starmer" has no Wikidata id and no explicit "none"/,
    ],
    [
      'a "none" with no reason',
      (p) => delete p.entities[0]!.qidNote,
      /entities\.0\.qidNote: entity "coalition-of-the-willing": "none" needs a reason/,
    ],
    [
      'a reference source with no retrieval day',
      (p) => delete p.sources.find((s) => s.kind === 'reference')!.retrieved,
      /reference "wikidata-q6383689" does not say when it was retrieved/,
    ],
  ])('%s', (_name, change, expected) => {
    const problems = verifyChanged(change);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('passes a two-letter alias guarded by a rule', () => {
    expect(
      verifyChanged((p) => {
        p.entities
          .find((e) => e.id === 'nato')!
          .aliases.push({ text: 'NA', lang: 'en', rule: 'after-full-name' });
      }),
    ).toEqual([]);
  });

  it('counts quotes by attribution, sources by kind, and roles', () => {
    const { summary } = verifyPack(bundledPackInput, archives);
    const byKind = summary!.attribution;
    expect(Object.keys(byKind)).toEqual(['on-record', 'unnamed', 'outlet', 'relay']);
    expect(Object.values(byKind).reduce((a, b) => a + b, 0)).toBe(summary!.evidence);
    expect(byKind['on-record']).toBeGreaterThan(0);
    expect(summary!.sources).toEqual({ report: 7, reference: 8 });
    expect(summary!.roles).toBe(bundledPackInput.entities.reduce((n, e) => n + (e.roles?.length ?? 0), 0));
  });
});

describe('quotedFragments', () => {
  it.each<[string, string[]]>([
    ['“30 participants” (reported in April 2025)', ['30 participants']],
    ['body: “air defenses”; headline: “air cover”', ['air defenses', 'air cover']],
    ['"straight" and “curly”', ['straight', 'curly']],
    [
      '“had been seeking” … “Bloomberg previously reported”',
      ['had been seeking', 'Bloomberg previously reported'],
    ],
    ['“one…two”', ['one', 'two']],
    ['a description with no quotes', []],
  ])('%s', (says, expected) => {
    expect(quotedFragments(says)).toEqual(expected);
  });
});
