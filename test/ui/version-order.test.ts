import { describe, expect, it } from 'vitest';
import { isNewer } from '../../src/ui/options/import-flow';

// Whether a pack's version comes after the installed one decides if importing it asks first.
describe('isNewer', () => {
  it.each<[string, string, boolean]>([
    ['1.10.0', '1.9.2', true],
    ['1.9.2', '1.10.0', false],
    ['2.0', '1.99.99', true],
    ['1.0.0', '1.0', false],
    ['1.0.1', '1.0', true],
    ['1.0.0-beta', '1.0.0-alpha', true],
    ['01.2', '1.2', false],
    // Parts past what a double holds exactly are compared digit by digit, not rounded alike.
    ['1.0.10000000000000000001', '1.0.10000000000000000000', true],
    ['1.0.10000000000000000000', '1.0.10000000000000000001', false],
    ['1.0.99999999999999999999', '1.0.100000000000000000000', false],
  ])('%s after %s: %s', (a, b, expected) => {
    expect(isNewer(a, b)).toBe(expected);
  });
});
