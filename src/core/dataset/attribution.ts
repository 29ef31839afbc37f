import { z } from 'zod';
import { IdSchema, textSchema } from './primitives';

/**
 * Who a piece of evidence is attributed to in the text it quotes:
 * - `on-record`: a named person (`who`), with the setting where the text gives it ("told reporters
 *   in Brussels", "in an interview");
 * - `unnamed`: people the outlet does not name, as it describes them ("people familiar with the
 *   matter", "a senior European government official");
 * - `outlet`: the outlet's own reporting, attributed to no one else;
 * - `relay`: the text credits another report (`of`, a source id) without naming who spoke in it.
 */
export const AttributionSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('on-record'), who: textSchema(120), setting: textSchema(200).optional() })
    .strict(),
  z.object({ kind: z.literal('unnamed'), described: textSchema(200) }).strict(),
  z.object({ kind: z.literal('outlet') }).strict(),
  z.object({ kind: z.literal('relay'), of: IdSchema }).strict(),
]);

export type Attribution = z.infer<typeof AttributionSchema>;
/** The four kinds of attribution, in the order counts are printed. */
export const ATTRIBUTION_KINDS = ['on-record', 'unnamed', 'outlet', 'relay'] as const;
