import '../zod-config';
import { z } from 'zod';

/** A kebab-case slug: lowercase ASCII letters and digits joined by single hyphens, at most 80 long. */
export const IdSchema = patterned(
  80,
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'expected a kebab-case id such as keir-starmer',
);

/**
 * A string of at most `max` characters matching `pattern`, which is tested only once the length
 * holds: a pattern with a repeated group over a string of megabytes overflows the stack.
 */
function patterned(max: number, pattern: RegExp, message: string) {
  return z
    .string()
    .max(max)
    .superRefine((s, ctx) => {
      if (s.length <= max && !pattern.test(s)) ctx.addIssue({ code: 'custom', message });
    });
}

/**
 * Plain text of bounded length with nothing that can disguise it (pack strings are shown to
 * readers and copied into citations): see `disguisingCharacter`. Text of only white space is
 * refused. Line breaks and tabs are kept as single spaces: every field is shown and cited on one
 * line, and a line break in a title or an outlet would otherwise forge a line of a copied
 * citation ("…\nUR  - javascript:…" in RIS).
 */
export function textSchema(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .superRefine((s, ctx) => {
      // Too long is reported already; reading a huge string through would only cost time.
      if (s.length > max) return;
      const problem = disguisingCharacter(s, false) ?? (/\S/.test(s) ? null : 'is only white space');
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((s) => (LINE_BREAK.test(s) ? s.replace(/\s+/g, ' ').trim() : s));
}
const LINE_BREAK = /[\n\r\t\u2028\u2029]/;

/**
 * An absolute http or https address with a host and no user name; any other scheme (javascript:,
 * data:, file:) is refused, and so is any space, control, bidirectional or invisible character
 * (a NUL or a right-to-left override in a host would end up in copied citations) and a backslash
 * (which browsers read as a slash).
 */
export const HttpUrlSchema = z
  .string()
  .max(2048)
  .superRefine((s, ctx) => {
    if (s.length > 2048) return;
    const problem = disguisingCharacter(s, true);
    if (problem) ctx.addIssue({ code: 'custom', message: `not a usable address: ${problem}` });
    else if (!ADDRESS.test(s)) ctx.addIssue({ code: 'custom', message: 'expected an http or https address' });
  });

/** A BCP 47 language tag such as `en`, `uk` or `fr-FR`. */
export const LanguageSchema = z
  .string()
  .max(35)
  .superRefine((s, ctx) => {
    if (s.length <= 35 && !LANGUAGE.test(s))
      ctx.addIssue({ code: 'custom', message: 'expected a language tag' });
  });
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Scheme, a host (a name or a bracketed IPv6 address) with an optional port, then the rest. */
const ADDRESS = /^https?:\/\/(?:[^\s/?#@\\:[\]]+|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#][^\s\\]*)?$/i;

/** Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/**
 * Marks and invisible characters that change how text reads or hide inside a word: soft hyphen,
 * combining grapheme joiner, Arabic letter mark, Hangul fillers, Khmer inherent vowels, Mongolian
 * variation selectors and vowel separator, zero-width space, direction marks, word joiner and
 * invisible operators, the deprecated format characters, the blank Braille pattern, interlinear
 * annotation and the object replacement character, noncharacters, byte-order mark.
 */
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u2060-\u2064\u206a-\u206f\u2800\u3164\ufdd0-\ufdef\ufeff\uffa0\ufff9-\ufffc\ufffe\uffff]/;
/** Invisible characters beyond the first plane: musical symbol and shorthand format controls, and each plane's last two code points (noncharacters). */
const INVISIBLE_ASTRAL = (point: number) =>
  (point >= 0x1d173 && point <= 0x1d17a) ||
  (point >= 0x1bca0 && point <= 0x1bca3) ||
  (point & 0xfffe) === 0xfffe;
/** Variation selectors (U+FE00–U+FE0F): fine after a non-ASCII character (emoji), nowhere else. */
const VARIATION = /[\ufe00-\ufe0f]/;

/**
 * Why `s` cannot be shown as it is, or null when it can. Refused: C0 controls (tab, line feed and
 * carriage return are allowed in text, nowhere in an address), DEL, C1 controls (U+0080–U+009F),
 * bidirectional controls, invisible characters (`INVISIBLE`, tag characters, variation selectors
 * but after a non-ASCII character) and broken surrogates. The zero-width joiner and non-joiner
 * are allowed in text between two non-ASCII characters, where scripts and emoji need them, and
 * nowhere else. The message names the character and where it is (1-based).
 */
export function disguisingCharacter(s: string, address: boolean): string | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c < 127) continue;
    const at = () => `U+${c.toString(16).toUpperCase().padStart(4, '0')} at character ${i + 1}`;
    if (c < 32 || (c >= 127 && c < 160)) {
      if (!address && (c === 9 || c === 10 || c === 13)) continue;
      return `contains a control character (${at()})`;
    }
    if (c < 0xad) continue;
    const ch = s[i]!;
    if (BIDI_CONTROL.test(ch))
      return `contains a bidirectional control character (${at()}), which can disguise text`;
    // The combining grapheme joiner and the Mongolian variation selectors, apart: a class may not
    // hold a combining character.
    // Mongolian ones are part of a Mongolian word (U+1820–U+18AF before them), and refused elsewhere.
    const mongolian = i > 0 && s.charCodeAt(i - 1) >= 0x1820 && s.charCodeAt(i - 1) <= 0x18af;
    if (INVISIBLE.test(ch) || c === 0x34f || (c >= 0x180b && c <= 0x180f && c !== 0x180e && !mongolian))
      return `contains an invisible character (${at()})`;
    if (c === 0x200c || c === 0x200d) {
      const between = i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) > 127 && s.charCodeAt(i + 1) > 127;
      if (address || !between) return `contains an invisible character (${at()})`;
    }
    // A variation selector after a non-ASCII character (emoji, CJK) or a keycap's digit, # or * ("1️⃣").
    if (
      VARIATION.test(ch) &&
      (address || i === 0 || (s.charCodeAt(i - 1) < 128 && !/[0-9#*]/.test(s[i - 1]!)))
    )
      return `contains an invisible character (${at()})`;
    if (c >= 0xd800 && c <= 0xdfff) {
      const low = s.charCodeAt(i + 1);
      if (c > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return `contains a broken character (${at()})`;
      // Tag characters (U+E0000–U+E007F) but in a flag's sequence (🏴 and tags: Scotland's flag), and
      // the supplementary variation selectors (U+E0100–U+E01EF) but after a non-ASCII character.
      const point = s.codePointAt(i)!;
      const previous = i > 0 ? s.codePointAt(s.charCodeAt(i - 1) >= 0xdc00 && i > 1 ? i - 2 : i - 1)! : 0;
      const tag =
        point >= 0xe0000 &&
        point <= 0xe007f &&
        !(previous === 0x1f3f4 || (previous >= 0xe0020 && previous <= 0xe007e));
      const selector = point >= 0xe0100 && point <= 0xe01ef && previous < 128;
      if (tag || selector || INVISIBLE_ASTRAL(point))
        return `contains an invisible character (U+${point.toString(16).toUpperCase()} at character ${i + 1})`;
      i++;
    }
  }
  return null;
}
