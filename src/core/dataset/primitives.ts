import '../zod-config';
import { z } from 'zod';

/** A kebab-case slug: lowercase ASCII letters and digits joined by single hyphens, at most 80 long. */
export const IdSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as keir-starmer');

/**
 * Plain text of bounded length with nothing that can disguise it (pack strings are shown to
 * readers and copied into citations): see `disguisingCharacter`.
 */
export function textSchema(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .superRefine((s, ctx) => {
      // Too long is reported already; reading a huge string through would only cost time.
      const problem = s.length > max ? null : disguisingCharacter(s, false);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

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
export const LanguageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag');

/** Scheme, a host (a name or a bracketed IPv6 address) with an optional port, then the rest. */
const ADDRESS = /^https?:\/\/(?:[^\s/?#@\\:[\]]+|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#][^\s\\]*)?$/i;

/** Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** Marks and invisible characters that change how text reads or hide inside a word. */
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b\u200e\u200f\u2060-\u2064\u3164\ufeff\uffa0]/;

/**
 * Why `s` cannot be shown as it is, or null when it can. Refused: C0 controls (tab, line feed and
 * carriage return are allowed in text, nowhere in an address), DEL, C1 controls (U+0080–U+009F),
 * bidirectional controls, and invisible characters (zero-width space, direction marks, word
 * joiner, soft hyphen, byte-order mark, Hangul fillers). The zero-width joiner and non-joiner
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
    if (INVISIBLE.test(ch)) return `contains an invisible character (${at()})`;
    if (c === 0x200c || c === 0x200d) {
      const between = i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) > 127 && s.charCodeAt(i + 1) > 127;
      if (address || !between) return `contains an invisible character (${at()})`;
    }
  }
  return null;
}
