import { isWordCode } from './fold-char';
import { CAPS } from './matcher-data';

/**
 * The offsets a caps mode stands for in folded `codes`: word starts (a word character not after
 * one), or every character with a distinct capital form. The matcher derives them the same way.
 */
export function capitalOffsets(codes: ArrayLike<number>, mode: number): number[] {
  const offsets: number[] = [];
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k]!;
    if (mode === CAPS.wordStarts) {
      if (isWordCode(c) && (k === 0 || !isWordCode(codes[k - 1]!)) && hasCapital(c)) offsets.push(k);
    } else if (hasCapital(c)) offsets.push(k);
  }
  return offsets;
}

/** True when the folded code unit has a distinct one-unit capital form. */
export function hasCapital(c: number): boolean {
  const ch = String.fromCharCode(c);
  const up = ch.toUpperCase();
  return up.length === 1 && up !== ch;
}
