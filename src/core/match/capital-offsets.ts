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

/**
 * A pattern's kind of capitals at its start (0–6): its caps mode, or for listed offsets
 * 3 + (1 when offset 0 is listed) + (2 when offset 1 is).
 */
export function kindOfCapitals(mode: number, listed: readonly number[]): number {
  if (mode !== CAPS.listed) return mode;
  return 3 + (listed.includes(0) ? 1 : 0) + (listed.includes(1) ? 2 : 0);
}

/** Whether a pattern of capitals `kind` beginning `c1 c2` (`c2` -1: none) needs each in capitals. */
export function capitalsAtStart(
  kind: number,
  c1: number,
  c2: number,
  hasCap: (c: number) => boolean,
): [boolean, boolean] {
  if (kind >= 3) return [((kind - 3) & 1) === 1, ((kind - 3) & 2) === 2];
  if (kind === CAPS.allLetters) return [hasCap(c1), c2 >= 0 && hasCap(c2)];
  if (kind === CAPS.wordStarts)
    return [isWordCode(c1) && hasCap(c1), c2 >= 0 && !isWordCode(c1) && isWordCode(c2) && hasCap(c2)];
  return [false, false];
}

/** `hasCapital`, remembered per code unit. */
export function capitalTest(): (c: number) => boolean {
  const known = new Map<number, boolean>();
  return (c) => {
    const yes = known.get(c) ?? hasCapital(c);
    known.set(c, yes);
    return yes;
  };
}
