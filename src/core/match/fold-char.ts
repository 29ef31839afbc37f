/** A folded code for characters that never count (soft hyphen, zero-width characters). */
export const IGNORABLE = -1;
/** Every kind of white space and line break folds to one ASCII space. */
export const SPACE = 32;

/** Marks a code unit whose folding has not been worked out yet. */
const UNKNOWN = -2;

/**
 * The folding of every UTF-16 code unit, filled in lazily (ASCII up front). Read it directly in
 * hot loops: `FOLD[code]`, and `foldCode(code)` only when that gives `UNKNOWN`.
 */
export const FOLD = new Int32Array(65536).fill(UNKNOWN);
const wordClass = new Uint8Array(65536); // 0 unknown, 1 word character, 2 not

const WHITESPACE = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
const IGNORABLES = [0xad, 0x034f, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const APOSTROPHES = [0x60, 0xb4, 0x2bc, 0x2018, 0x2019, 0x201b, 0x2032];
const DOUBLE_QUOTES = [0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f];

for (const c of WHITESPACE) setFold(c, SPACE);
for (let c = 0x2000; c <= 0x200a; c++) setFold(c, SPACE);
for (const c of IGNORABLES) setFold(c, IGNORABLE);
for (const c of APOSTROPHES) setFold(c, 0x27);
for (const c of DOUBLE_QUOTES) setFold(c, 0x22);
for (let c = 0x2010; c <= 0x2015; c++) setFold(c, 0x2d);
setFold(0x2212, 0x2d);
for (let c = 0; c < 128; c++) foldCode(c);

/**
 * For each ASCII code, the raw ASCII code units that fold to it: both cases of a letter, every
 * ASCII white space for `SPACE`, the backtick with the apostrophe (ASCII always folds to ASCII).
 */
export const ASCII_UNFOLD: readonly (readonly number[])[] = (() => {
  const raw: number[][] = Array.from({ length: 128 }, () => []);
  for (let u = 0; u < 128; u++) {
    const f = FOLD[u]!;
    if (f >= 0 && f < 128) raw[f]!.push(u);
  }
  return raw;
})();

function setFold(code: number, to: number): void {
  FOLD[code] = to;
}

/**
 * Folds one UTF-16 code unit for matching: lower case (one-to-one mappings only, so offsets stay
 * aligned), typographic apostrophes, quotes and dashes to their ASCII forms, white space to `SPACE`,
 * and invisible characters to `IGNORABLE`.
 */
export function foldCode(code: number): number {
  const known = FOLD[code]!;
  if (known !== UNKNOWN) return known;
  let to = code;
  if (code >= 65 && code <= 90) to = code + 32;
  // The Turkish capital dotted I lower-cases to two units ("i" and a combining dot): it folds to "i".
  else if (code === 0x130) to = 105;
  else if (code >= 128 && (code < 0xd800 || code > 0xdfff)) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) to = lower.charCodeAt(0);
  }
  setFold(code, to);
  return to;
}

/** Scripts written without spaces between words: a name there stands between any two letters. */
const UNSPACED =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;

/**
 * True for a code unit that continues a word (a Unicode letter, digit or combining mark). A match
 * must not have one right before or after it: "Putin" in "computing" is not a mention. Letters
 * of scripts written without spaces (Chinese, Japanese, Thai…) do not: "普京" is found in
 * "俄罗斯总统普京周二表示", where no space sets it apart.
 */
export function isWordCode(code: number): boolean {
  const known = wordClass[code];
  if (known !== 0) return known === 1;
  const ch = String.fromCharCode(code);
  const isWord =
    code < 0xd800 || code > 0xdfff ? /[\p{L}\p{N}\p{M}_]/u.test(ch) && !UNSPACED.test(ch) : false;
  wordClass[code] = isWord ? 1 : 2;
  return isWord;
}

/** True for an upper-case letter (one that has a different lower-case form). */
export function isUpperCode(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}
