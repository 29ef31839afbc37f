import type { z } from 'zod';
import { EntitySchema } from './entity';
import { FactSchema } from './fact';
import { NoteSchema } from './note';
import { type Pack, PackSchema } from './pack';
import {
  checkPackReferences,
  type KnownIds,
  type PackProblem,
  type PackResult,
  parsePack,
  problemOf,
} from './parse-pack';
import { SourceSchema } from './source';

/** How far a gradual parse has come: items checked out of all, across the pack's four lists. */
export type ParseProgress = (checked: number, total: number) => void;

/**
 * Hears each chunk of one list's items as checked (`items`, as parsed), and whether the pack has
 * had no problem so far (`clean`); awaited before checking goes on, so a caller can store a chunk
 * while the next one is checked. The verdict still comes only at the end.
 */
export type ChunkChecked = (
  list: 'entities' | 'facts' | 'sources' | 'notes',
  items: unknown[],
  clean: boolean,
) => Promise<void>;

/** The pack's lists, their item schemas, and the most items each may hold (as `PackSchema`). */
const LISTS = [
  ['entities', EntitySchema, 100_000],
  ['facts', FactSchema, 1_000_000],
  ['sources', SourceSchema, 100_000],
  ['notes', NoteSchema, 1_000_000],
] as const;

const MAX_PROBLEMS = 200;

/**
 * The same verdict as `parsePack`, reached in chunks: the header at once, then each list item by
 * item, calling `onProgress` and awaiting `onChunk` and `pause` between chunks so a large pack
 * (100,000 facts) can be checked on a page without freezing it. Problems carry the same paths.
 */
export async function parsePackGradually(
  input: unknown,
  options: {
    known?: KnownIds;
    onProgress?: ParseProgress;
    pause?: () => Promise<void>;
    chunk?: number;
    onChunk?: ChunkChecked;
  } = {},
): Promise<PackResult> {
  const record = input as Record<string, unknown> | null;
  const malformed = (key: string) =>
    key === 'notes'
      ? record![key] !== undefined && !Array.isArray(record![key])
      : !Array.isArray(record![key]);
  const oversized = (key: string, max: number) =>
    Array.isArray(record![key]) && (record![key] as unknown[]).length > max;
  if (
    !record ||
    typeof record !== 'object' ||
    LISTS.some(([key, , max]) => malformed(key) || oversized(key, max))
  ) {
    return parsePack(input, options.known);
  }
  const { entities = [], facts = [], sources = [], notes = [], ...header } = record;
  const problems: PackProblem[] = [];
  const headerCheck = PackSchema.safeParse({ ...header, entities: [], facts: [], sources: [], notes: [] });
  if (!headerCheck.success) problems.push(...toProblems(headerCheck.error, ''));
  const lists = { entities, facts, sources, notes } as Record<string, unknown[]>;
  const total = LISTS.reduce((n, [key]) => n + lists[key]!.length, 0);
  const chunk = options.chunk ?? 2000;
  const parsed: Record<string, unknown[]> = {};
  let checked = 0;
  for (const [key, schema] of LISTS) {
    const items = lists[key]!;
    parsed[key] = [];
    let handed = 0;
    for (let i = 0; i < items.length; i++) {
      const result = schema.safeParse(items[i]);
      if (result.success) parsed[key]!.push(result.data);
      else if (problems.length < MAX_PROBLEMS) problems.push(...toProblems(result.error, `${key}.${i}`));
      const last = i === items.length - 1;
      if (++checked % chunk === 0 || (last && options.onChunk)) {
        options.onProgress?.(checked, total);
        await options.onChunk?.(key, parsed[key]!.slice(handed), problems.length === 0);
        handed = parsed[key]!.length;
        await (options.pause ?? (() => Promise.resolve()))();
      }
    }
  }
  options.onProgress?.(total, total);
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const pack = { ...headerCheck.data!, ...parsed } as Pack;
  const references = checkPackReferences(pack, options.known);
  return references.length ? { ok: false, problems: references } : { ok: true, pack };
}

function toProblems(error: z.ZodError, prefix: string): PackProblem[] {
  return error.issues
    .slice(0, MAX_PROBLEMS)
    .map((issue) => problemOf([prefix, ...issue.path.map(String)], issue.message));
}
