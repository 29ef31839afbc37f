import '../zod-config';
import { z } from 'zod';

/** A kebab-case slug: lowercase ASCII letters and digits joined by single hyphens, at most 80 long. */
export const IdSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as keir-starmer');

/** Plain text of bounded length with no control characters (pack strings are shown to readers). */
export function textSchema(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !hasControlCharacter(s), 'contains control characters');
}

/** An absolute http or https address; any other scheme (javascript:, data:, file:) is refused. */
export const HttpUrlSchema = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i, 'expected an http or https address');

/** A BCP 47 language tag such as `en`, `uk` or `fr-FR`. */
export const LanguageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag');

/** True when `s` holds a C0 control character other than tab, line feed or carriage return, or DEL. */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}
