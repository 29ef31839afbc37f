import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bundledPackInput } from '../../../src/data/bundled-pack';

/**
 * The content of each bundled pack version, as a digest of its parsed JSON (formatting aside).
 * The background reseeds a store only when the bundled version changes, so a change of any
 * entity, alias, fact, source or note that keeps the version would never reach an existing
 * install. Changing the data means bumping `version` in `bundled-pack.ts` and recording here the
 * digest this test prints.
 */
const RECORDED: Record<string, string> = {
  '1.1.2': '8949e6ce2a7b6968',
  '1.1.3': 'f15c9d049287a104',
  '1.1.4': '4ae8519d70dfe88a',
  '1.1.5': 'ee72080f9c37fd40',
  '1.1.6': 'c0576cd159ba57fe',
};

function digestOf(pack: typeof bundledPackInput): string {
  const { version: _version, ...content } = pack;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}

describe('the bundled pack version', () => {
  it('changes whenever the bundled data does', () => {
    const digest = digestOf(bundledPackInput);
    const recorded = RECORDED[bundledPackInput.version];
    expect(
      recorded,
      `version ${bundledPackInput.version} has no recorded digest: record '${digest}' in this test`,
    ).toBeDefined();
    expect(
      digest,
      `the bundled data changed but its version (${bundledPackInput.version}) did not: bump it in src/data/bundled-pack.ts and record '${digest}' here`,
    ).toBe(recorded);
  });
});
